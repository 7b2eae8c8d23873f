package vn.thidua.criteria.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSet;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.Field;
import vn.thidua.shared.CopyYearForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

/**
 * {@code /admin/criteria}: a year's criteria set, copying it into a new draft, editing a
 * draft's groups and criteria, and publishing.
 */
@Controller
@RequestMapping("/admin/criteria")
class CriteriaAdminController {

	private final CriteriaAdminService admin;

	private final CriteriaService criteria;

	private final Clock clock;

	CriteriaAdminController(CriteriaAdminService admin, CriteriaService criteria, Clock clock) {
		this.admin = admin;
		this.criteria = criteria;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.admin.years(user);
		int shown = Years.choose(year, years, this.clock);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("tree", this.criteria.treeOf(user.provinceId(), shown).orElse(null));
		if (!model.containsAttribute("copy")) {
			model.addAttribute("copy", CopyYearForm.after(years));
		}
		return "admin/criteria";
	}

	@PostMapping("/copy")
	String copy(@ModelAttribute("copy") CopyYearForm copy, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (this.admin.copy(user, copy.getFrom(), copy.getTo(), errors) == null) {
			return show(copy.getFrom(), user, model);
		}
		redirect.addFlashAttribute("message", "criteria.copied");
		return "redirect:/admin/criteria?year=" + copy.getTo();
	}

	@PostMapping("/{setId}/publish")
	String publish(@PathVariable long setId, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CriteriaSet set = this.admin.set(user, setId);
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "publish");
		if (!this.admin.publish(user, setId, errors)) {
			model.addAttribute("publishErrors", errors.getGlobalErrors());
			return show(set.getYear(), user, model);
		}
		redirect.addFlashAttribute("message", "criteria.publishedMessage");
		return "redirect:/admin/criteria?year=" + set.getYear();
	}

	@GetMapping("/{setId}/items/new")
	String newItem(@PathVariable long setId, @RequestParam(required = false) Long parent,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		CriterionForm form = new CriterionForm();
		if (parent != null) {
			Criterion group = this.admin.item(user, parent);
			long siblings = this.admin.tree(group.getCriteriaSet())
				.groups()
				.stream()
				.filter((g) -> g.group().getId().equals(parent))
				.mapToLong((g) -> g.criteria().size())
				.sum();
			form.setCode(group.getCode() + "." + (siblings + 1));
		}
		return itemForm(user, this.admin.set(user, setId), null, parent, form, model);
	}

	@PostMapping("/{setId}/items")
	String add(@PathVariable long setId, @RequestParam(required = false) Long parent,
			@Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Criterion added = this.admin.add(user, setId, parent, form, errors);
		CriteriaSet set = this.admin.set(user, setId);
		if (added == null) {
			return itemForm(user, set, null, parent, form, model);
		}
		redirect.addFlashAttribute("message", "criteria.saved");
		return "redirect:/admin/criteria?year=" + set.getYear();
	}

	@GetMapping("/items/{id}")
	String editItem(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Criterion row = this.admin.item(user, id);
		return itemForm(user, row.getCriteriaSet(), row, row.getParentId(), CriterionForm.of(row), model);
	}

	@PostMapping("/items/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		boolean saved = this.admin.update(user, id, form, errors);
		Criterion row = this.admin.item(user, id);
		if (!saved) {
			return itemForm(user, row.getCriteriaSet(), row, row.getParentId(), form, model);
		}
		redirect.addFlashAttribute("message", "criteria.saved");
		return "redirect:/admin/criteria?year=" + row.getCriteriaSet().getYear();
	}

	@PostMapping("/items/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Criterion row = this.admin.item(user, id);
		int year = row.getCriteriaSet().getYear();
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "delete");
		boolean deleted = this.admin.delete(user, id, errors);
		redirect.addFlashAttribute(deleted ? "message" : "error", deleted ? "criteria.deleted" : "criteria.published");
		return "redirect:/admin/criteria?year=" + year;
	}

	private String itemForm(CurrentUser user, CriteriaSet set, Criterion row, Long parentId, CriterionForm form,
			Model model) {
		model.addAttribute("set", set);
		model.addAttribute("row", row);
		model.addAttribute("parent", (parentId != null) ? this.admin.item(user, parentId) : null);
		model.addAttribute("form", form);
		model.addAttribute("fields", Arrays.asList(Field.values()));
		model.addAttribute("kinds", Arrays.asList(CriterionKind.values()));
		return "admin/criterion-form";
	}

}

package vn.thidua.unit;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.CurrentUser;

/**
 * {@code /admin/units}: the units of the province by level and validity, adding one; a
 * unit's page with its lineage, its years and the day it ceases.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private final UnitAdminService units;

	UnitAdminController(UnitAdminService units) {
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(required = false) UnitLevel level,
			@RequestParam(defaultValue = "CURRENT") UnitAdminService.Validity validity,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("listing", this.units.list(admin, level, validity, q));
		model.addAttribute("level", level);
		model.addAttribute("validity", validity);
		model.addAttribute("q", q);
		model.addAttribute("levels", Arrays.asList(UnitLevel.values()));
		model.addAttribute("validities", Arrays.asList(UnitAdminService.Validity.values()));
		model.addAttribute("types", Arrays.asList(UnitType.values()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UnitForm());
		}
		return "admin/units";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		UnitAdminService.Detail detail = this.units.detail(admin, id);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("retire")) {
			// an ended unit's form holds its last day, to be corrected
			UnitForm retire = new UnitForm();
			retire.setValidTo(detail.unit().getValidTo());
			model.addAttribute("retire", retire);
		}
		return "admin/unit";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (this.units.add(admin, form, errors) == null) {
			return list(null, UnitAdminService.Validity.CURRENT, null, admin, model);
		}
		redirect.addFlashAttribute("message", "unit.added");
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @ModelAttribute("retire") UnitForm retire, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || !this.units.retire(admin, id, retire.getValidTo(), errors)) {
			return show(id, admin, model);
		}
		redirect.addFlashAttribute("message", "unit.retired");
		return "redirect:/admin/units/" + id;
	}

}

package vn.thidua.unit;

import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.CurrentUser;

/**
 * The administrator's page of the province's department per period: the periods, a period
 * corrected, a new period from a day.
 */
@Controller
@RequestMapping("/admin/department")
class DepartmentAdminController {

	private final DepartmentAdmin admin;

	private final Departments departments;

	DepartmentAdminController(DepartmentAdmin admin, Departments departments) {
		this.admin = admin;
		this.departments = departments;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Department> periods = this.admin.periods(user);
		model.addAttribute("periods", periods);
		model.addAttribute("current", this.departments.current(user.provinceId()));
		if (!model.containsAttribute("form")) {
			// a new period starts from what the latest one says
			model.addAttribute("form",
					periods.isEmpty() ? DepartmentForm.of(this.departments.current(user.provinceId()))
							: DepartmentForm.of(periods.get(periods.size() - 1)));
		}
		return "admin/department";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (this.admin.add(user, form, errors) == null) {
			return show(user, model);
		}
		redirect.addFlashAttribute("message", "department.added");
		return "redirect:/admin/department";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Department period = this.admin.period(user, id);
		model.addAttribute("period", period);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DepartmentForm.of(period));
		}
		return "admin/department-period";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.admin.update(user, id, form, errors)) {
			return edit(id, user, model);
		}
		redirect.addFlashAttribute("message", "department.saved");
		return "redirect:/admin/department";
	}

}

package vn.thidua.district;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.CurrentUser;

/**
 * {@code /admin/districts}: the units of the province, adding one, retiring one.
 */
@Controller
@RequestMapping("/admin/districts")
class DistrictAdminController {

	private final DistrictAdminService districts;

	DistrictAdminController(DistrictAdminService districts) {
		this.districts = districts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("districts", this.districts.all(admin));
		model.addAttribute("types", Arrays.asList(DistrictType.values()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DistrictForm());
		}
		if (!model.containsAttribute("retire")) {
			model.addAttribute("retire", new DistrictForm());
		}
		return "admin/districts";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") DistrictForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (this.districts.add(admin, form, errors) == null) {
			return list(admin, model);
		}
		redirect.addFlashAttribute("message", "district.added");
		return "redirect:/admin/districts";
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @ModelAttribute("retire") DistrictForm retire, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || !this.districts.retire(admin, id, retire.getValidTo(), errors)) {
			model.addAttribute("retireId", id);
			return list(admin, model);
		}
		redirect.addFlashAttribute("message", "district.retired");
		return "redirect:/admin/districts";
	}

}

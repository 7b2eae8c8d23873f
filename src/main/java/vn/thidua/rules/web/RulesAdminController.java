package vn.thidua.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.stream.IntStream;

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

import vn.thidua.unit.UnitService;
import vn.thidua.rules.ExclusionKind;
import vn.thidua.rules.FloorScope;
import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.RuleSet;
import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;

/**
 * {@code /admin/rules?year=}: the rules of a province-year. The department (ADMIN, STAFF)
 * drafts, edits and publishes them and records the units not considered; the director
 * reads them.
 */
@Controller
@RequestMapping("/admin/rules")
class RulesAdminController {

	private final RulesAdminService admin;

	private final UnitService units;

	private final Clock clock;

	RulesAdminController(RulesAdminService admin, UnitService units, Clock clock) {
		this.admin = admin;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int current = LocalDate.now(this.clock).getYear();
		int shown = (year != null && year >= 2000 && year <= current + 1) ? year : current;
		Optional<RuleSet> set = this.admin.setOf(user, shown);
		model.addAttribute("year", shown);
		model.addAttribute("years",
				IntStream.rangeClosed(2014, Math.max(current + 1, shown))
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
		model.addAttribute("set", set.orElse(null));
		Rules rules = set.map((s) -> s.toRules(java.util.Map.of())).orElseGet(this.admin::defaults);
		model.addAttribute("rules", rules);
		model.addAttribute("mayEdit", RulesAdminService.mayEdit(user));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RulesForm.of(rules, set.map(RuleSet::getVersion).orElse(0)));
		}
		if (!model.containsAttribute("exclusion")) {
			model.addAttribute("exclusion", new ExclusionForm());
		}
		model.addAttribute("exclusions", this.admin.exclusions(user, shown));
		model.addAttribute("units", this.units.ofClusterLevels(user.provinceId(), shown));
		model.addAttribute("schemes", PeriodScheme.values());
		model.addAttribute("kinds", ExclusionKind.recorded());
		model.addAttribute("bandCodes", Rules.BAND_CODES);
		model.addAttribute("awardCodes", Rules.AWARD_CODES);
		model.addAttribute("floorScopes", FloorScope.values());
		return "admin/rules";
	}

	@PostMapping("/draft")
	String draft(@RequestParam int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (this.admin.setOf(user, year).isEmpty()) {
			this.admin.draft(user, year);
			redirect.addFlashAttribute("message", "rules.drafted");
		}
		return "redirect:/admin/rules?year=" + year;
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") RulesForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RuleSet set = this.admin.own(user, id);
		if (set.isPublished()) {
			redirect.addFlashAttribute("error", "rules.error.published");
			return "redirect:/admin/rules?year=" + set.getYear();
		}
		if (!this.admin.save(user, id, form, errors)) {
			return show(set.getYear(), user, model);
		}
		redirect.addFlashAttribute("message", "rules.saved");
		return "redirect:/admin/rules?year=" + set.getYear();
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RuleSet set = this.admin.own(user, id);
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "publish");
		if (!this.admin.publish(user, id, errors)) {
			redirect.addFlashAttribute("error", "rules.error.published");
		}
		else {
			redirect.addFlashAttribute("message", "rules.published");
		}
		return "redirect:/admin/rules?year=" + set.getYear();
	}

	@PostMapping("/exclusions")
	String exclude(@RequestParam int year, @ModelAttribute("exclusion") ExclusionForm exclusion, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.admin.exclude(user, year, exclusion, errors)) {
			return show(year, user, model);
		}
		redirect.addFlashAttribute("message", "rules.exclusion.added");
		return "redirect:/admin/rules?year=" + year;
	}

	@PostMapping("/exclusions/{id}/delete")
	String removeExclusion(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int year = this.admin.removeExclusion(user, id);
		redirect.addFlashAttribute("message", "rules.exclusion.removed");
		return "redirect:/admin/rules?year=" + year;
	}

}

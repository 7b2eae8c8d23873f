package vn.thidua.criteria.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.criteria.CriteriaService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

@Controller
class CriteriaController {

	private final CriteriaService criteria;

	private final Clock clock;

	CriteriaController(CriteriaService criteria, Clock clock) {
		this.criteria = criteria;
		this.clock = clock;
	}

	@GetMapping("/criteria")
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.criteria.years(user.provinceId());
		int shownYear = Years.choose(year, years, this.clock);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", years);
		model.addAttribute("tree", this.criteria.treeOf(user.provinceId(), shownYear).orElse(null));
		return "criteria/tree";
	}

}

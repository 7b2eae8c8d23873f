package vn.thidua.cluster;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

/**
 * The clusters of a year. One cluster's page, with its reports and meetings, composes
 * several modules and lives above them ({@code portal}).
 */
@Controller
class ClusterController {

	private final ClusterService clusters;

	private final Clock clock;

	ClusterController(ClusterService clusters, Clock clock) {
		this.clusters = clusters;
		this.clock = clock;
	}

	@GetMapping("/clusters")
	String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shownYear = Years.choose(year, () -> this.clusters.ownYears(user, years), this.clock);
		List<Cluster> clusters = this.clusters.clustersOf(user.provinceId(), shownYear);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", years);
		model.addAttribute("clusters", clusters);
		model.addAttribute("illustrative", clusters.stream().anyMatch(Cluster::isIllustrativeMembership));
		model.addAttribute("illustrativeGrouping", clusters.stream().anyMatch(Cluster::isIllustrativeGrouping));
		return "cluster/list";
	}

}

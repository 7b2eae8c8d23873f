package vn.thidua.cluster;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.account.CurrentUser;
import vn.thidua.meeting.MeetingService;
import vn.thidua.report.ReportService;
import vn.thidua.shared.Years;

@Controller
class ClusterController {

	private final ClusterService clusters;

	private final ReportService reports;

	private final MeetingService meetings;

	private final Clock clock;

	ClusterController(ClusterService clusters, ReportService reports, MeetingService meetings, Clock clock) {
		this.clusters = clusters;
		this.reports = reports;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/clusters")
	String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shownYear = Years.choose(year, years, this.clock);
		List<Cluster> clusters = this.clusters.clustersOf(user.provinceId(), shownYear);
		model.addAttribute("year", shownYear);
		model.addAttribute("years", years);
		model.addAttribute("clusters", clusters);
		model.addAttribute("illustrative", clusters.stream().anyMatch(Cluster::isIllustrativeMembership));
		return "cluster/list";
	}

	@GetMapping("/clusters/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Cluster cluster = this.clusters.get(id, user.provinceId());
		model.addAttribute("cluster", cluster);
		model.addAttribute("reports", this.reports.ofCluster(cluster.getId()));
		model.addAttribute("meetings", this.meetings.ofCluster(cluster.getId()));
		model.addAttribute("openTasks", this.meetings.openTasksOfCluster(cluster.getId()));
		model.addAttribute("today", this.meetings.today());
		return "cluster/detail";
	}

}

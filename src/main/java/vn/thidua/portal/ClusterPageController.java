package vn.thidua.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.meeting.FollowUpTasks;
import vn.thidua.meeting.MeetingService;
import vn.thidua.report.ReportService;
import vn.thidua.shared.CurrentUser;

/**
 * One cluster's page: its leader and members, its reports and meetings, its open tasks.
 */
@Controller
class ClusterPageController {

	private final FollowUpTasks tasks;

	private final ClusterService clusters;

	private final ReportService reports;

	private final MeetingService meetings;

	private final vn.thidua.ranking.RankingService rankings;

	private final vn.thidua.ranking.RegisteredTitles titles;

	ClusterPageController(ClusterService clusters, ReportService reports, MeetingService meetings, FollowUpTasks tasks,
			vn.thidua.ranking.RankingService rankings, vn.thidua.ranking.RegisteredTitles titles) {
		this.rankings = rankings;
		this.titles = titles;
		this.tasks = tasks;
		this.clusters = clusters;
		this.reports = reports;
		this.meetings = meetings;
	}

	@GetMapping("/clusters/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Cluster cluster = this.clusters.get(id, user.provinceId());
		model.addAttribute("cluster", cluster);
		model.addAttribute("reports", this.reports.ofCluster(cluster.getId()));
		model.addAttribute("meetings", this.meetings.ofCluster(cluster.getId()));
		model.addAttribute("openTasks", this.tasks.openTasksOfCluster(cluster.getId()));
		model.addAttribute("today", this.meetings.today());
		// commitment against result: the title each member registered, and what its year
		// supports by the rules (the award the ranking proposes)
		boolean covenant = this.titles.clustersWithCovenant(user.provinceId(), cluster.getYear())
			.contains(cluster.getId());
		model.addAttribute("covenant", covenant);
		model.addAttribute("titles",
				covenant ? this.titles.of(user.provinceId(), cluster.getYear()) : java.util.Map.of());
		vn.thidua.ranking.RankingView year = this.rankings.view(user, cluster.getYear(), null);
		java.util.Map<Long, String> supported = new java.util.HashMap<>();
		year.clusters()
			.stream()
			.filter((c) -> c.clusterId() == cluster.getId())
			.flatMap((c) -> c.rows().stream())
			.forEach((r) -> supported.put(r.unitId(), year.awardName(r.award())));
		model.addAttribute("supported", supported);
		model.addAttribute("rankingView", year);
		return "cluster/detail";
	}

}

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

	ClusterPageController(ClusterService clusters, ReportService reports, MeetingService meetings,
			FollowUpTasks tasks) {
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
		return "cluster/detail";
	}

}

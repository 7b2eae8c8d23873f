package vn.thidua.portal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.meeting.FollowUpTasks;
import vn.thidua.meeting.MeetingService;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;
import vn.thidua.shared.Years;

@Controller
class DashboardController {

	private final FollowUpTasks tasks;

	private final ClusterService clusters;

	private final ReportService reports;

	private final MeetingService meetings;

	private final Clock clock;

	private final vn.thidua.covenant.CovenantService covenants;

	DashboardController(ClusterService clusters, ReportService reports, MeetingService meetings, Clock clock,
			FollowUpTasks tasks, vn.thidua.covenant.CovenantService covenants) {
		this.covenants = covenants;
		this.tasks = tasks;
		this.clusters = clusters;
		this.reports = reports;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		int year = Years.choose(null, this.clusters.ownYears(user), this.clock);
		List<Cluster> clusters = this.clusters.clustersOf(user.provinceId(), year);
		model.addAttribute("year", year);
		model.addAttribute("clusters", clusters);
		model.addAttribute("memberCount", clusters.stream().mapToInt(Cluster::getMemberCount).sum());
		List<Cluster> myClusters = clusters.stream().filter((c) -> c.hasMember(user.unitId())).toList();
		model.addAttribute("myClusters", myClusters);
		model.addAttribute("awaiting", this.reports.awaiting(user));
		List<QuarterlyReport> ofYear = this.reports.search(user, year, null, null, null);
		List<Cluster> concerned = user.role().isDepartment() ? clusters : myClusters;
		model.addAttribute("deadlines", this.reports.upcomingDeadlines(concerned, ofYear));
		// the reports still to create: a leader's own cluster; the department sees every
		// cluster
		List<Cluster> writers = user.role().isDepartment() ? clusters : user.hasRole(Role.CLUSTER_LEADER)
				? clusters.stream().filter((c) -> c.isLedBy(user.unitId())).toList() : List.of();
		model.addAttribute("toCreate", this.reports.notCreated(writers, ofYear));
		model.addAttribute("mayCreate", user.hasRole(Role.CLUSTER_LEADER));
		model.addAttribute("lateOrReturned", ReportService.lateOrReturned(ofYear));
		model.addAttribute("tasks", this.tasks.openTasks(user));
		model.addAttribute("covenantReminders", this.covenants.reminders(user, myClusters));
		model.addAttribute("today", this.meetings.today());
		return "dashboard";
	}

}

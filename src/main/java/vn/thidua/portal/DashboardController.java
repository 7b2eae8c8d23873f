package vn.thidua.portal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.meeting.FollowUpTasks;
import vn.thidua.meeting.MeetingService;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

@Controller
class DashboardController {

	private final FollowUpTasks tasks;

	private final ClusterService clusters;

	private final ReportService reports;

	private final MeetingService meetings;

	private final Clock clock;

	private final YearBoard board;

	DashboardController(ClusterService clusters, ReportService reports, MeetingService meetings, Clock clock,
			FollowUpTasks tasks, YearBoard board) {
		this.board = board;
		this.tasks = tasks;
		this.clusters = clusters;
		this.reports = reports;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping("/")
	String show(@RequestParam(name = "year", required = false) Integer requested,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> provinceYears = this.clusters.years(user.provinceId());
		int year = Years.choose(requested, () -> this.clusters.ownYears(user, provinceYears), this.clock);
		model.addAttribute("years", provinceYears);
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
		// what waits for the user in the year: every workflow's next step that is the
		// user's
		YearBoard.Board board = this.board.board(user, year, concerned, ofYear);
		model.addAttribute("toDo", board.toDo(user));
		model.addAttribute("board", board);
		model.addAttribute("lateOrReturned", ReportService.lateOrReturned(ofYear));
		model.addAttribute("tasks", this.tasks.openTasks(user));
		model.addAttribute("today", this.meetings.today());
		return "dashboard";
	}

}

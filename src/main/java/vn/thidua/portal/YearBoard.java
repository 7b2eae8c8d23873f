package vn.thidua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.thidua.closing.ClosingStatus;
import vn.thidua.closing.ClosingYears;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.covenant.CovenantStatus;
import vn.thidua.covenant.CovenantYears;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportDeadlines;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Formats;
import vn.thidua.shared.Role;
import vn.thidua.shared.Years;

/**
 * The year of each cluster as its stages (covenant, each period's report, closing,
 * awards), where each stands and who must act next: the year page draws it, the
 * dashboard's to-do list is the part of it that waits for the user. Read in a constant
 * number of statements for all the clusters the user sees.
 */
@Service
public class YearBoard {

	private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private final ClusterService clusters;

	private final ReportService reports;

	private final ReportDeadlines deadlines;

	private final CovenantYears covenants;

	private final ClosingYears closings;

	private final Clock clock;

	YearBoard(ClusterService clusters, ReportService reports, ReportDeadlines deadlines, CovenantYears covenants,
			ClosingYears closings, Clock clock) {
		this.clusters = clusters;
		this.reports = reports;
		this.deadlines = deadlines;
		this.covenants = covenants;
		this.closings = closings;
		this.clock = clock;
	}

	/** Who acts on a step. */
	public enum Who {

		/** the cluster's leader */
		LEADER,
		/** a member unit, from its officer's or its leader's account */
		MEMBER,
		/** a member unit's officer (self-assessment) */
		OFFICER,
		/** the department's staff */
		STAFF,
		/** the director */
		DIRECTOR

	}

	/** Where a stage stands; the page's badge. */
	public enum Progress {

		NOT_STARTED, UNDER_WAY, WAITING, DONE

	}

	/**
	 * A step someone must take.
	 *
	 * @param who who takes it
	 * @param unitId the member unit that takes it ({@link Who#MEMBER},
	 * {@link Who#OFFICER})
	 * @param unitName its name
	 * @param key the message of the step
	 * @param args its arguments
	 * @param link where it is taken
	 * @param due its deadline, or {@code null}
	 * @param cluster the cluster it concerns, or {@code null} for the province's year
	 * @param createPeriod the period whose report the step creates (a form, not a link),
	 * or {@code null}
	 */
	public record Action(Who who, Long unitId, String unitName, String key, Object[] args, String link, LocalDate due,
			Cluster cluster, Integer createPeriod) {

		public boolean isFor(CurrentUser user) {
			return switch (this.who) {
				case LEADER -> user.hasRole(Role.CLUSTER_LEADER) && this.cluster.isLedBy(user.unitId());
				case MEMBER -> !user.role().isDepartment() && this.unitId.equals(user.unitId());
				case OFFICER -> user.hasRole(Role.UNIT) && this.unitId.equals(user.unitId());
				case STAFF -> user.hasRole(Role.STAFF);
				case DIRECTOR -> user.hasRole(Role.DIRECTOR);
			};
		}

		public boolean isOverdue(LocalDate today) {
			return this.due != null && this.due.isBefore(today);
		}

	}

	/**
	 * A stage of a cluster's year.
	 *
	 * @param name the stage's message key
	 * @param nameArg its argument (a period's name)
	 * @param progress where it stands
	 * @param stateKey what it says of it
	 * @param stateArgs its arguments
	 * @param link the stage's page
	 * @param actions the steps that wait, in order
	 */
	public record Stage(String name, String nameArg, Progress progress, String stateKey, Object[] stateArgs,
			String link, List<Action> actions) {

		public boolean isDone() {
			return this.progress == Progress.DONE;
		}

	}

	/** A cluster's year. */
	public record ClusterYear(Cluster cluster, List<Stage> stages) {

		/** The first stage not done, or {@code null} when the year is complete. */
		public Stage current() {
			return this.stages.stream().filter((s) -> !s.isDone()).findFirst().orElse(null);
		}

		public long done() {
			return this.stages.stream().filter(Stage::isDone).count();
		}

	}

	/**
	 * The year of the clusters the user sees.
	 *
	 * @param year the year
	 * @param clusters each cluster's year
	 * @param awards the province's steps on the award decision
	 * @param finalized whether the director has finalized the year's award list
	 * @param today the day the board was read
	 */
	public record Board(int year, List<ClusterYear> clusters, List<Action> awards, boolean finalized, LocalDate today) {

		/** What waits for the user, the earliest deadline first. */
		public List<Action> toDo(CurrentUser user) {
			List<Action> all = new ArrayList<>();
			this.clusters.forEach((c) -> c.stages().forEach((s) -> all.addAll(s.actions())));
			all.addAll(this.awards);
			return all.stream()
				.filter((a) -> a.isFor(user))
				.sorted(Comparator.comparing(Action::due, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		}

	}

	/**
	 * The clusters of the year the user sees: every cluster of the province for the
	 * department, the user's own otherwise.
	 */
	Board board(CurrentUser user, Integer year) {
		int chosen = Years.choose(year, this.clusters.ownYears(user), this.clock);
		List<Cluster> all = this.clusters.clustersOf(user.provinceId(), chosen);
		List<Cluster> seen = user.role().isDepartment() ? all
				: all.stream().filter((c) -> c.hasMember(user.unitId())).toList();
		return board(user, chosen, seen, this.reports.search(user, chosen, null, null, null));
	}

	/** One cluster's year; the caller has checked the user may see it. */
	Board board(CurrentUser user, Cluster cluster) {
		return board(user, cluster.getYear(), List.of(cluster),
				this.reports.search(user, cluster.getYear(), null, cluster.getId(), null));
	}

	/**
	 * The year of the given clusters.
	 * @param seen the clusters of the year the user sees
	 * @param reports the reports of the year the user sees
	 */
	Board board(CurrentUser user, int year, List<Cluster> seen, List<QuarterlyReport> reports) {
		LocalDate today = LocalDate.now(this.clock);
		if (seen.isEmpty()) {
			return new Board(year, List.of(), List.of(), false, today);
		}
		Rules rules = this.deadlines.rules(user.provinceId(), year);
		Map<Long, CovenantYears.State> covenants = this.covenants.of(user.provinceId(), year);
		Map<Long, ClosingYears.State> closings = this.closings.of(user.provinceId(), year);
		ClosingYears.Awards awards = this.closings.awards(user.provinceId(), year);
		Set<Long> ids = seen.stream().map(Cluster::getId).collect(Collectors.toSet());
		List<QuarterlyReport> ofYear = reports.stream().filter((r) -> ids.contains(r.getCluster().getId())).toList();
		Map<Long, Set<Long>> selfAssessed = this.reports.selfAssessed(ofYear.stream()
			.filter((r) -> r.getStatus() == ReportStatus.DRAFT)
			.map(QuarterlyReport::getId)
			.toList());
		List<ClusterYear> years = new ArrayList<>();
		for (Cluster cluster : seen) {
			List<Stage> stages = new ArrayList<>();
			stages.add(covenant(cluster, covenants.get(cluster.getId())));
			boolean allApproved = true;
			for (int period = 1; period <= rules.periodCount(); period++) {
				int p = period;
				QuarterlyReport report = ofYear.stream()
					.filter((r) -> r.getCluster().getId().equals(cluster.getId()) && r.getQuarter() == p)
					.findFirst()
					.orElse(null);
				Stage stage = period(cluster, rules, year, period, report,
						(report != null) ? selfAssessed.getOrDefault(report.getId(), Set.of()) : Set.of(), today);
				allApproved &= stage.isDone();
				stages.add(stage);
			}
			boolean yearEnded = rules.end(year, rules.periodCount()).isBefore(today);
			stages.add(closing(cluster, closings.get(cluster.getId()), allApproved || yearEnded));
			stages.add(awards(cluster, closings.get(cluster.getId()), awards, user));
			years.add(new ClusterYear(cluster, List.copyOf(stages)));
		}
		return new Board(year, years, provinceAwards(year, closings, awards), awards.isFinalized(), today);
	}

	private static Stage covenant(Cluster cluster, CovenantYears.State state) {
		String link = "/clusters/" + cluster.getId() + "/covenant";
		String name = "year.stage.covenant";
		if (state == null) {
			return new Stage(name, null, Progress.NOT_STARTED, "year.covenant.none", new Object[0], link,
					List.of(leader(cluster, "year.do.covenant.open", link, null)));
		}
		List<Action> actions = new ArrayList<>();
		switch (state.status()) {
			case OPEN, RETURNED -> {
				List<Action> registering = cluster.getSortedMembers()
					.stream()
					.filter((u) -> !state.registered().contains(u.getId()))
					.map((u) -> new Action(Who.MEMBER, u.getId(), u.getName(), "year.do.covenant.register",
							new Object[0], link, null, cluster, null))
					.toList();
				actions.addAll(registering);
				if (!registering.isEmpty()) {
					// the leader follows who has not registered (and may record a
					// refusal)
					actions.add(leader(cluster, "year.do.covenant.follow", link, null,
							String.join(", ", registering.stream().map(Action::unitName).toList())));
				}
				else {
					actions.add(leader(cluster, (state.status() == CovenantStatus.RETURNED) ? "year.do.covenant.mend"
							: "year.do.covenant.sign", link, null));
				}
				return new Stage(name, null, Progress.UNDER_WAY,
						(state.status() == CovenantStatus.RETURNED) ? "year.covenant.returned" : "year.covenant.open",
						new Object[] { state.registered().size(), cluster.getMemberCount(), state.comment() }, link,
						actions);
			}
			case SIGNED -> {
				return new Stage(name, null, Progress.WAITING, "year.covenant.signed", new Object[0], link,
						List.of(new Action(Who.STAFF, null, null, "year.do.covenant.approve", new Object[0], link, null,
								cluster, null)));
			}
			default -> {
				return new Stage(name, null, Progress.DONE, "year.covenant.approved", new Object[0], link, List.of());
			}
		}
	}

	private static Stage period(Cluster cluster, Rules rules, int year, int period, QuarterlyReport report,
			Set<Long> selfAssessed, LocalDate today) {
		String name = "year.stage.period";
		String periodName = rules.periodName(period);
		LocalDate due = rules.deadline(year, period);
		LocalDate start = (period == 1) ? LocalDate.of(year, 1, 1) : rules.end(year, period - 1).plusDays(1);
		if (report == null) {
			String link = "/clusters/" + cluster.getId();
			boolean started = !start.isAfter(today);
			return new Stage(name, periodName, Progress.NOT_STARTED,
					started ? "year.report.none" : "year.report.notYet", new Object[] { Formats.date(start) }, link,
					started ? List.of(new Action(Who.LEADER, null, null, "year.do.report.create",
							new Object[] { periodName }, link, due, cluster, period)) : List.of());
		}
		String link = "/reports/" + report.getId();
		Object[] args = { periodName };
		return switch (report.getStatus()) {
			case DRAFT -> {
				List<Action> actions = new ArrayList<>();
				cluster.getSortedMembers()
					.stream()
					.filter((u) -> !selfAssessed.contains(u.getId()))
					.forEach((u) -> actions.add(new Action(Who.OFFICER, u.getId(), u.getName(),
							"year.do.report.selfAssess", args, link + "/self-assessment", due, cluster, null)));
				actions.add(new Action(Who.LEADER, null, null, "year.do.report.submit", args, link + "/edit", due,
						cluster, null));
				yield new Stage(name, periodName, Progress.UNDER_WAY, "year.report.draft",
						new Object[] { selfAssessed.size(), cluster.getMemberCount() }, link, actions);
			}
			case SUBMITTED ->
				new Stage(name, periodName, Progress.WAITING, "year.report.submitted", new Object[0], link, List
					.of(new Action(Who.STAFF, null, null, "year.do.report.review", args, link, null, cluster, null)));
			case RETURNED -> new Stage(name, periodName, Progress.UNDER_WAY, "year.report.returned",
					new Object[] { report.getReviewComment() }, link, List.of(new Action(Who.LEADER, null, null,
							"year.do.report.mend", args, link + "/edit", due, cluster, null)));
			case APPROVED ->
				new Stage(name, periodName, Progress.DONE, "year.report.approved", new Object[0], link, List.of());
		};
	}

	private static Stage closing(Cluster cluster, ClosingYears.State state, boolean due) {
		String link = "/clusters/" + cluster.getId() + "/closing";
		String name = "year.stage.closing";
		if (state == null) {
			return new Stage(name, null, Progress.NOT_STARTED, due ? "year.closing.toHold" : "year.closing.notYet",
					new Object[0], link,
					due ? List.of(leader(cluster, "year.do.closing.hold", link, null)) : List.of());
		}
		return switch (state.status()) {
			case DRAFT ->
				new Stage(name, null, Progress.UNDER_WAY, "year.closing.draft", new Object[] { state.candidates() },
						link, List.of(leader(cluster, "year.do.closing.record", link, null)));
			case VOTING -> {
				List<Action> actions = new ArrayList<>();
				cluster.getSortedMembers()
					.stream()
					.filter((u) -> !state.voted().contains(u.getId()))
					.forEach((u) -> actions.add(new Action(Who.MEMBER, u.getId(), u.getName(), "year.do.closing.vote",
							new Object[0], link, null, cluster, null)));
				actions.add(leader(cluster, "year.do.closing.count", link, null));
				yield new Stage(name, null, Progress.UNDER_WAY, "year.closing.voting",
						new Object[] { state.voted().size(), cluster.getMemberCount() }, link, actions);
			}
			case CLOSED -> new Stage(name, null, Progress.DONE, "year.closing.closed",
					new Object[] { Formats.date(state.heldOn()) }, link, List.of());
			case DECIDED -> new Stage(name, null, Progress.DONE, "year.closing.decided",
					new Object[] { Formats.date(state.heldOn()) }, link, List.of());
		};
	}

	private static Stage awards(Cluster cluster, ClosingYears.State closing, ClosingYears.Awards awards,
			CurrentUser user) {
		String name = "year.stage.awards";
		String link = user.role().isDepartment() ? "/awards?year=" + cluster.getYear()
				: "/clusters/" + cluster.getId() + "/closing#decision";
		if (awards.isFinalized() && closing != null && closing.status() == ClosingStatus.DECIDED) {
			return new Stage(name, null, Progress.DONE, "year.awards.finalized",
					new Object[] { Formats.date(LocalDate.ofInstant(awards.finalizedAt(), VIETNAM)) }, link, List.of());
		}
		if (closing != null && closing.status() == ClosingStatus.CLOSED) {
			return new Stage(name, null, Progress.WAITING, "year.awards.waiting", new Object[0], link, List.of());
		}
		return new Stage(name, null, Progress.NOT_STARTED, "year.awards.notYet", new Object[0], link, List.of());
	}

	/**
	 * The department's steps on the year's award list: the staff review the closed
	 * clusters' proposals (until they have saved a review), the director finalizes.
	 */
	private static List<Action> provinceAwards(int year, Map<Long, ClosingYears.State> closings,
			ClosingYears.Awards awards) {
		long closed = closings.values().stream().filter((c) -> c.status() == ClosingStatus.CLOSED).count();
		if (awards.isFinalized() || closed == 0) {
			return List.of();
		}
		String link = "/awards?year=" + year;
		Object[] args = { year, closed };
		List<Action> actions = new ArrayList<>();
		if (awards.reviewed() == 0) {
			actions.add(new Action(Who.STAFF, null, null, "year.do.awards.review", args, link, null, null, null));
		}
		actions.add(new Action(Who.DIRECTOR, null, null, "year.do.awards.finalize", args, link, null, null, null));
		return actions;
	}

	private static Action leader(Cluster cluster, String key, String link, LocalDate due, Object... args) {
		return new Action(Who.LEADER, null, null, key, args, link, due, cluster, null);
	}

}

package vn.thidua.notification;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.cluster.ClusterEvent;
import vn.thidua.meeting.TaskAssigned;
import vn.thidua.report.ReportEvent;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.Formats;
import vn.thidua.shared.YearPublished;

/**
 * Turns the modules' events into notifications for the people concerned, in the
 * publishing transaction: a report submitted — the department's staff; returned, approved
 * or reopened — the cluster's leader, with the comment or reason; a covenant opened,
 * approved or returned, a voting window opened, the award decision finalized — the
 * cluster's members (the leader among them); a covenant signed — the department's staff.
 * Each is kept as its kind and arguments, worded when read ({@link NotificationTexts}).
 */
@Component
class NotificationListeners {

	private final Notifications notifications;

	private final RulesService rules;

	private final JdbcTemplate jdbc;

	NotificationListeners(Notifications notifications, RulesService rules, JdbcTemplate jdbc) {
		this.notifications = notifications;
		this.rules = rules;
		this.jdbc = jdbc;
	}

	/** Arguments: the period in a sentence, the cluster, the comment or reason. */
	@EventListener
	void on(ReportEvent event) {
		Map<String, Object> cluster = cluster(event.clusterId());
		String period = this.rules.of(((Number) cluster.get("province_id")).longValue(), event.year())
			.periodInSentence(event.period(), event.year());
		Object name = cluster.get("name");
		String link = "/reports/" + event.reportId();
		long id = event.clusterId();
		switch (event.kind()) {
			case CREATED -> this.notifications.notify(this.notifications.officersOf(id),
					NotificationKind.SELF_ASSESSMENT, link + "/self-assessment", period, name);
			case SUBMITTED -> this.notifications.notify(this.notifications.staffOf(id),
					NotificationKind.REPORT_SUBMITTED, link, period, name);
			case RETURNED -> this.notifications.notify(this.notifications.leadersOf(id),
					NotificationKind.REPORT_RETURNED, link, period, name, event.comment());
			case APPROVED -> this.notifications.notify(this.notifications.leadersOf(id),
					NotificationKind.REPORT_APPROVED, link, period, name);
			case REOPENED -> this.notifications.notify(this.notifications.leadersOf(id),
					NotificationKind.REPORT_REOPENED, link, period, name, event.comment());
		}
	}

	/** Arguments: the year, the cluster, the comment (where the kind has one). */
	@EventListener
	void on(ClusterEvent event) {
		Object name = cluster(event.clusterId()).get("name");
		String year = Integer.toString(event.year());
		String covenant = "/clusters/" + event.clusterId() + "/covenant";
		String closing = "/clusters/" + event.clusterId() + "/closing";
		long id = event.clusterId();
		switch (event.kind()) {
			case COVENANT_OPENED -> this.notifications.notify(this.notifications.membersOf(id),
					NotificationKind.COVENANT_OPENED, covenant, year, name);
			case COVENANT_SIGNED -> this.notifications.notify(this.notifications.staffOf(id),
					NotificationKind.COVENANT_SIGNED, covenant, year, name);
			case COVENANT_APPROVED -> this.notifications.notify(this.notifications.membersOf(id),
					NotificationKind.COVENANT_APPROVED, covenant, year, name);
			case COVENANT_RETURNED -> this.notifications.notify(this.notifications.membersOf(id),
					NotificationKind.COVENANT_RETURNED, covenant, year, name, event.comment());
			case VOTING_OPENED -> this.notifications.notify(this.notifications.membersOf(id),
					NotificationKind.VOTING_OPENED, closing, year, name);
			case AWARDS_FINALIZED -> this.notifications.notify(this.notifications.membersOf(id),
					NotificationKind.AWARDS_FINALIZED, closing + "#decision", year, name, event.comment());
		}
	}

	/** Arguments: the task, its due date (or none). */
	@EventListener
	void on(TaskAssigned event) {
		this.notifications.notify(this.notifications.ofUnit(event.unitId()), NotificationKind.TASK_ASSIGNED,
				"/meetings/" + event.meetingId(), event.title(),
				(event.dueDate() != null) ? Formats.date(event.dueDate()) : null);
	}

	/** Arguments: the year. */
	@EventListener
	void on(YearPublished event) {
		String year = Integer.toString(event.year());
		if (event.what() == YearPublished.What.RULES) {
			this.notifications.notify(this.notifications.unitsOf(event.provinceId()), NotificationKind.RULES_PUBLISHED,
					"/admin/rules?year=" + year, year);
		}
		else {
			this.notifications.notify(this.notifications.unitsOf(event.provinceId()),
					NotificationKind.CRITERIA_PUBLISHED, "/criteria?year=" + year, year);
		}
	}

	private Map<String, Object> cluster(long clusterId) {
		return this.jdbc.queryForMap("select name, province_id from clusters where id = ?", clusterId);
	}

}

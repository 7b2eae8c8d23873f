package vn.thidua.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.Formats;

/**
 * The daily deadline reminders: {@code app.reminders.days-before} days (default 3) before
 * a period's deadline, to the leaders of the clusters whose report is not submitted; the
 * day after the deadline, to those leaders and the department's staff. Each reminder is
 * sent once whichever app instance runs first: its key is a unique row written in the
 * same transaction as its notifications.
 */
@Component
public class DeadlineReminders {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Notifications notifications;

	private final RulesService rules;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int daysBefore;

	DeadlineReminders(Notifications notifications, RulesService rules, JdbcTemplate jdbc, Clock clock,
			@Value("${app.reminders.days-before:3}") int daysBefore) {
		this.notifications = notifications;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${app.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		remind(LocalDate.now(this.clock.withZone(VIETNAM)));
	}

	/**
	 * Sends the reminders due on {@code today}.
	 * @return how many reminders this call sent (0 when another instance sent them)
	 */
	@Transactional
	public int remind(LocalDate today) {
		int sent = 0;
		for (int year : new int[] { today.getYear() - 1, today.getYear() }) {
			List<Map<String, Object>> clusters = this.jdbc
				.queryForList("select id, province_id, name from clusters where year = ? order by id", year);
			if (clusters.isEmpty()) {
				continue;
			}
			Set<String> submitted = new HashSet<>(this.jdbc.queryForList(
					"select cluster_id || ':' || quarter from "
							+ "quarterly_reports where year = ? and status in ('SUBMITTED', 'APPROVED')",
					String.class, year));
			for (Map<String, Object> cluster : clusters) {
				long clusterId = ((Number) cluster.get("id")).longValue();
				Rules rules = this.rules.of(((Number) cluster.get("province_id")).longValue(), year);
				for (int period = 1; period <= rules.periodCount(); period++) {
					if (submitted.contains(clusterId + ":" + period)) {
						continue;
					}
					LocalDate deadline = rules.deadline(year, period);
					String what = rules.periodInSentence(period, year);
					Object name = cluster.get("name");
					String due = Formats.date(deadline);
					String key = clusterId + ":" + year + ":" + period;
					if (today.equals(deadline.minusDays(this.daysBefore))
							&& once(NotificationKind.DEADLINE_SOON, key)) {
						this.notifications.notify(this.notifications.leadersOf(clusterId),
								NotificationKind.DEADLINE_SOON, "/reports", what, name, due,
								Integer.toString(this.daysBefore));
						sent++;
					}
					if (today.equals(deadline.plusDays(1)) && once(NotificationKind.DEADLINE_PASSED, key)) {
						List<Notifications.Recipient> all = new ArrayList<>(this.notifications.leadersOf(clusterId));
						all.addAll(this.notifications.staffOf(clusterId));
						this.notifications.notify(all, NotificationKind.DEADLINE_PASSED, "/reports", what, name, due);
						sent++;
					}
				}
			}
		}
		return sent;
	}

	@Scheduled(cron = "${app.reminders.tasks-cron:0 0 7 * * MON}", zone = "Asia/Ho_Chi_Minh")
	void weekly() {
		remindOverdueTasks(LocalDate.now(this.clock.withZone(VIETNAM)));
	}

	/**
	 * The weekly reminder of open follow-up tasks past their due date, to the responsible
	 * unit; once per task and week across instances.
	 * @return how many reminders this call sent
	 */
	@Transactional
	public int remindOverdueTasks(LocalDate today) {
		int sent = 0;
		String week = today.getYear() + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		for (Map<String, Object> task : this.jdbc.queryForList("""
				select t.id, t.title, t.due_date, t.meeting_id, t.responsible_unit_id from follow_up_tasks t
				where t.status = 'OPEN' and t.due_date < ? and t.responsible_unit_id is not null order by t.id""",
				Date.valueOf(today))) {
			if (!once(NotificationKind.TASK_OVERDUE, task.get("id") + ":" + week)) {
				continue;
			}
			this.notifications.notify(this.notifications.ofUnit(((Number) task.get("responsible_unit_id")).longValue()),
					NotificationKind.TASK_OVERDUE, "/meetings/" + task.get("meeting_id"), task.get("title"),
					Formats.date(((Date) task.get("due_date")).toLocalDate()));
			sent++;
		}
		return sent;
	}

	/** Claims a reminder: {@code false} when it was sent already (by any instance). */
	private boolean once(NotificationKind kind, String key) {
		return this.jdbc.update(
				"insert into reminders_sent (kind, ref_key, sent_at) values (?, ?, ?) " + "on conflict do nothing",
				kind.name(), key, Timestamp.from(this.clock.instant())) > 0;
	}

}

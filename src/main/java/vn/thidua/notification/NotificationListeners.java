package vn.thidua.notification;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.cluster.ClusterEvent;
import vn.thidua.report.ReportEvent;
import vn.thidua.rules.RulesService;

/**
 * Turns the modules' events into notifications for the people concerned, in the
 * publishing transaction: a report submitted — the department's staff; returned, approved
 * or reopened — the cluster's leader, with the comment or reason; a covenant opened,
 * approved or returned, a voting window opened, the award decision finalized — the
 * cluster's members (the leader among them); a covenant signed — the department's staff.
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

	@EventListener
	void on(ReportEvent event) {
		Map<String, Object> cluster = cluster(event.clusterId());
		String what = "Báo cáo " + this.rules.of(((Number) cluster.get("province_id")).longValue(), event.year())
			.periodInSentence(event.period(), event.year()) + " của " + cluster.get("name");
		String link = "/reports/" + event.reportId();
		switch (event.kind()) {
			case CREATED -> this.notifications.notify(this.notifications.officersOf(event.clusterId()),
					NotificationKind.SELF_ASSESSMENT, what + ": mời đơn vị tự chấm điểm",
					"Cụm trưởng đã lập báo cáo; đơn vị nhập điểm tự chấm (và số liệu của tiêu chí đo đếm).",
					link + "/self-assessment");
			case SUBMITTED -> this.notifications.notify(this.notifications.staffOf(event.clusterId()),
					NotificationKind.REPORT_SUBMITTED, what + " đã gửi, chờ Sở duyệt", null, link);
			case RETURNED -> this.notifications.notify(this.notifications.leadersOf(event.clusterId()),
					NotificationKind.REPORT_RETURNED, what + " bị Sở trả lại", "Ý kiến của Sở: " + event.comment(),
					link);
			case APPROVED -> this.notifications.notify(this.notifications.leadersOf(event.clusterId()),
					NotificationKind.REPORT_APPROVED, what + " đã được Sở duyệt", null, link);
			case REOPENED -> this.notifications.notify(this.notifications.leadersOf(event.clusterId()),
					NotificationKind.REPORT_REOPENED, what + " được Giám đốc mở lại",
					"Lý do mở lại: " + event.comment(), link);
		}
	}

	@EventListener
	void on(ClusterEvent event) {
		Map<String, Object> cluster = cluster(event.clusterId());
		String name = (String) cluster.get("name");
		String covenant = "/clusters/" + event.clusterId() + "/covenant";
		String closing = "/clusters/" + event.clusterId() + "/closing";
		switch (event.kind()) {
			case COVENANT_OPENED -> this.notifications.notify(this.notifications.membersOf(event.clusterId()),
					NotificationKind.COVENANT_OPENED, "Đăng ký giao ước thi đua năm " + event.year() + " của " + name,
					"Cụm trưởng đã mở đăng ký: đơn vị đăng ký chỉ tiêu và danh hiệu thi đua.", covenant);
			case COVENANT_SIGNED -> this.notifications.notify(this.notifications.staffOf(event.clusterId()),
					NotificationKind.COVENANT_SIGNED,
					"Giao ước thi đua năm " + event.year() + " của " + name + " đã ký, chờ Sở duyệt",
					"Cụm trưởng đã tải lên bản giao ước đã ký; Sở duyệt hoặc trả lại kèm ý kiến.", covenant);
			case COVENANT_APPROVED -> this.notifications.notify(this.notifications.membersOf(event.clusterId()),
					NotificationKind.COVENANT_APPROVED,
					"Giao ước thi đua năm " + event.year() + " của " + name + " đã được Sở duyệt", null, covenant);
			case COVENANT_RETURNED -> this.notifications.notify(this.notifications.membersOf(event.clusterId()),
					NotificationKind.COVENANT_RETURNED,
					"Giao ước thi đua năm " + event.year() + " của " + name + " bị Sở trả lại",
					"Ý kiến của Sở: " + event.comment(), covenant);
			case VOTING_OPENED -> this.notifications.notify(this.notifications.membersOf(event.clusterId()),
					NotificationKind.VOTING_OPENED, "Bỏ phiếu kín hội nghị tổng kết " + name + " năm " + event.year(),
					"Cụm trưởng đã mở bỏ phiếu: mỗi đơn vị bỏ một phiếu từ tài khoản của mình.", closing);
			case AWARDS_FINALIZED -> this.notifications.notify(this.notifications.membersOf(event.clusterId()),
					NotificationKind.AWARDS_FINALIZED,
					"Sở đã chốt danh sách khen thưởng năm " + event.year() + " của " + name, event.comment(),
					closing + "#decision");
		}
	}

	@EventListener
	void on(vn.thidua.meeting.TaskAssigned event) {
		this.notifications.notify(this.notifications.ofUnit(event.unitId()), NotificationKind.TASK_ASSIGNED,
				"Nhiệm vụ mới: " + event.title(), (event.dueDate() != null)
						? "Hạn hoàn thành: " + vn.thidua.shared.Formats.date(event.dueDate()) + "." : null,
				"/meetings/" + event.meetingId());
	}

	@EventListener
	void on(vn.thidua.shared.YearPublished event) {
		boolean rules = event.what() == vn.thidua.shared.YearPublished.What.RULES;
		this.notifications.notify(this.notifications.unitsOf(event.provinceId()),
				rules ? NotificationKind.RULES_PUBLISHED : NotificationKind.CRITERIA_PUBLISHED,
				(rules ? "Sở công bố quy chế thi đua năm " : "Sở ban hành bộ tiêu chí năm ") + event.year(), null,
				rules ? "/admin/rules?year=" + event.year() : "/criteria?year=" + event.year());
	}

	private Map<String, Object> cluster(long clusterId) {
		return this.jdbc.queryForMap("select name, province_id from clusters where id = ?", clusterId);
	}

}

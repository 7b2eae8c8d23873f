package vn.thidua.notification;

/** What a notification tells of; each kind can be turned off for e-mail. */
public enum NotificationKind {

	SELF_ASSESSMENT, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED, REPORT_REOPENED, DEADLINE_SOON,
	DEADLINE_PASSED, COVENANT_OPENED, VOTING_OPENED, TASK_ASSIGNED, TASK_OVERDUE, RULES_PUBLISHED, CRITERIA_PUBLISHED

}

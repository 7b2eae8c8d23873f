package vn.thidua.meeting;

/**
 * A follow-up task is open until done or cancelled.
 */
public enum TaskStatus {

	OPEN, DONE, CANCELLED

}

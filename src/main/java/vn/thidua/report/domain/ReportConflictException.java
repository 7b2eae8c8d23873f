package vn.thidua.report.domain;

/**
 * Someone changed the report since the page was opened (optimistic locking).
 */
public class ReportConflictException extends RuntimeException {

	private final long reportId;

	public ReportConflictException(long reportId) {
		super("Report " + reportId + " was changed by someone else");
		this.reportId = reportId;
	}

	public long reportId() {
		return this.reportId;
	}

}

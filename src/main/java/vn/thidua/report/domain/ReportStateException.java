package vn.thidua.report.domain;

/**
 * An action that the report's status does not allow (approve a draft, edit an approved
 * report…). The message is a message key.
 */
public class ReportStateException extends RuntimeException {

	private final long reportId;

	public ReportStateException(long reportId, String messageKey) {
		super(messageKey);
		this.reportId = reportId;
	}

	public long reportId() {
		return this.reportId;
	}

}

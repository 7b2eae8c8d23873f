package vn.thidua.report;

/**
 * DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED → SUBMITTED again.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}

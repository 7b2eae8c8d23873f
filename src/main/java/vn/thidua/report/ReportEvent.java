package vn.thidua.report;

/**
 * What happened to a quarterly report, published in the transaction that did it (a
 * rolled-back change publishes nothing that lasts): created by its leader (the members
 * are asked for their self-assessment), submitted, returned or approved by the
 * department, reopened by the director.
 *
 * @param kind what happened
 * @param reportId the report
 * @param clusterId its cluster
 * @param year its year
 * @param period its period of the year
 * @param comment the department's comment or the director's reason, or {@code null}
 */
public record ReportEvent(Kind kind, long reportId, long clusterId, int year, int period, String comment) {

	/** The report's transitions that people are told about. */
	public enum Kind {

		CREATED, SUBMITTED, RETURNED, APPROVED, REOPENED

	}

	static ReportEvent of(Kind kind, QuarterlyReport report, String comment) {
		return new ReportEvent(kind, report.getId(), report.getCluster().getId(), report.getYear(), report.getQuarter(),
				comment);
	}

}

package vn.thidua.rules;

/**
 * Why a unit is not ranked in a year.
 */
public enum ExclusionKind {

	/** "Không xét thi đua": a violation, no annual report. */
	KHONG_XET,

	/** "Chưa xét": held back, e.g. under investigation. */
	CHUA_XET,

	/**
	 * No approved report for the period ranked: the ranking leaves the unit out (never
	 * recorded by the department; the ranking finds it).
	 */
	NO_REPORT;

	/** The kinds the department records. */
	public static java.util.List<ExclusionKind> recorded() {
		return java.util.List.of(KHONG_XET, CHUA_XET);
	}

}

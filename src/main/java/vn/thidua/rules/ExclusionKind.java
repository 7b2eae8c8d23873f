package vn.thidua.rules;

/**
 * Why a unit is not ranked in a year.
 */
public enum ExclusionKind {

	/** "Không xét thi đua": a violation, no annual report. */
	KHONG_XET,

	/** "Chưa xét": held back, e.g. under investigation. */
	CHUA_XET

}

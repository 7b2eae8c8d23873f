package vn.thidua.criteria;

/**
 * A published set is read-only.
 */
public enum CriteriaSetStatus {

	DRAFT, PUBLISHED

}

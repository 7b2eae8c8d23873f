package vn.thidua.rules;

/**
 * A rule set is drafted, then published (read-only from then on).
 */
public enum RuleSetStatus {

	DRAFT, PUBLISHED

}

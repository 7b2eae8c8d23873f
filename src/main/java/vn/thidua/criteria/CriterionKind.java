package vn.thidua.criteria;

/**
 * How a criterion's points count in a total: added (score, bonus) or deducted (penalty).
 */
public enum CriterionKind {

	SCORE, BONUS, PENALTY

}

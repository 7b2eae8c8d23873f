package vn.thidua.criteria;

import java.math.BigDecimal;

/**
 * How a criterion's points count in a total: added (score, bonus) or deducted (penalty).
 * This is the one definition of a total (score + bonus − penalty): the report's sheet,
 * the approved subtotals, the rankings and the editor's live total (its inputs carry
 * {@link #sign()}) all count through it.
 */
public enum CriterionKind {

	SCORE(1), BONUS(1), PENALTY(-1);

	private final int sign;

	CriterionKind(int sign) {
		this.sign = sign;
	}

	/** +1 for points that are added, −1 for points that are deducted. */
	public int sign() {
		return this.sign;
	}

	/** The points as they count in a total. */
	public BigDecimal counted(BigDecimal points) {
		return (this.sign < 0) ? points.negate() : points;
	}

}

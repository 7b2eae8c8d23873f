package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.thidua.criteria.CriterionKind;

/**
 * Points per field and kind: the five fields plus general work (scored), bonus and
 * penalty.
 *
 * @param general công tác chung
 * @param press báo chí
 * @param publishing xuất bản, in, phát hành
 * @param post bưu chính
 * @param telecom viễn thông
 * @param it công nghệ thông tin
 * @param bonus điểm thưởng
 * @param penalty điểm trừ (deducted)
 */
public record Subtotals(BigDecimal general, BigDecimal press, BigDecimal publishing, BigDecimal post,
		BigDecimal telecom, BigDecimal it, BigDecimal bonus, BigDecimal penalty) {

	public static final Subtotals ZERO = new Subtotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	/**
	 * Score + bonus − penalty, each counted by its kind ({@link CriterionKind#counted}).
	 */
	public BigDecimal total() {
		BigDecimal scored = this.general.add(this.press)
			.add(this.publishing)
			.add(this.post)
			.add(this.telecom)
			.add(this.it);
		return CriterionKind.SCORE.counted(scored)
			.add(CriterionKind.BONUS.counted(this.bonus))
			.add(CriterionKind.PENALTY.counted(this.penalty));
	}

	public Subtotals plus(Subtotals other) {
		return new Subtotals(this.general.add(other.general), this.press.add(other.press),
				this.publishing.add(other.publishing), this.post.add(other.post), this.telecom.add(other.telecom),
				this.it.add(other.it), this.bonus.add(other.bonus), this.penalty.add(other.penalty));
	}

	/**
	 * Each value divided, to two decimals (the annual score is the sum of four quarters /
	 * 4).
	 */
	public Subtotals dividedBy(int divisor) {
		return dividedBy(BigDecimal.valueOf(divisor));
	}

	/** Each value divided, to two decimals (a weighted sum by the sum of its weights). */
	public Subtotals dividedBy(BigDecimal d) {
		return new Subtotals(div(this.general, d), div(this.press, d), div(this.publishing, d), div(this.post, d),
				div(this.telecom, d), div(this.it, d), div(this.bonus, d), div(this.penalty, d));
	}

	/** Each value multiplied (a period's subtotals by its weight). */
	public Subtotals times(BigDecimal factor) {
		return new Subtotals(this.general.multiply(factor), this.press.multiply(factor),
				this.publishing.multiply(factor), this.post.multiply(factor), this.telecom.multiply(factor),
				this.it.multiply(factor), this.bonus.multiply(factor), this.penalty.multiply(factor));
	}

	private static BigDecimal div(BigDecimal value, BigDecimal divisor) {
		return value.divide(divisor, 2, RoundingMode.HALF_UP);
	}

}

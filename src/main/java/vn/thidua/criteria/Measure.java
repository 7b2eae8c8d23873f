package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a measured criterion turns a measured value into points ("Tỷ lệ cán bộ dùng thư
 * công vụ": 85 % of a 100 % target on an 8-point criterion gives 6,8). The formulas are
 * few and documented:
 * <ul>
 * <li>{@link Formula#PROPORTIONAL}: max × value / target, capped at max (lower is better:
 * max × target / value);</li>
 * <li>{@link Formula#THRESHOLD}: max at or beyond the target, else 0;</li>
 * <li>{@link Formula#STEPS}: the points of the highest step reached, steps written "50:2;
 * 80:5; 100:8" (value:points, lower is better: the lowest step not exceeded).</li>
 * </ul>
 * A missing value ("chưa có số liệu") scores 0 and is flagged; a target of 0 with "higher
 * is better" gives max to any value (0 reaches it); with "lower is better" only a value
 * of 0 gets max.
 */
@Embeddable
public class Measure {

	/** The unit the value is measured in. */
	public enum Unit {

		PERCENT, COUNT, PER_100, RANK

	}

	/** Which way is better. */
	public enum Direction {

		HIGHER, LOWER

	}

	/** How points follow from the value. */
	public enum Formula {

		PROPORTIONAL, THRESHOLD, STEPS

	}

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_unit", length = 8)
	private Unit unit;

	@Column(name = "measure_target", precision = 12, scale = 2)
	private BigDecimal target;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_direction", length = 6)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "measure_formula", length = 12)
	private Formula formula;

	@Column(name = "measure_steps", length = 200)
	private String steps;

	protected Measure() {
	}

	public Measure(Unit unit, BigDecimal target, Direction direction, Formula formula, String steps) {
		this.unit = unit;
		this.target = target;
		this.direction = direction;
		this.formula = formula;
		this.steps = (formula == Formula.STEPS) ? steps : null;
	}

	/** A step of a stepped formula. */
	public record Step(BigDecimal value, BigDecimal points) {
	}

	/**
	 * The steps of "50:2; 80:5; 100:8", in the order written.
	 * @throws IllegalArgumentException if the text is not such a list
	 */
	public static List<Step> parseSteps(String text) {
		List<Step> result = new ArrayList<>();
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no steps");
		}
		for (String part : text.split(";")) {
			String[] pair = part.trim().split(":");
			if (pair.length != 2) {
				throw new IllegalArgumentException("not value:points: " + part);
			}
			result.add(new Step(new BigDecimal(pair[0].trim().replace(',', '.')),
					new BigDecimal(pair[1].trim().replace(',', '.'))));
		}
		return result;
	}

	/**
	 * The points of a value on a criterion of {@code max} points, to two decimals; 0 for
	 * a missing value.
	 * @throws IllegalArgumentException for a negative value
	 */
	public BigDecimal points(BigDecimal value, BigDecimal max) {
		if (value == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		if (value.signum() < 0) {
			throw new IllegalArgumentException("negative value");
		}
		boolean higher = this.direction != Direction.LOWER;
		BigDecimal points = switch (this.formula) {
			case PROPORTIONAL -> proportional(value, max, higher);
			case THRESHOLD -> reaches(value, this.target, higher) ? max : BigDecimal.ZERO;
			case STEPS -> stepped(value, higher);
		};
		return points.min(max).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

	private BigDecimal proportional(BigDecimal value, BigDecimal max, boolean higher) {
		if (this.target.signum() == 0) {
			return (higher || value.signum() == 0) ? max : BigDecimal.ZERO;
		}
		if (higher) {
			return max.multiply(value).divide(this.target, 4, RoundingMode.HALF_UP);
		}
		if (value.signum() == 0) {
			return max;
		}
		return max.multiply(this.target).divide(value, 4, RoundingMode.HALF_UP);
	}

	private BigDecimal stepped(BigDecimal value, boolean higher) {
		BigDecimal best = BigDecimal.ZERO;
		for (Step step : parseSteps(this.steps)) {
			if (reaches(value, step.value(), higher) && step.points().compareTo(best) > 0) {
				best = step.points();
			}
		}
		return best;
	}

	private static boolean reaches(BigDecimal value, BigDecimal mark, boolean higher) {
		return higher ? value.compareTo(mark) >= 0 : value.compareTo(mark) <= 0;
	}

	/** The formula in words, as the score page shows it under the points. */
	public String describe(BigDecimal max) {
		String unitText = unitText();
		String targetText = this.target.stripTrailingZeros().toPlainString().replace('.', ',') + unitText;
		return switch (this.formula) {
			case PROPORTIONAL -> (this.direction == Direction.LOWER)
					? "Tỷ lệ nghịch với chỉ tiêu " + targetText + " (thấp hơn là tốt hơn), tối đa "
							+ max.stripTrailingZeros().toPlainString().replace('.', ',') + " điểm"
					: "Tỷ lệ thuận với chỉ tiêu " + targetText + ", tối đa "
							+ max.stripTrailingZeros().toPlainString().replace('.', ',') + " điểm";
			case THRESHOLD -> "Đủ điểm khi " + ((this.direction == Direction.LOWER) ? "không vượt " : "đạt ")
					+ targetText + ", nếu không 0 điểm";
			case STEPS -> "Theo bậc " + this.steps;
		};
	}

	private String unitText() {
		return switch (this.unit) {
			case PERCENT -> "%";
			case COUNT -> "";
			case PER_100 -> "/100 dân";
			case RANK -> " (hạng)";
		};
	}

	public Unit getUnit() {
		return this.unit;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public Formula getFormula() {
		return this.formula;
	}

	public String getSteps() {
		return this.steps;
	}

}

package vn.thidua.report;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads points as typed in a form: "6", "6,5" or "6.5"; at most two decimals; within
 * 0..max.
 *
 * @param value the points, {@code null} when empty or wrong
 * @param error the message key of what is wrong, {@code null} when right
 */
record PointsInput(BigDecimal value, String error) {

	static final String NOT_A_NUMBER = "report.points.notNumber";

	static final String TOO_MANY_DECIMALS = "report.points.scale";

	static final String OUT_OF_RANGE = "report.points.range";

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}([.,]\\d+)?");

	static PointsInput parse(String text, BigDecimal max) {
		if (text == null || text.isBlank()) {
			return new PointsInput(null, null);
		}
		String trimmed = text.strip();
		if (!NUMBER.matcher(trimmed).matches()) {
			return new PointsInput(null, NOT_A_NUMBER);
		}
		BigDecimal value = new BigDecimal(trimmed.replace(',', '.'));
		if (value.stripTrailingZeros().scale() > 2) {
			return new PointsInput(null, TOO_MANY_DECIMALS);
		}
		if (value.signum() < 0 || value.compareTo(max) > 0) {
			return new PointsInput(null, OUT_OF_RANGE);
		}
		return new PointsInput(value.setScale(2), null);
	}

	boolean isEmpty() {
		return this.value == null && this.error == null;
	}

	/**
	 * Whether two points values are the same number (6.5 = 6.50), nulls included.
	 */
	static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

}

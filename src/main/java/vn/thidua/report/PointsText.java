package vn.thidua.report;

import java.math.BigDecimal;

/**
 * Points as a form shows them: Vietnamese decimal comma, no trailing zeros ("6,5", "8").
 */
final class PointsText {

	private PointsText() {
	}

	static String of(BigDecimal points) {
		if (points == null) {
			return "";
		}
		return points.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}

package vn.thidua.ranking;

import java.math.BigDecimal;

/**
 * Classification by score (DESIGN.md §4): ≥ 90 Xuất sắc; ≥ 80 Tốt; ≥ 65 Khá; ≥ 50 Trung
 * bình; else Yếu.
 */
public enum Classification {

	XUAT_SAC(90), TOT(80), KHA(65), TRUNG_BINH(50), YEU(0);

	private final BigDecimal from;

	Classification(int from) {
		this.from = BigDecimal.valueOf(from);
	}

	public static Classification of(BigDecimal score) {
		for (Classification classification : values()) {
			if (score.compareTo(classification.from) >= 0) {
				return classification;
			}
		}
		return YEU;
	}

	/**
	 * Whether this is at least as good as the other.
	 */
	public boolean atLeast(Classification other) {
		return ordinal() <= other.ordinal();
	}

}

package vn.thidua.rules;

/**
 * How a year is divided into the periods that are reported and scored.
 */
public enum PeriodScheme {

	/** Four quarters (Quý I–IV). */
	QUARTERS(4),

	/** Two half-years (6 tháng đầu năm, 6 tháng cuối năm). */
	HALF_YEARS(2),

	/** The year alone. */
	YEAR(1);

	private final int count;

	PeriodScheme(int count) {
		this.count = count;
	}

	public int count() {
		return this.count;
	}

	/** The last month (1–12) of a period (1-based). */
	public int endMonth(int period) {
		return 12 / this.count * period;
	}

}

package vn.thidua.ranking;

/**
 * The classification bands a province's rules may use
 * ({@link vn.thidua.rules.Rules#BAND_CODES}), best first; their names and lower bounds
 * come from the rules of the province-year (the default rules: ≥ 90 Xuất sắc; ≥ 80 Tốt; ≥
 * 65 Khá; ≥ 50 Trung bình; else Yếu).
 */
public enum Classification {

	XUAT_SAC, TOT, KHA, TRUNG_BINH, YEU

}

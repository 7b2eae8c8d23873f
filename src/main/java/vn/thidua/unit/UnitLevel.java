package vn.thidua.unit;

import java.util.regex.Pattern;

/**
 * The level of a unit of emulation, and the code that level uses: the statistics office's
 * 3 digits for a district-level unit, its 5 digits for a commune-level one, the
 * province's own code for an agency.
 */
public enum UnitLevel {

	/** Huyện, thị xã, thành phố thuộc tỉnh: the middle tier, until 30/6/2025. */
	DISTRICT_LEVEL("[0-9]{3}"),

	/** Xã, phường, đặc khu (and thị trấn before the reform). */
	COMMUNE_LEVEL("[0-9]{5}"),

	/** Sở, ban, ngành and other provincial bodies, for blocks (khối thi đua). */
	AGENCY("[A-Z0-9][A-Z0-9.-]{0,11}");

	private final Pattern code;

	UnitLevel(String code) {
		this.code = Pattern.compile(code);
	}

	/** Whether the code has the form this level's codes have. */
	public boolean accepts(String code) {
		return code != null && this.code.matcher(code).matches();
	}

}

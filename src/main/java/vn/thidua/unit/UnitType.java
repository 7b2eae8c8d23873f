package vn.thidua.unit;

import java.util.Arrays;
import java.util.List;

/**
 * The kind of a unit within its level.
 */
public enum UnitType {

	THANH_PHO(UnitLevel.DISTRICT_LEVEL), THI_XA(UnitLevel.DISTRICT_LEVEL), HUYEN(UnitLevel.DISTRICT_LEVEL),

	XA(UnitLevel.COMMUNE_LEVEL), PHUONG(UnitLevel.COMMUNE_LEVEL), DAC_KHU(UnitLevel.COMMUNE_LEVEL),
	THI_TRAN(UnitLevel.COMMUNE_LEVEL),

	SO(UnitLevel.AGENCY), BAN_NGANH(UnitLevel.AGENCY), CO_QUAN(UnitLevel.AGENCY);

	private final UnitLevel level;

	UnitType(UnitLevel level) {
		this.level = level;
	}

	public UnitLevel level() {
		return this.level;
	}

	/** The types of a level, in the order the forms offer them. */
	public static List<UnitType> of(UnitLevel level) {
		return Arrays.stream(values()).filter((type) -> type.level == level).toList();
	}

}

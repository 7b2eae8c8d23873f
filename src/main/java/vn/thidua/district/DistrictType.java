package vn.thidua.district;

/**
 * The kind of a district-level unit.
 */
public enum DistrictType {

	THANH_PHO, THI_XA, HUYEN

}

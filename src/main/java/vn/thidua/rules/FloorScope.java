package vn.thidua.rules;

/**
 * What a band's floor applies to: each scored criterion, or each criteria group (the sum
 * of its criteria against the group's maximum).
 */
public enum FloorScope {

	CRITERION, GROUP

}

package vn.thidua.covenant;

/**
 * A covenant is open for registration (also after the department returns it), signed by
 * the leader with the signed copy, then approved by the department.
 */
public enum CovenantStatus {

	OPEN, SIGNED, APPROVED, RETURNED

}

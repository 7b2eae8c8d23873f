package vn.thidua.shared;

/**
 * What a user may do: the roles of the department, the cluster leaders and the units.
 */
public enum Role {

	ADMIN, DIRECTOR, STAFF, CLUSTER_LEADER, UNIT;

	/**
	 * The Spring Security authority of this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Department roles read the whole province; leaders and unit officers act for one
	 * unit.
	 */
	public boolean isDepartment() {
		return this == ADMIN || this == DIRECTOR || this == STAFF;
	}

}

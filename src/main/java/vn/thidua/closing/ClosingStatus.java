package vn.thidua.closing;

/**
 * A closing is drafted by the cluster leader, may open a voting window for the members'
 * secret ballots, is closed (read-only; only the department reopens it, with a reason),
 * and is decided when the department's award decision of the year takes it.
 */
public enum ClosingStatus {

	DRAFT, VOTING, CLOSED, DECIDED

}

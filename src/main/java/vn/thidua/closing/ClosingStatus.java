package vn.thidua.closing;

/** A closing is drafted by the cluster leader, then closed (read-only). */
public enum ClosingStatus {

	DRAFT, CLOSED

}

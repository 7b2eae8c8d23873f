package vn.thidua.cluster;

/**
 * A step of a cluster's year that someone must learn of, published in the transaction
 * that took it: the covenant opened for registration, signed, approved or returned; the
 * closing's voting window opened; the department's award decision finalized.
 *
 * @param kind what happened
 * @param clusterId the cluster
 * @param year its year
 * @param comment what the next person must read (the department's comment on a returned
 * covenant, the cluster's part of a finalized decision), or {@code null}
 */
public record ClusterEvent(Kind kind, long clusterId, int year, String comment) {

	public ClusterEvent(Kind kind, long clusterId, int year) {
		this(kind, clusterId, year, null);
	}

	/** What happened. */
	public enum Kind {

		COVENANT_OPENED, COVENANT_SIGNED, COVENANT_APPROVED, COVENANT_RETURNED, VOTING_OPENED, AWARDS_FINALIZED

	}

}

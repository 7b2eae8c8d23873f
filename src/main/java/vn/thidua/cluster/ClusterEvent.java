package vn.thidua.cluster;

/**
 * Something a cluster's members are asked to do, published in the transaction that asked
 * it: the covenant opened for registration, the closing's voting window opened.
 *
 * @param kind what is asked
 * @param clusterId the cluster
 * @param year its year
 */
public record ClusterEvent(Kind kind, long clusterId, int year) {

	/** What the members are asked to do. */
	public enum Kind {

		COVENANT_OPENED, VOTING_OPENED

	}

}

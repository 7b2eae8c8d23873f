package vn.thidua.ranking;

import java.time.Instant;
import java.util.List;

import vn.thidua.shared.CurrentUser;

/**
 * What the rankings page and the export show for a year or a quarter.
 *
 * @param year the year
 * @param quarter the quarter, or {@code null} for the year view
 * @param clusters the clusters' rankings
 * @param finalizedAt when the year was finalized, or {@code null} if not (or reopened)
 * @param finalizedBy who finalized it
 */
public record RankingView(int year, Integer quarter, List<ClusterRanking> clusters, Instant finalizedAt,
		String finalizedBy) {

	/**
	 * The clusters this user sees: the department every cluster of its province, a leader
	 * the clusters it leads, a district officer its own cluster.
	 */
	public RankingView visibleTo(CurrentUser user) {
		List<ClusterRanking> visible = switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF -> this.clusters;
			case CLUSTER_LEADER -> this.clusters.stream()
				.filter((c) -> user.districtId() != null && c.leaderId() == user.districtId())
				.toList();
			case DISTRICT -> this.clusters.stream().filter((c) -> c.ranks(user.districtId())).toList();
		};
		return new RankingView(this.year, this.quarter, visible, this.finalizedAt, this.finalizedBy);
	}

	public boolean isWholeYear() {
		return this.quarter == null;
	}

	public boolean isFinalized() {
		return this.finalizedAt != null;
	}

}

package vn.thidua.ranking;

import java.time.Instant;
import java.util.List;

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

	public boolean isWholeYear() {
		return this.quarter == null;
	}

	public boolean isFinalized() {
		return this.finalizedAt != null;
	}

}

package vn.thidua.ranking;

import java.util.List;

/**
 * The ranking of one cluster.
 *
 * @param clusterId the cluster
 * @param clusterName its name
 * @param leaderId the leader district
 * @param leaderName the leader district's name
 * @param rows the districts, best first
 */
public record ClusterRanking(long clusterId, String clusterName, long leaderId, String leaderName,
		List<RankedDistrict> rows) {

	/** Whether the district is ranked in this cluster (is one of its members). */
	public boolean ranks(Long districtId) {
		return districtId != null && this.rows.stream().anyMatch((row) -> row.districtId() == districtId);
	}

	/**
	 * A bar's width in percent of the chart (the chart spans 0–100 points, the same scale
	 * for every cluster), for the server-rendered SVG.
	 */
	public int barPercent(RankedDistrict row) {
		return Math.max(0, Math.min(100, row.total().setScale(0, java.math.RoundingMode.HALF_UP).intValue()));
	}

}

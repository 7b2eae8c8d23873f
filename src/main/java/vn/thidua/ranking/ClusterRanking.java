package vn.thidua.ranking;

import java.util.List;

/**
 * The ranking of one cluster.
 *
 * @param clusterId the cluster
 * @param clusterName its name
 * @param leaderName the leader district's name
 * @param rows the districts, best first
 */
public record ClusterRanking(long clusterId, String clusterName, String leaderName, List<RankedDistrict> rows) {

	/**
	 * A bar's width in percent of the chart (the chart spans 0–100 points, the same scale
	 * for every cluster), for the server-rendered SVG.
	 */
	public int barPercent(RankedDistrict row) {
		return Math.max(0, Math.min(100, row.total().setScale(0, java.math.RoundingMode.HALF_UP).intValue()));
	}

}

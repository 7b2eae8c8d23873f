package vn.thidua.ranking;

import java.util.List;

/**
 * The ranking of one cluster.
 *
 * @param clusterId the cluster
 * @param clusterName its name
 * @param leaderId the leader unit
 * @param leaderName the leader unit's name
 * @param rows the units, best first
 */
public record ClusterRanking(long clusterId, String clusterName, long leaderId, String leaderName,
		List<RankedUnit> rows) {

	/** Whether the unit is ranked in this cluster (is one of its members). */
	public boolean ranks(Long unitId) {
		return unitId != null && this.rows.stream().anyMatch((row) -> row.unitId() == unitId);
	}

	/**
	 * A bar's width in percent of the chart (the chart spans 0–100 points, the same scale
	 * for every cluster), for the server-rendered SVG.
	 */
	public int barPercent(RankedUnit row) {
		return Math.max(0, Math.min(100, row.total().setScale(0, java.math.RoundingMode.HALF_UP).intValue()));
	}

}

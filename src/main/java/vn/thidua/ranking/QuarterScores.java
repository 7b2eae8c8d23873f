package vn.thidua.ranking;

/**
 * A district's points in one approved quarterly report, summed per field by the database.
 *
 * @param clusterId the cluster
 * @param districtId the district
 * @param quarter the quarter (1–4)
 * @param late whether the report was submitted late
 * @param subtotals the points per field and kind
 */
public record QuarterScores(long clusterId, long districtId, int quarter, boolean late, Subtotals subtotals) {
}

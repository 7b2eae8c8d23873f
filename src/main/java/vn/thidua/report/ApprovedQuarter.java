package vn.thidua.report;

/**
 * One unit's subtotals in one approved quarterly report.
 *
 * @param clusterId the report's cluster
 * @param unitId the unit
 * @param quarter the quarter
 * @param late whether the report was submitted after its deadline
 * @param subtotals the unit's points per field and kind
 */
public record ApprovedQuarter(long clusterId, long unitId, int quarter, boolean late, Subtotals subtotals) {

}

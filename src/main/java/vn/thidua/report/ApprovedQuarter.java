package vn.thidua.report;

/**
 * One district's subtotals in one approved quarterly report.
 *
 * @param clusterId the report's cluster
 * @param districtId the district
 * @param quarter the quarter
 * @param late whether the report was submitted after its deadline
 * @param subtotals the district's points per field and kind
 */
public record ApprovedQuarter(long clusterId, long districtId, int quarter, boolean late, Subtotals subtotals) {

}

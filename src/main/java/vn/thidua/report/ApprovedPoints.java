package vn.thidua.report;

import java.math.BigDecimal;

/**
 * One unit's final points on one scored criterion in one approved report, with the
 * criterion's group: what a band's floor is judged on.
 *
 * @param unitId the unit
 * @param quarter the period
 * @param criterion the criterion's code and title ("6.1. Dịch vụ công trực tuyến")
 * @param max the criterion's maximum
 * @param group the code and title of its group (itself at the top of the tree)
 * @param groupMax the group's maximum
 * @param points the final points
 */
public record ApprovedPoints(long unitId, int quarter, String criterion, BigDecimal max, String group,
		BigDecimal groupMax, BigDecimal points) {

}

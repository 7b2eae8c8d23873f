/**
 * Criteria sets (bộ tiêu chí) of a province and year: groups per field, criteria with
 * maximum points, bonus and penalty groups.
 */
package vn.thidua.criteria;

/**
 * Criteria sets (bộ tiêu chí) of a province and year: groups per field, criteria with
 * maximum points, bonus and penalty groups ({@code CriterionKind}: the one definition of
 * a total); their editor.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "audit" })
package vn.thidua.criteria;

import org.springframework.modulith.ApplicationModule;

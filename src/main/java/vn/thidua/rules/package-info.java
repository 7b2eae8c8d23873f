/**
 * The rules of emulation of a province and year (quy chế hoạt động cụm thi đua): the
 * periods scored and their weights, the deadline day, classification bands, award rules
 * and the units not considered that year. Drafted, then published (read-only); the
 * rankings, deadlines and exports read them through {@link vn.thidua.rules.RulesService}.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "audit" })
package vn.thidua.rules;

import org.springframework.modulith.ApplicationModule;

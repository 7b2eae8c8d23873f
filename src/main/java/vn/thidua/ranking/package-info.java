/**
 * Rankings of the units inside each cluster, classifications, award proposals, the
 * director's finalized snapshot and the Excel export. Reads approved points through the
 * report module's {@code ApprovedTotals}.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "account", "unit", "cluster", "criteria", "report", "rules", "audit" })
package vn.thidua.ranking;

import org.springframework.modulith.ApplicationModule;

/**
 * Emulation clusters (cụm thi đua) of a province and year: leader, deputy and member
 * units; the year set-up. One cluster's page composes other modules and lives in
 * {@code portal}.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "audit" })
package vn.thidua.cluster;

import org.springframework.modulith.ApplicationModule;

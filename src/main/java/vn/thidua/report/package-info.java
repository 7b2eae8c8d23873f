/**
 * Quarterly reports of a cluster: narrative, scores per member unit and criterion,
 * self-assessment, evidence, review, Word export. Its API: {@code ReportService}
 * (reading), {@code ReportWorkflow} (every change), {@code ReportPolicy} (who may),
 * {@code ApprovedTotals} (what rankings read), the report entity and its status.
 */
@ApplicationModule(allowedDependencies = { "shared", "account", "unit", "cluster", "criteria", "rules", "audit" })
package vn.thidua.report;

import org.springframework.modulith.ApplicationModule;

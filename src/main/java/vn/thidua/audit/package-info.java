/**
 * The audit log: who changed what, when, from where. Every module records through
 * {@code AuditService}; the log is append-only.
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.thidua.audit;

import org.springframework.modulith.ApplicationModule;

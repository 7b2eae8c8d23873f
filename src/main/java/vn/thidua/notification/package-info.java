/**
 * Notifications: the modules' events ({@code report.ReportEvent},
 * {@code cluster.ClusterEvent}) and the scheduled deadline reminders become an inbox
 * entry for each person concerned and, where the person has an address and has not opted
 * out, an e-mail — both written in the transaction of the change (the mail table is the
 * outbox), the mails sent after commit with retries. A reminder is sent once across app
 * instances (a unique row per reminder).
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "cluster", "report", "rules", "meeting" })
package vn.thidua.notification;

import org.springframework.modulith.ApplicationModule;

/**
 * The closing of a cluster-year (hội nghị tổng kết): the year's results, the candidates
 * for each award of the rules, the members' vote (counts of the paper ballots), the
 * result by the rules (threshold, quota), and next year's leader and deputy, which the
 * year set-up takes.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "cluster", "rules", "ranking", "meeting", "audit" })
package vn.thidua.closing;

import org.springframework.modulith.ApplicationModule;

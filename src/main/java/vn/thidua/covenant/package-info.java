/**
 * The start of a cluster's year: its documents (quy chế, giao ước, kế hoạch, the
 * closing's dossier, decisions) and its emulation covenant (giao ước thi đua) — the key
 * tasks, each member's targets and the title it aims for, signed by all and approved by
 * the department. Gives {@code ranking.RegisteredTitles} to the pages that show
 * commitment against result.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "cluster", "criteria", "rules", "ranking", "audit" })
package vn.thidua.covenant;

import org.springframework.modulith.ApplicationModule;

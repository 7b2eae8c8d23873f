/**
 * Pages that compose several modules, above all of them: the home page by role (what
 * awaits the user this year), the year of each cluster as its stages, and one cluster's
 * page (members, reports, meetings, tasks).
 */
@ApplicationModule(allowedDependencies = { "shared", "cluster", "meeting", "report", "ranking", "covenant", "closing",
		"rules", "unit" })
package vn.thidua.portal;

import org.springframework.modulith.ApplicationModule;

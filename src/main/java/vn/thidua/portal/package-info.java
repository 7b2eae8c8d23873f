/**
 * Pages that compose several modules, above all of them: the home page by role (what
 * awaits the user this year) and one cluster's page (members, reports, meetings, tasks).
 */
@ApplicationModule(allowedDependencies = { "shared", "cluster", "meeting", "report", "ranking", "covenant" })
package vn.thidua.portal;

import org.springframework.modulith.ApplicationModule;

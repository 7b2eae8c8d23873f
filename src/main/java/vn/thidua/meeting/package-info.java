/**
 * Meetings of the department and the clusters (giao ban cụm, conferences, working
 * sessions and visits) with their follow-up tasks; who may write them is
 * {@code MeetingPolicy}'s to say.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "cluster", "audit" })
package vn.thidua.meeting;

import org.springframework.modulith.ApplicationModule;

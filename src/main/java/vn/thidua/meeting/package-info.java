/**
 * Meetings of the department and the clusters (giao ban cụm, conferences, working
 * sessions and visits) with their follow-up tasks.
 */
package vn.thidua.meeting;

/**
 * Rankings of the districts inside each cluster, classifications, award proposals, the
 * director's finalized snapshot, and the Excel export.
 */
package vn.thidua.ranking;

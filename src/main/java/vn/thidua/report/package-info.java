/**
 * Quarterly reports of a cluster: narrative, scores per member district and criterion,
 * review.
 */
package vn.thidua.report;

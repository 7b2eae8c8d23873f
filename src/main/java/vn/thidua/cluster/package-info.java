/**
 * Emulation clusters (cụm thi đua) of a province and year: leader, deputy and member
 * districts.
 */
package vn.thidua.cluster;

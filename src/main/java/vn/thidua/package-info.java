/**
 * Cụm thi đua: the web application that runs a department's district emulation clusters.
 */
package vn.thidua;

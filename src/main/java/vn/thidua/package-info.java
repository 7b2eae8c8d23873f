/**
 * Cụm thi đua: the web application that runs a department's unit emulation clusters.
 */
package vn.thidua;

/**
 * The home page: what awaits the user this year.
 */
package vn.thidua.dashboard;

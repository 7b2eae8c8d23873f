/**
 * Application wiring: database modes, security, locale and formatting.
 */
package vn.thidua.config;

/**
 * User accounts, roles and login.
 */
package vn.thidua.account;

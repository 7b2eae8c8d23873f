/**
 * The administration entry page; each administered object's pages live with their domain
 * package (users in {@code account}, clusters in {@code cluster}, …).
 */
package vn.thidua.admin;

/**
 * The audit log: who changed what, when, from where.
 */
package vn.thidua.audit;

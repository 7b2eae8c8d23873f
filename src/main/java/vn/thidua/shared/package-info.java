/**
 * Building blocks shared by every feature: base entity, not-found errors, Vietnamese
 * sorting and number formatting.
 */
package vn.thidua.shared;

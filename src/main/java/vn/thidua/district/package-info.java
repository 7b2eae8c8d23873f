/**
 * Provinces and their district-level units (huyện, thị xã, thành phố) with GSO codes.
 */
package vn.thidua.district;

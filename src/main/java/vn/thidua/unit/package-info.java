/**
 * Provinces and their unit-level units (huyện, thị xã, thành phố) with GSO codes and
 * validity periods; their administration.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package vn.thidua.unit;

import org.springframework.modulith.ApplicationModule;

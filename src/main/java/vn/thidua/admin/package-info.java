/**
 * The administration entry page; each administered object's pages live with their module
 * (users in {@code account}, clusters in {@code cluster}, …).
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.thidua.admin;

import org.springframework.modulith.ApplicationModule;

/**
 * Building blocks every module may use, and that use no module: the signed-in user and
 * its role, points ({@code Points}: read and written in one place), dates, Vietnamese
 * sorting and formats, text hygiene, the administrative Word document, base entity,
 * not-found errors, reusable form constraints. Open: its sub-packages are part of its
 * API.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.thidua.shared;

import org.springframework.modulith.ApplicationModule;

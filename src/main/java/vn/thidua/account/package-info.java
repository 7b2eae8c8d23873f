/**
 * User accounts and login: lockout, throttling, password policy, sessions that follow the
 * account, the first administrator, user administration. The signed-in user itself
 * ({@code CurrentUser}) lives in {@code shared}, which every module may use.
 */
@ApplicationModule(allowedDependencies = { "shared", "unit", "audit" })
package vn.thidua.account;

import org.springframework.modulith.ApplicationModule;

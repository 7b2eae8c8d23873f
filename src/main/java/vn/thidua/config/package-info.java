/**
 * Application wiring: database modes (the embedded PostgreSQL), security (asking the
 * modules' policies), sessions, request limits, input hygiene, locale and formatting.
 * Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "account", "report", "meeting", "ranking" })
package vn.thidua.config;

import org.springframework.modulith.ApplicationModule;

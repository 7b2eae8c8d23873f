package vn.thidua.config.database;

import com.zaxxer.hikari.HikariDataSource;

/** The embedded database's pool and watchdog as the app sets them up, for tests. */
public final class EmbeddedDatabaseTesting {

	private EmbeddedDatabaseTesting() {
	}

	public static HikariDataSource pool(EmbeddedDatabase database) {
		return (HikariDataSource) new EmbeddedDatabaseConfiguration().dataSource(database);
	}

	public static AutoCloseable watchdog(EmbeddedDatabase database, long periodMillis) {
		return new EmbeddedDatabaseWatchdog(database, periodMillis);
	}

}

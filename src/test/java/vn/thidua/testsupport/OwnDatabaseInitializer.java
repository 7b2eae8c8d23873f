package vn.thidua.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at a database of its own ({@code thidua_own}) on
 * the test server, migrated anew with the demo data: for a test that posts whatever it
 * likes (the fuzz test) without changing what the other tests read.
 */
public class OwnDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection database = TestDatabase.fresh("thidua_own");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("ownDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
	}

}

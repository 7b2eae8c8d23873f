package vn.thidua.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at {@link TestDatabase} before any bean (or
 * condition) looks at {@code spring.datasource.url}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection database = TestDatabase.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
		context.getBeanFactory().addBeanPostProcessor(new JdbcStatements.Installer());
	}

}

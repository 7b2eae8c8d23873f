package vn.thidua.config;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code prod} profile the database must be given: no embedded server, no
 * guessing.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
@Conditional(DatasourceUrlMissingCondition.class)
class ProductionDatabaseGuard implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		throw new MissingDatabaseUrlException();
	}

}

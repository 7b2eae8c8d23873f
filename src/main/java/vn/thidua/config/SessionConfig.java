package vn.thidua.config;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session cookie, whatever serves the app (embedded Tomcat, a war container,
 * MockMvc): HttpOnly, SameSite=Lax, Secure in {@code prod}
 * ({@code server.servlet.session.cookie.*}). Sessions themselves live in PostgreSQL
 * (Spring Session JDBC), 30 minutes idle.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	/**
	 * The session filter reads and writes through {@link ThrottledSessionRepository}:
	 * Spring Session's JDBC repository (left as Boot configures it, with its expiry
	 * clean-up), writing a session's last-access time at most once a minute.
	 */
	@Bean
	static BeanPostProcessor throttledSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(
						new ThrottledSessionRepository(sessions.getObject(), Duration.ofMinutes(1)));
				CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
				resolver.setCookieSerializer(cookies.getObject());
				filter.setHttpSessionIdResolver(resolver);
				return filter;
			}
		};
	}

	/**
	 * Several requests of one session at once (a double click, parallel tabs) may both
	 * add the same attribute (a flash message): the second insert updates the row instead
	 * of failing on the primary key (PostgreSQL's upsert, as Spring Session documents).
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return (repository) -> repository.setCreateSessionAttributeQuery("""
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
				DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
	}

	@Bean
	DefaultCookieSerializer cookieSerializer(@Value("${thidua.session.cookie-name}") String name,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(name);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(secure);
		serializer.setCookiePath("/");
		return serializer;
	}

}

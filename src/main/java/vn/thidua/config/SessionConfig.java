package vn.thidua.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, whatever serves the app (embedded Tomcat, a war container,
 * MockMvc): HttpOnly, SameSite=Lax, Secure in {@code prod}
 * ({@code server.servlet.session.cookie.*}). Sessions themselves live in PostgreSQL
 * (Spring Session JDBC), 30 minutes idle.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	@Bean
	DefaultCookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name}") String name,
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

package vn.thidua.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import vn.thidua.account.PasswordChangeRequired;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("thidua-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setDefaultTimeZone(java.util.TimeZone.getTimeZone(VIETNAM));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PasswordChangeRequired()).excludePathPatterns(PasswordChangeRequired.EXEMPT);
	}

	/**
	 * No rewriting of URLs in pages: Boot would add this filter because the WebJars
	 * locator enables the resource chain, and it then looks up every link of every page
	 * on the classpath (misses are not cached) — the most expensive part of rendering a
	 * page. WebJars are referenced without versions and resolved when requested, so
	 * nothing needs rewriting.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The clock of every "today" and "now": Vietnam time, whatever the server's zone.
	 */
	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}

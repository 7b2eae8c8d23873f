package vn.thidua.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;

import vn.thidua.config.database.DatabaseDownFilter;
import vn.thidua.config.database.DatabaseState;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import vn.thidua.account.PasswordChangeRequired;
import vn.thidua.shared.Points;
import vn.thidua.shared.VietnameseDateFormatter;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
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

	/**
	 * Every date field of every form reads and prints dd/mm/yyyy, in any browser locale
	 * (the pages use text fields, not the browser's own date input).
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new VietnameseDateFormatter());
		registry.addFormatterForFieldType(Points.class, new Points.PointsFormatter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// ?lang= takes Vietnamese or English; anything else is ignored (never kept in the
		// cookie)
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				if (!"vi".equals(value) && !"en".equals(value)) {
					throw new IllegalArgumentException("Unsupported language " + value);
				}
				return Locale.forLanguageTag(value);
			}
		};
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
	 * Before every other filter (the session's among them, which reads the database): the
	 * short 503 page while the database is out of reach ({@link DatabaseDownFilter}).
	 */
	@Bean
	FilterRegistrationBean<DatabaseDownFilter> databaseDownFilter(
			org.springframework.beans.factory.ObjectProvider<DatabaseState> state) {
		FilterRegistrationBean<DatabaseDownFilter> registration = new FilterRegistrationBean<>(
				new DatabaseDownFilter(state.getIfAvailable(() -> DatabaseState.RUNNING)));
		registration.setOrder(Integer.MIN_VALUE);
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

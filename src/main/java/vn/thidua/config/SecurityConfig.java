package vn.thidua.config;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import vn.thidua.account.AccountSessions;
import vn.thidua.account.LoginFailureHandler;
import vn.thidua.account.LoginThrottle;
import vn.thidua.meeting.MeetingPolicy;
import vn.thidua.ranking.RankingPolicy;
import vn.thidua.report.ReportPolicy;
import vn.thidua.shared.CurrentUser;

/**
 * Form login for every page; static assets, the login page, error pages and health are
 * open. CSRF protection stays on (Spring Security's default) for every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/**
	 * Scripts and styles only from the app's own files (it has no inline script, event
	 * handler or style attribute); nothing may frame the app.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Passwords are checked before the account's state, so that a locked or disabled
	 * account answers as slowly, and in the same words, as a wrong password.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
			vn.thidua.account.LoginGuard guard) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
		provider.setPostAuthenticationChecks((user) -> {
			status.check(user);
			// failures from several addresses lock the account for those addresses only
			if (guard.check(user.getUsername(), clientAddress()).locked()) {
				throw new org.springframework.security.authentication.LockedException("Locked for this address");
			}
		});
		return provider;
	}

	private static String clientAddress() {
		return (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes request)
					? request.getRequest().getRemoteAddr() : null;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler loginFailure,
			AccountSessions sessions, LoginThrottle throttle, ReportPolicy reports, MeetingPolicy meetings,
			RankingPolicy rankings, MessageSource messages, LocaleResolver locales,
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxMultipart) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// who may write, review and decide is the policies' to say
			.requestMatchers(HttpMethod.GET, "/reports/new")
			.access(allow(reports::mayWriteReports))
			.requestMatchers(HttpMethod.POST, "/reports")
			.access(allow(reports::mayWriteReports))
			.requestMatchers("/reports/*/edit", "/reports/*/edit/panel/*", "/reports/*/submit")
			.access(allow(reports::mayWriteReports))
			.requestMatchers("/reports/*/import", "/reports/*/import/**")
			.access(allow(reports::mayImportReports))
			.requestMatchers("/reports/*/self-assessment")
			.access(allow(reports::maySelfAssessReports))
			.requestMatchers(HttpMethod.POST, "/reports/*/approve", "/reports/*/return", "/reports/*/adjust")
			.access(allow(reports::mayReviewReports))
			.requestMatchers(HttpMethod.POST, "/reports/*/reopen")
			.access(allow(reports::mayReopenReports))
			.requestMatchers("/meetings/new", "/meetings/*/edit")
			.access(allow(meetings::mayWriteMeetings))
			.requestMatchers(HttpMethod.POST, "/meetings")
			.access(allow(meetings::mayWriteMeetings))
			.requestMatchers(HttpMethod.POST, "/rankings/finalize", "/rankings/reopen")
			.access(allow(rankings::mayFinalize))
			.requestMatchers(HttpMethod.POST, "/clusters/*/covenant/registration")
			.hasAnyRole("CLUSTER_LEADER", "UNIT")
			.requestMatchers(HttpMethod.POST, "/clusters/*/covenant/approve", "/clusters/*/covenant/return")
			.hasAnyRole("STAFF", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/clusters/*/covenant/**", "/clusters/*/documents")
			.hasRole("CLUSTER_LEADER")
			.requestMatchers(HttpMethod.POST, "/clusters/*/closing/ballot")
			.hasAnyRole("CLUSTER_LEADER", "UNIT")
			.requestMatchers(HttpMethod.POST, "/clusters/*/closing/reopen")
			.hasAnyRole("STAFF", "DIRECTOR")
			.requestMatchers(HttpMethod.POST, "/clusters/*/closing", "/clusters/*/closing/**")
			.hasRole("CLUSTER_LEADER")
			.requestMatchers(HttpMethod.POST, "/awards/reopen")
			.hasRole("DIRECTOR")
			.requestMatchers(HttpMethod.POST, "/awards", "/awards/**")
			.hasAnyRole("STAFF", "DIRECTOR")
			.requestMatchers("/awards", "/awards/**")
			.hasAnyRole("ADMIN", "STAFF", "DIRECTOR")
			.requestMatchers(HttpMethod.GET, "/admin/rules")
			.hasAnyRole("ADMIN", "STAFF", "DIRECTOR")
			.requestMatchers("/admin/rules/**")
			.hasAnyRole("ADMIN", "STAFF")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/audit", "/audit/**")
			.hasAnyRole("ADMIN", "DIRECTOR")
			.requestMatchers("/units/*/record", "/units/*/record.xlsx")
			.hasAnyRole("ADMIN", "STAFF", "DIRECTOR")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// a new session id at login (no fixation); the session itself lasts 30
			// minutes
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// the login page and anonymous visitors get their CSRF token in a cookie: no
			// session is stored until someone logs in
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.addFilterBefore(new AccountStateFilter(sessions), AuthorizationFilter.class)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			// limits before the CSRF filter reads a body, after the header writer
			.addFilterAfter(new RequestLimitsFilter(maxMultipart, new LimitPage(messages, locales)),
					HeaderWriterFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * A request rule answered by a policy's role-level question about the signed-in user.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> allow(Predicate<CurrentUser> policy) {
		return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
				&& authentication.get().getPrincipal() instanceof CurrentUser user && policy.test(user));
	}

	/**
	 * The login throttle runs in the security chain (before the login form is read), not
	 * also as a servlet filter of its own.
	 */
	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// stored hashes carry their algorithm ({bcrypt}…), so the algorithm can change
		// later; BCrypt refuses more than 72 bytes, which is simply a wrong password at
		// login (the password policy refuses it when a password is set)
		PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return delegate.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= 72
						&& delegate.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return delegate.upgradeEncoding(encoded);
			}
		};
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("THIDUA_CSRF");
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

}

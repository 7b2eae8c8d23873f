package vn.thidua.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/reports/new")
			.hasRole("CLUSTER_LEADER")
			.requestMatchers(HttpMethod.POST, "/reports")
			.hasRole("CLUSTER_LEADER")
			.requestMatchers("/reports/*/edit", "/reports/*/submit")
			.hasRole("CLUSTER_LEADER")
			.requestMatchers("/reports/*/self-assessment")
			.hasRole("DISTRICT")
			.requestMatchers(HttpMethod.POST, "/reports/*/approve", "/reports/*/return", "/reports/*/adjust")
			.hasAnyRole("STAFF", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/reports/*/reopen")
			.hasRole("DIRECTOR")
			.requestMatchers("/meetings/new", "/meetings/*/edit")
			.hasAnyRole("STAFF", "ADMIN", "CLUSTER_LEADER")
			.requestMatchers(HttpMethod.POST, "/meetings")
			.hasAnyRole("STAFF", "ADMIN", "CLUSTER_LEADER")
			.requestMatchers(HttpMethod.POST, "/rankings/finalize", "/rankings/reopen")
			.hasRole("DIRECTOR")
			.requestMatchers(HttpMethod.POST, "/reports/*/attachments")
			.hasAnyRole("CLUSTER_LEADER", "DISTRICT")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/audit", "/audit/**")
			.hasAnyRole("ADMIN", "DIRECTOR")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// a new session id at login (no fixation); the session itself lasts 30
			// minutes
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// stored hashes carry their algorithm ({bcrypt}…), so the algorithm can change
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}

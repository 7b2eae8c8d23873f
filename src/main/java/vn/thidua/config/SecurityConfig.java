package vn.thidua.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login for every page; static assets, the login page, error pages and health are
 * open. CSRF protection stays on (Spring Security's default) for every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

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
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// stored hashes carry their algorithm ({bcrypt}…), so the algorithm can change
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}

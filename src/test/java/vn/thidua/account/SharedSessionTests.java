package vn.thidua.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.thidua.CumThiDuaApplication;
import vn.thidua.testsupport.SessionCookie;
import vn.thidua.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one database, as behind a load balancer: a login through
 * one is a login on the other (sessions live in PostgreSQL), and so is a logout.
 */
class SharedSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern COOKIE = Pattern.compile(SessionCookie.NAME + "=([^;]+)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSessionStartedOnOneInstanceIsUsedOnTheOther() throws Exception {
		TestDatabase.Connection database = TestDatabase.get();
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			String one = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
			String two = "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
			assertThat(one).isNotEqualTo(two);

			HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(one + "/login")).build());
			// the login page stores no session: its CSRF token comes in a cookie
			assertThat(loginPage.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith(SessionCookie.NAME));
			String csrfCookie = csrfCookie(loginPage);
			String token = match(CSRF, loginPage.body());
			HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(one + "/login"))
				.header("Cookie", csrfCookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=giamdoc&password="
						+ URLEncoder.encode("Demo@2014", StandardCharsets.UTF_8) + "&_csrf=" + token))
				.build());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
			String session = cookie(login);

			HttpResponse<String> dashboard = send(HttpRequest.newBuilder(URI.create(two + "/"))
				.header("Cookie", SessionCookie.NAME + "=" + session)
				.build());
			assertThat(dashboard.statusCode()).isEqualTo(200);
			assertThat(dashboard.body()).contains("Xin chào", "Giám đốc Sở");

			// log out on the second: the first no longer knows the session
			String logoutToken = match(CSRF, dashboard.body());
			HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(two + "/logout"))
				.header("Cookie", SessionCookie.NAME + "=" + session + "; " + csrfCookie(dashboard))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + logoutToken))
				.build());
			assertThat(logout.statusCode()).isEqualTo(302);
			HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(one + "/"))
				.header("Cookie", SessionCookie.NAME + "=" + session)
				.build());
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase.Connection database) {
		return new SpringApplicationBuilder(CumThiDuaApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.main.banner-mode=off")
			.run();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("THIDUA_CSRF=") && !c.startsWith("THIDUA_CSRF=;"))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no CSRF cookie"));
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(COOKIE::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + SessionCookie.NAME + " cookie"));
	}

	private static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}

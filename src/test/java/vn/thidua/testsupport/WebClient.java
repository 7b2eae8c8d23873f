package vn.thidua.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a screen for tests through the real servlet container: keeps its
 * cookies (session, CSRF), takes the CSRF token from the page a form is on, does not
 * follow redirects.
 */
public final class WebClient {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** Logs in through the login form and expects the dashboard. */
	public WebClient logIn(String username, String password) throws Exception {
		HttpResponse<String> login = post("/login", "/login", Map.of("username", username, "password", password));
		assertThat(login.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", username).endsWith("/");
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Posts a form as the page {@code pagePath} would: the CSRF token is read from that
	 * page.
	 */
	public HttpResponse<String> post(String pagePath, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token(pagePath));
		return postRaw(action, form(all));
	}

	/** Posts an encoded form body as it is (its CSRF token included or not). */
	public HttpResponse<String> postRaw(String action, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The underlying client (its cookies are this client's), for other body types. */
	public java.net.http.HttpClient http() {
		return this.http;
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The CSRF token of a page's forms, or {@code null} when the page does not answer
	 * with one.
	 */
	public String tokenIfAny(String pagePath) throws IOException, InterruptedException {
		HttpResponse<String> page = get(pagePath);
		Matcher token = CSRF.matcher(page.body());
		return (page.statusCode() == 200 && token.find()) ? token.group(1) : null;
	}

	/** The CSRF token of a page's forms. */
	public String token(String pagePath) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(pagePath).body());
		assertThat(token.find()).as("CSRF token on %s", pagePath).isTrue();
		return token.group(1);
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	/** The value of a cookie this client holds, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public static String form(Map<String, String> fields) {
		StringJoiner body = new StringJoiner("&");
		fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

}

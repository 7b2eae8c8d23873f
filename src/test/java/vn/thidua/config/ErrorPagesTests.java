package vn.thidua.config;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.testsupport.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through the real servlet container (MockMvc does not render them):
 * Vietnamese, in the layout, never a stack trace or exception name.
 */
@ServerTest
class ErrorPagesTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	HttpClient client;

	@BeforeEach
	void logIn() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		Matcher csrf = CSRF.matcher(get("/login").body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=cumtruong.tuongduong&password=Demo%402014&_csrf="
					+ java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	@Test
	void anUnknownRecordShowsTheVietnamese404Page() throws Exception {
		HttpResponse<String> response = get("/clusters/987654");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy").contains("Về trang chủ").contains("Đăng xuất");
		assertNoInternals(response.body());
	}

	@Test
	void anUnknownPageShowsThe404Page() throws Exception {
		HttpResponse<String> response = get("/khong-co-trang-nay");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy");
	}

	@Test
	void aMalformedParameterShowsTheBadRequestPage() throws Exception {
		HttpResponse<String> response = get("/clusters?year=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Yêu cầu không hợp lệ");
		assertNoInternals(response.body());
	}

	@Test
	void aPostWithoutCsrfShowsThe403Page() throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/logout"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập");
		assertNoInternals(response.body());
	}

	@Test
	void aMethodNotAllowedShowsThe405PageNot400() throws Exception {
		// a form's address opened directly
		HttpResponse<String> response = get("/rankings/finalize");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains(">405<", "Thao tác không được hỗ trợ").doesNotContain(">400<");
		assertNoInternals(response.body());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception").doesNotContain("at vn.thidua").doesNotContain("Whitelabel");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}

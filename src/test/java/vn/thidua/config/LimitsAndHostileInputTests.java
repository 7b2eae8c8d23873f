package vn.thidua.config;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.ServerTest;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the security audit found at the container's edge, through the real container:
 * limits answered by the app's own Vietnamese pages with the security headers and the
 * user still logged in, hostile input without a 500, concurrency without a 500, no Host
 * header echoed, no unknown language kept.
 */
@ServerTest
class LimitsAndHostileInputTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeQuarter4OfCluster2() {
		new JdbcTemplate(this.dataSource).update("delete from quarterly_reports where year = 2014 and quarter = 4 "
				+ "and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)");
	}

	@Test
	void anUploadOverTheLimitGetsTheVietnamese413PageAndTheUserStaysLoggedIn() throws Exception {
		WebClient leader = new WebClient(this.port).logIn("cumtruong.yenthanh", "Demo@2014");
		String session = leader.cookie("THIDUA_SESSION");
		byte[] body = new byte[53 * 1024 * 1024];
		HttpResponse<String> upload = leader.send(HttpRequest.newBuilder(leader.uri("/reports/1/edit"))
			.header("Content-Type", "multipart/form-data; boundary=xyz")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("Dữ liệu gửi lên quá lớn", "Tệp minh chứng tối đa 10 MB");
		assertSecurityHeaders(upload);
		assertThat(upload.headers().allValues("Set-Cookie"))
			.noneMatch((c) -> c.startsWith("THIDUA_SESSION") || c.startsWith("JSESSIONID"));
		assertThat(leader.cookie("THIDUA_SESSION")).isEqualTo(session);
		assertThat(leader.get("/").statusCode()).isEqualTo(200);

		WebClient stranger = new WebClient(this.port);
		HttpResponse<String> crossSite = stranger.send(HttpRequest.newBuilder(stranger.uri("/reports/1/edit"))
			.header("Content-Type", "multipart/form-data; boundary=xyz")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
		assertThat(crossSite.statusCode()).isEqualTo(413);
		assertThat(stranger.cookie("THIDUA_SESSION")).isNull();
		assertThat(stranger.cookie("JSESSIONID")).isNull();
	}

	@Test
	void aFormOver2MbAndAnAddressOver4096CharactersGetVietnamesePages() throws Exception {
		WebClient staff = new WebClient(this.port).logIn("chuyenvien", "Demo@2014");
		HttpResponse<String> form = staff.postRaw("/meetings", "title=" + "a".repeat(3 * 1024 * 1024));
		assertThat(form.statusCode()).isEqualTo(413);
		assertThat(form.body()).contains("Dữ liệu gửi lên quá lớn");
		assertSecurityHeaders(form);

		HttpResponse<String> url = staff.get("/meetings?q=" + "x".repeat(9000));
		assertThat(url.statusCode()).isEqualTo(414);
		assertThat(url.body()).contains("Địa chỉ quá dài");
		assertSecurityHeaders(url);
		assertThat(staff.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void hostileQueryParametersAndPageNumbersAnswerPagesNot500() throws Exception {
		WebClient director = new WebClient(this.port).logIn("giamdoc", "Demo@2014");
		for (String path : List.of("/meetings?q=%00", "/meetings?q=%E2%80%AEtxt.exe", "/meetings?page=999999999",
				"/audit?page=999999999", "/audit?username=%00admin", "/reports?year=99999999999",
				"/rankings?year=-1&quarter=99", "/clusters?year=%00")) {
			HttpResponse<String> page = director.get(path);
			assertThat(page.statusCode()).as(path).isIn(200, 400);
			assertThat(page.body()).as(path).doesNotContain("Exception");
		}
	}

	@Test
	void aVeryLongFileNameIsShortenedNotAnError() throws Exception {
		WebClient leader = new WebClient(this.port).logIn("cumtruong.yenthanh", "Demo@2014");
		assertThat(leader.post("/reports/new", "/reports", Map.of("year", "2014", "quarter", "4")).statusCode())
			.isEqualTo(302);
		long id = new JdbcTemplate(this.dataSource).queryForObject("select id from quarterly_reports where year = 2014 "
				+ "and quarter = 4 and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)",
				Long.class);
		String token = leader.token("/reports/" + id + "/edit");
		String name = "a".repeat(5000) + ".pdf";
		String boundary = "----thidua";
		String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%âãÏÓ\n\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = leader.send(HttpRequest.newBuilder(leader.uri("/reports/" + id + "/edit"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.ISO_8859_1))
			.build());
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(new JdbcTemplate(this.dataSource)
			.queryForObject("select length(file_name) from attachments where report_id = ?", Integer.class, id))
			.isEqualTo(200);
	}

	@Test
	void theSameReportCreatedManyTimesAtOnceIsOneReportWithout500() throws Exception {
		WebClient leader = new WebClient(this.port).logIn("cumtruong.yenthanh", "Demo@2014");
		String token = leader.token("/reports/new");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 48; i++) {
				answers.add(pool.submit(() -> leader.postRaw("/reports",
						WebClient.form(Map.of("_csrf", token, "year", "2014", "quarter", "4")))));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			System.out.println("48 concurrent creations of one report, statuses: " + statuses);
			assertThat(statuses).doesNotContain(500).allMatch((s) -> s == 302 || s == 200);
		}
		finally {
			pool.shutdown();
		}
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("select count(*) from quarterly_reports where "
				+ "year = 2014 and quarter = 4 and cluster_id = (select id from clusters where name = 'Cụm 2' "
				+ "and year = 2014)", Integer.class))
			.isEqualTo(1);
		assertThat(leader.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void redirectsNeverNameTheHostTheRequestCameWith() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /reports HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			String head = response.toString(StandardCharsets.ISO_8859_1);
			assertThat(head).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
		}
	}

	@Test
	void onlyVietnameseAndEnglishAreKeptAsTheLanguage() throws Exception {
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> unknown = visitor.get("/login?lang=xx");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("thidua-lang"));
		assertThat(unknown.body()).contains("Đăng nhập");
		HttpResponse<String> english = visitor.get("/login?lang=en");
		assertThat(english.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("thidua-lang=en"));
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
	}

}

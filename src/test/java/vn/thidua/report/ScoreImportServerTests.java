package vn.thidua.report;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The import over HTTP with committed transactions (MockMvc tests roll back and so never
 * reach a commit): the import page and the template open, a preview leaves the report's
 * version as it was, and its confirmation is accepted.
 */
@ServerTest
class ScoreImportServerTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheDraft() {
		new JdbcTemplate(this.dataSource).update("delete from quarterly_reports where year = 2014 and quarter = 4 "
				+ "and cluster_id = (select id from clusters where name = 'Cụm 1' and year = 2014)");
	}

	@Test
	void previewThenConfirmOverHttp() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		WebClient client = new WebClient(this.port).logIn("cumtruong.quynhluu", "Demo@2014");
		assertThat(client.post("/reports/new", "/reports", Map.of("year", "2014", "quarter", "4")).statusCode())
			.isEqualTo(302);
		long report = jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "where c.name = 'Cụm 1' and r.year = 2014 and r.quarter = 4", Long.class);
		int before = jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class, report);

		assertThat(client.get("/reports/" + report + "/import").statusCode()).isEqualTo(200);
		HttpResponse<byte[]> template = client.http()
			.send(HttpRequest.newBuilder(client.uri("/reports/" + report + "/import/template.xlsx")).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(template.statusCode()).isEqualTo(200);

		String boundary = "----bien" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String token = client.token("/reports/" + report + "/import");
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mau.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(template.body());
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> preview = client.send(HttpRequest.newBuilder(client.uri("/reports/" + report + "/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("data-testid=\"import-preview\"");
		// reading and previewing change nothing of the report
		assertThat(jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class, report))
			.isEqualTo(before);

		Matcher confirm = Pattern.compile("action=\"(/reports/\\d+/import/\\d+)\"").matcher(preview.body());
		assertThat(confirm.find()).isTrue();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(preview.body());
		assertThat(version.find()).isTrue();
		HttpResponse<String> done = client.postRaw(confirm.group(1), WebClient
			.form(Map.of("version", version.group(1), "_csrf", client.token("/reports/" + report + "/import"))));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/reports/" + report + "/edit");
		assertThat(
				jdbc.queryForObject("select count(*) from attachments where report_id = ? and file_name = 'mau.xlsx'",
						Integer.class, report))
			.isEqualTo(1);
	}

}

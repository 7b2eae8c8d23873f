package vn.thidua.unit;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.ServerTest;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two administrators save the department at the same moment, over real HTTP with
 * committed transactions: a correction of the same period read at the same version is
 * saved once and the other refused with what was typed kept; two new periods from
 * different days end up one after the other, never overlapping.
 */
@ServerTest
class DepartmentSavesAtOnceServerTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	Map<String, Object> before;

	@BeforeEach
	void remember() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.before = this.jdbc.queryForMap("select d.* from departments d join provinces p on p.id = d.province_id "
				+ "where p.code = '40' and d.valid_to is null");
	}

	@AfterEach
	void restore() {
		this.jdbc.update("delete from departments where province_id = ? and valid_from > date '2026-12-31'",
				this.before.get("province_id"));
		this.jdbc.update("update departments set name = ?, valid_to = null where id = ?", this.before.get("name"),
				this.before.get("id"));
	}

	@Test
	void twoCorrectionsOfTheSameVersionSaveOnce() throws Exception {
		long id = ((Number) this.before.get("id")).longValue();
		String version = this.before.get("version").toString();
		List<HttpResponse<String>> answers = atOnce(List.of("Bản thứ nhất", "Bản thứ hai"), (client, name) -> client
			.post("/admin/department/" + id, "/admin/department/" + id, fields(name, Map.of("version", version))));
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
		HttpResponse<String> refused = answers.stream().filter((a) -> a.statusCode() == 200).findFirst().orElseThrow();
		assertThat(refused.body()).contains("vừa được người khác lưu");
		String saved = this.jdbc.queryForObject("select name from departments where id = ?", String.class, id);
		assertThat(saved).isIn("Bản thứ nhất", "Bản thứ hai");
		// the refused one kept its own text
		assertThat(refused.body())
			.contains("value=\"" + (saved.equals("Bản thứ nhất") ? "Bản thứ hai" : "Bản thứ nhất") + "\"");
		assertThat(this.jdbc.queryForObject("select version from departments where id = ?", Integer.class, id))
			.isEqualTo(Integer.parseInt(version) + 1);
	}

	@Test
	void twoNewPeriodsAtOnceFollowEachOther() throws Exception {
		List<HttpResponse<String>> answers = atOnce(List.of("01/01/2027", "01/07/2027"), (client, day) -> client
			.post("/admin/department", "/admin/department", fields("Sở từ " + day, Map.of("validFrom", day))));
		// the second to get the lock either follows the first or is refused for starting
		// before it
		assertThat(answers).extracting(HttpResponse::statusCode).contains(302);
		List<Map<String, Object>> periods = this.jdbc.queryForList(
				"select valid_from, valid_to from departments where province_id = ? order by valid_from nulls first",
				this.before.get("province_id"));
		for (int i = 1; i < periods.size(); i++) {
			java.sql.Date end = (java.sql.Date) periods.get(i - 1).get("valid_to");
			java.sql.Date start = (java.sql.Date) periods.get(i).get("valid_from");
			assertThat(end.toLocalDate().plusDays(1)).as("period %d follows the one before", i)
				.isEqualTo(start.toLocalDate());
		}
		assertThat(periods.get(periods.size() - 1).get("valid_to")).isNull();
	}

	private interface Save {

		HttpResponse<String> save(WebClient client, String value) throws Exception;

	}

	private List<HttpResponse<String>> atOnce(List<String> values, Save save) throws Exception {
		List<WebClient> clients = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			clients.add(new WebClient(this.port).logIn("admin", "Demo@2014"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(values.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				WebClient client = clients.get(i);
				String value = values.get(i);
				futures.add(pool.submit(() -> {
					start.await();
					return save.save(client, value);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, String> fields(String name, Map<String, String> more) {
		Map<String, String> fields = new LinkedHashMap<>(more);
		fields.put("name", name);
		fields.put("shortName", "Sở KHCN");
		fields.put("symbol", "SKHCN");
		fields.put("governingBody", "Ủy ban nhân dân tỉnh Nghệ An");
		fields.put("governingBodyShort", "UBND tỉnh Nghệ An");
		fields.put("place", "Nghệ An");
		fields.put("headTitle", "Giám đốc");
		fields.put("sector", "ngành Khoa học và Công nghệ");
		return fields;
	}

}

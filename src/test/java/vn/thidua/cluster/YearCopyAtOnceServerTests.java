package vn.thidua.cluster;

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

import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.testsupport.ServerTest;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two administrators confirm the same plan of a year copied across the reform at the same
 * moment, over real HTTP with committed transactions: the year's clusters are created
 * once, the other confirmation is refused with the year named and the plan shown again.
 */
@ServerTest
class YearCopyAtOnceServerTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheCopy() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("delete from cluster_members where year = 2027");
		jdbc.update("delete from clusters where year = 2027");
	}

	@Test
	void twoConfirmationsOfOnePlanCreateTheYearOnce() throws Exception {
		String plan = "/admin/clusters/copy/plan?from=2014&to=2027&rotate=true";
		List<WebClient> admins = List.of(new WebClient(this.port).logIn("admin", "Demo@2014"),
				new WebClient(this.port).logIn("admin", "Demo@2014"));
		List<Map<String, String>> forms = new ArrayList<>();
		int planned = 0;
		for (WebClient admin : admins) {
			HttpResponse<String> page = admin.get(plan);
			assertThat(page.statusCode()).isEqualTo(200);
			FormElement form = (FormElement) Jsoup.parse(page.body()).selectFirst("form[data-testid=copy-plan]");
			Map<String, String> fields = new LinkedHashMap<>();
			form.formData()
				.stream()
				.filter((kv) -> !kv.key().equals("_csrf"))
				.forEach((kv) -> fields.put(kv.key(), kv.value()));
			forms.add(fields);
			planned = form.select("[data-testid=planned-cluster]").size();
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<HttpResponse<String>> answers = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				WebClient admin = admins.get(i);
				Map<String, String> fields = forms.get(i);
				futures.add(pool.submit(() -> {
					start.await();
					return admin.post(plan, "/admin/clusters/copy/plan/confirm", fields);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
		HttpResponse<String> refused = answers.stream().filter((a) -> a.statusCode() == 200).findFirst().orElseThrow();
		assertThat(HtmlUtils.htmlUnescape(refused.body()))
			.contains("Năm 2027 đã có cụm thi đua; hãy sửa từng cụm thay vì sao chép.", "data-testid=\"copy-plan\"");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from clusters where year = 2027", Integer.class))
			.isEqualTo(planned);
		assertThat(jdbc.queryForObject(
				"select count(*) - count(distinct unit_id) from cluster_members where year = 2027", Integer.class))
			.isZero();
	}

}

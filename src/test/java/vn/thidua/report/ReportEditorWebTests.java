package vn.thidua.report;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.report.web.ReportForm;
import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leader's editor through HTTP with real commits (optimistic locking only shows at
 * commit): messages at the field with the input shown back, nothing saved on error, the
 * conflict of two people saving one report, one batched transaction per save, constant
 * SQL per page.
 */
@IntegrationTest
class ReportEditorWebTests {

	static final String LEADER = "cumtruong.yenthanh";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	long id;

	RequestPostProcessor leader;

	@BeforeEach
	void draft() {
		this.id = this.transactions.execute((tx) -> this.fixtures.newDraft(LEADER));
		this.leader = user(this.fixtures.user(LEADER));
	}

	@AfterEach
	void removeQuarter4() {
		this.transactions.executeWithoutResult((tx) -> this.fixtures.entityManager
			// the drafts these tests make (Cụm 1, Cụm 2): the demo's fourth quarter of
			// Cụm 3
			// stays
			.createNativeQuery("delete from quarterly_reports where year = 2014 and quarter = 4 and cluster_id in "
					+ "(select id from clusters where name in ('Cụm 1', 'Cụm 2') and year = 2014)")
			.executeUpdate());
	}

	@Test
	void theEditorShowsEveryUnitAndCriterionWithItsMaximum() throws Exception {
		String html = this.mvc.perform(get("/reports/{id}/edit", this.id).with(this.leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the page carries the leader's 21 rows; the other 7 units' panels have their
		// address, fetched when their tab is chosen
		assertThat(html.split("class=\"form-control form-control-sm points-input", -1)).hasSize(21 + 1);
		assertThat(html).contains("Soạn báo cáo quý IV/2014 – Cụm 2").contains("Yên Thành").contains("Vinh");
		assertThat(html).contains("6.1 Cán bộ, công chức dùng hộp thư điện tử công vụ");
		java.util.List<String> sources = java.util.regex.Pattern.compile("data-src=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map((m) -> m.group(1))
			.toList();
		assertThat(sources).hasSize(7);
		java.util.Set<String> names = new java.util.HashSet<>();
		java.util.regex.Pattern name = java.util.regex.Pattern.compile("name=\"(points\\[[^\"]+\\])\"");
		name.matcher(html).results().forEach((m) -> names.add(m.group(1)));
		for (String source : sources) {
			String panel = this.mvc.perform(get(source).with(this.leader))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(panel).doesNotContain("<html").contains("6.1 Cán bộ, công chức dùng hộp thư điện tử công vụ");
			name.matcher(panel).results().forEach((m) -> names.add(m.group(1)));
		}
		assertThat(names).as("every unit's and criterion's field, once").hasSize(168);
		// a unit of another cluster: not found
		long other = this.fixtures
			.count("select id from units where level = 'DISTRICT_LEVEL' and name = 'Tương Dương'");
		this.mvc.perform(get("/reports/{id}/edit/panel/{d}", this.id, other).with(this.leader))
			.andExpect(status().isNotFound());
		// the same unit asked for: the page opens on it with its rows
		String opened = this.mvc
			.perform(get("/reports/{id}/edit", this.id).param("unit", sources.get(0).replaceAll(".*/", ""))
				.with(this.leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(opened).contains("data-unit=\"" + sources.get(0).replaceAll(".*/", "") + "\"");
	}

	@Test
	void rowsOfTabsNeverOpenedAreNotSentAndStayAsSaved() throws Exception {
		Map<String, String> all = formOf("2");
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(all)))
			.andExpect(redirectedUrl("/reports/" + this.id + "/edit"));
		// the page sends the leader's unit only (the others' tabs never opened), and
		// says it was on that unit
		String[] keys = pointKeys(all);
		String leaderUnit = keys[0].substring(0, keys[0].indexOf('_'));
		Map<String, String> one = new java.util.HashMap<>();
		one.put("version", Long.toString(version()));
		one.put("results", all.get("results"));
		one.put("nextFocus", all.get("nextFocus"));
		one.put("panel", leaderUnit);
		for (String key : keys) {
			if (key.startsWith(leaderUnit + "_")) {
				one.put("points[" + key + "]", "3");
				one.put("notes[" + key + "]", "");
			}
		}
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(one)))
			.andExpect(redirectedUrl("/reports/" + this.id + "/edit?unit=" + leaderUnit));
		assertThat(
				this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points = 3", this.id))
			.isEqualTo(21);
		assertThat(
				this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points = 2", this.id))
			.isEqualTo(168 - 21);
		// without the page's script a tab's button saves the draft and opens that
		// unit
		String next = keys[keys.length - 1].substring(0, keys[keys.length - 1].indexOf('_'));
		one.put("version", Long.toString(version()));
		one.put("open", next);
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(one)))
			.andExpect(redirectedUrl("/reports/" + this.id + "/edit?unit=" + next));
		one.remove("open");
		// a submission refused (the narrative missing): the page comes back with every
		// unit's rows
		one.put("version", Long.toString(version()));
		one.put("nextFocus", "");
		String refused = this.mvc
			.perform(post("/reports/{id}/submit", this.id).with(this.leader).with(csrf()).params(params(one)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused.split("class=\"form-control form-control-sm points-input", -1)).hasSize(168 + 1);
		assertThat(refused).doesNotContain("data-src=");
	}

	@Test
	void badPointsComeBackAsTypedWithAVietnameseMessageAndNothingIsSaved() throws Exception {
		Map<String, String> form = formOf("2");
		String[] keys = pointKeys(form);
		form.put("points[" + keys[0] + "]", "abc");
		form.put("points[" + keys[1] + "]", "99");
		form.put("points[" + keys[2] + "]", "1,234");
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Điểm phải là số không âm, tối đa hai chữ số thập phân (ví dụ 6 hoặc 6,5).")))
			.andExpect(content().string(containsString("Điểm phải từ 0 đến ")))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"1,234\"")))
			.andExpect(content().string(containsString("Chưa lưu: có 3 ô cần sửa")));
		assertThat(savedPoints()).isZero();
		assertThat(version()).isZero();
	}

	@Test
	void submittingWithoutResultsSaysSoAtTheField() throws Exception {
		Map<String, String> form = formOf("2");
		form.put("results", "");
		this.mvc.perform(post("/reports/{id}/submit", this.id).with(this.leader).with(csrf()).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập nội dung này.")));
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", this.id))
			.containsEntry("status", "DRAFT");
	}

	@Test
	void theSecondOfTwoSavesFromTheSamePageIsRefusedWithItsInputShownBack() throws Exception {
		Map<String, String> first = formOf("2");
		Map<String, String> second = formOf("1,5");
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(first)))
			.andExpect(redirectedUrl("/reports/" + this.id + "/edit"));
		this.mvc.perform(post("/reports/{id}/edit", this.id).with(this.leader).with(csrf()).params(params(second)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Báo cáo vừa được người khác thay đổi.")))
			.andExpect(content().string(containsString("value=\"1,5\"")));
		assertThat(
				this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points = 2", this.id))
			.isEqualTo(168);
		assertThat(version()).isPositive();
	}

	@Test
	void savingAFullReportWritesInBatches() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc
			.perform(post("/reports/{id}/submit", this.id).with(this.leader).with(csrf()).params(params(formOf("3"))))
			.andExpect(redirectedUrl("/reports/" + this.id));
		assertThat(statistics.getEntityUpdateCount()).isGreaterThanOrEqualTo(168);
		assertThat(statistics.getEntityInsertCount()).isGreaterThanOrEqualTo(168); // the
																					// score
																					// history
		// 168 updates and 168 inserts, one statement each, would be over 336
		assertThat(statistics.getPrepareStatementCount()).isLessThan(30);
		assertThat(this.fixtures.row("select status from quarterly_reports where id = ?1", this.id))
			.containsEntry("status", "SUBMITTED");
	}

	@Test
	void editorAndDetailPagesRunTheSameNumberOfStatementsWhateverTheClusterSize() throws Exception {
		long small = this.transactions.execute((tx) -> this.fixtures.newDraft("cumtruong.quynhluu"));
		RequestPostProcessor smallLeader = user(this.fixtures.user("cumtruong.quynhluu"));
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long[] counts = new long[4];
		int i = 0;
		for (MockHttpServletRequestBuilder page : new MockHttpServletRequestBuilder[] {
				get("/reports/{id}/edit", this.id).with(this.leader),
				get("/reports/{id}/edit", small).with(smallLeader), get("/reports/{id}", this.id).with(this.leader),
				get("/reports/{id}", small).with(smallLeader) }) {
			statements.reset();
			this.mvc.perform(page).andExpect(status().isOk());
			counts[i++] = statements.count();
		}
		assertThat(counts[0]).as("editor, 8 and 7 units").isEqualTo(counts[1]).isLessThanOrEqualTo(6);
		assertThat(counts[2]).as("detail, 8 and 7 units").isEqualTo(counts[3]).isLessThanOrEqualTo(9);
	}

	private Map<String, String> formOf(String points) {
		ReportForm form = this.transactions.execute((tx) -> this.fixtures.filledForm(LEADER, this.id, points));
		Map<String, String> params = new java.util.HashMap<>();
		params.put("version", Integer.toString(form.getVersion()));
		params.put("results", form.getResults());
		params.put("nextFocus", form.getNextFocus());
		form.getPoints().forEach((key, value) -> params.put("points[" + key + "]", points));
		return params;
	}

	private static String[] pointKeys(Map<String, String> form) {
		return form.keySet()
			.stream()
			.filter((k) -> k.startsWith("points["))
			.map((k) -> k.substring(7, k.length() - 1))
			.sorted()
			.toArray(String[]::new);
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	private long savedPoints() {
		return this.fixtures.count("select count(*) from scores where report_id = ?1 and leader_points is not null",
				this.id);
	}

	private long version() {
		return this.fixtures.count("select version from quarterly_reports where id = ?1", this.id);
	}

}

package vn.thidua;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.Field;
import vn.thidua.unit.UnitType;
import vn.thidua.meeting.MeetingKind;
import vn.thidua.ranking.Award;
import vn.thidua.shared.Role;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every select (and group of checkboxes) offered to a user holds the options that its
 * action accepts for that user: each offered option is accepted (no error at its field),
 * and what is not offered is refused. Options are read from the rendered page.
 */
@IntegrationTest
@Transactional
class SelectOptionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void jdbc() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void theAdjustSelectOffersExactlyTheScoresOfTheReport() throws Exception {
		long report = this.jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on c.id = "
				+ "r.cluster_id where c.name = 'Cụm 2' and r.year = 2014 and r.quarter = 1", Long.class);
		this.jdbc.update("update quarterly_reports set status = 'SUBMITTED', approved_at = null, approved_by = null "
				+ "where id = ?", report);
		List<String> offered = options(page("chuyenvien", "/reports/" + report), "adjust-score");
		List<String> scores = this.jdbc.queryForList("select id::text from scores where report_id = ?", String.class,
				report);
		assertThat(offered).first().isEqualTo("");
		assertThat(offered.subList(1, offered.size())).containsExactlyInAnyOrderElementsOf(scores).hasSize(8 * 21);

		long other = this.jdbc.queryForObject("select min(s.id) from scores s where s.report_id <> ?", Long.class,
				report);
		int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
				report);
		this.mvc
			.perform(post("/reports/{id}/adjust", report).with(csrf())
				.with(as("chuyenvien"))
				.param("version", Integer.toString(version))
				.param("scoreId", Long.toString(other))
				.param("points", "1")
				.param("text", "Thử"))
			.andExpect(status().isNotFound());
	}

	@Test
	void meetingSelectsOfferWhatTheMeetingAccepts() throws Exception {
		// a leader: its own cluster only, no "no cluster"
		List<String> leader = options(page("cumtruong.quynhluu", "/meetings/new"), "clusterId");
		assertThat(leader).containsExactly(cluster("Cụm 1").toString());
		assertThat(meetingFieldErrors("cumtruong.quynhluu", "clusterId", leader.get(0))).isFalse();
		assertThat(meetingFieldErrors("cumtruong.quynhluu", "clusterId", cluster("Cụm 2").toString())).isTrue();
		assertThat(meetingFieldErrors("cumtruong.quynhluu", "clusterId", "")).isTrue();

		// the department: every cluster of the year, or none
		String staffPage = page("chuyenvien", "/meetings/new?year=2014");
		List<String> staff = options(staffPage, "clusterId");
		assertThat(staff).containsExactlyInAnyOrder("", cluster("Cụm 1").toString(), cluster("Cụm 2").toString(),
				cluster("Cụm 3").toString());
		for (String option : staff) {
			assertThat(meetingFieldErrors("chuyenvien", "clusterId", option)).as(option).isFalse();
		}
		long hagiang = this.jdbc.queryForObject(
				"select min(d.id) from units d join provinces p on " + "p.id = d.province_id where p.code = '02'",
				Long.class);

		// units: the province's units of the year, as host, task and participant
		List<String> hosts = options(staffPage, "hostUnitId");
		List<String> units = this.jdbc.queryForList(
				"select d.id::text from units d join provinces p on "
						+ "p.id = d.province_id where p.code = '40' and d.level = 'DISTRICT_LEVEL' "
						+ "and (d.valid_from is null or d.valid_from <= "
						+ "date '2014-12-31') and (d.valid_to is null or d.valid_to >= date '2014-01-01')",
				String.class);
		assertThat(hosts.subList(1, hosts.size())).containsExactlyInAnyOrderElementsOf(units);
		assertThat(options(staffPage, "tasks0.unitId").subList(1, hosts.size()))
			.containsExactlyInAnyOrderElementsOf(units);
		assertThat(checkboxes(staffPage, "participantIds")).containsExactlyInAnyOrderElementsOf(units);
		for (String option : hosts) {
			assertThat(meetingFieldErrors("chuyenvien", "hostUnitId", option)).as(option).isFalse();
			assertThat(meetingFieldErrors("chuyenvien", "participantIds", option)).as(option).isFalse();
			assertThat(meetingFieldErrors("chuyenvien", "tasks[0].unitId", option)).as(option).isFalse();
		}
		assertThat(meetingFieldErrors("chuyenvien", "hostUnitId", Long.toString(hagiang))).isTrue();
		assertThat(meetingFieldErrors("chuyenvien", "participantIds", Long.toString(hagiang))).isTrue();
		assertThat(options(staffPage, "kind").subList(1, MeetingKind.values().length + 1))
			.containsExactlyElementsOf(names(MeetingKind.values()));
	}

	@Test
	void userFormSelectsOfferWhatTheUserAccepts() throws Exception {
		String page = page("admin", "/admin/users/new");
		List<String> roles = options(page, "role");
		assertThat(roles.subList(1, roles.size())).containsExactlyElementsOf(names(Role.values()));
		List<String> units = options(page, "unitId");
		for (String unit : units.subList(1, units.size())) {
			BindingResult result = userForm("UNIT", unit);
			assertThat(result.hasFieldErrors("unitId")).as(unit).isFalse();
			assertThat(result.hasFieldErrors("role")).isFalse();
		}
		long hagiang = this.jdbc.queryForObject(
				"select min(d.id) from units d join provinces p on " + "p.id = d.province_id where p.code = '02'",
				Long.class);
		assertThat(userForm("UNIT", Long.toString(hagiang)).hasFieldErrors("unitId")).isTrue();
	}

	@Test
	void fixedListsOfferEveryValueTheirActionTakes() throws Exception {
		assertThat(options(page("cumtruong.quynhluu", "/reports/new"), "quarter")).containsExactly("1", "2", "3", "4");
		String units = page("admin", "/admin/units");
		assertThat(options(units, "type")).containsAll(names(UnitType.values()));
		long set = this.jdbc.queryForObject("select id from criteria_sets where year = 2014", Long.class);
		this.jdbc.update("update criteria_sets set status = 'DRAFT', published_at = null where id = ?", set);
		String group = page("admin", "/admin/criteria/" + set + "/items/new");
		assertThat(options(group, "field")).containsAll(names(Field.values()));
		assertThat(options(group, "kind")).containsAll(names(CriterionKind.values()));
		String rankings = page("giamdoc", "/rankings?year=2014");
		Matcher award = Pattern.compile("<select[^>]*name=\"awards\\[\\d+\\]\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(rankings);
		assertThat(award.find()).isTrue();
		// the awards of the year's rules (2014: the flag and the certificate), and no
		// other
		assertThat(values(award.group(1))).containsExactly(Award.NONE.name(), Award.CO_THI_DUA.name(),
				Award.BANG_KHEN.name());
		assertThat(options(page("admin", "/admin/clusters"), "from")).containsExactly("2026", "2014");
	}

	private boolean meetingFieldErrors(String username, String field, String value) throws Exception {
		MockHttpServletRequestBuilder request = post("/meetings").with(csrf())
			.with(as(username))
			.param("kind", "GIAO_BAN_CUM")
			.param("title", "")
			.param("startDate", "10/05/2014")
			.param("endDate", "10/05/2014");
		if (!"clusterId".equals(field) && "cumtruong.quynhluu".equals(username)) {
			request.param("clusterId", cluster("Cụm 1").toString());
		}
		if ("tasks[0].unitId".equals(field)) {
			// a task without a unit names a department unit instead
			request.param("tasks[0].title", "Việc thử").param("tasks[0].office", value.isEmpty() ? "Phòng CNTT" : "");
		}
		request.param(field, value);
		BindingResult result = (BindingResult) this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(result.hasFieldErrors("title")).isTrue();
		return result.hasFieldErrors(field);
	}

	private BindingResult userForm(String role, String unit) throws Exception {
		return (BindingResult) this.mvc
			.perform(post("/admin/users").with(csrf())
				.with(as("admin"))
				.param("username", "chuyenvien")
				.param("fullName", "Thử")
				.param("role", role)
				.param("unitId", unit)
				.param("password", "Tam-thoi-2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
	}

	private String page(String username, String uri) throws Exception {
		return this.mvc.perform(get(uri).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The option values of the select with this id, in page order. */
	static List<String> options(String page, String id) {
		Matcher select = Pattern
			.compile("<select[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		assertThat(select.find()).as("select #" + id).isTrue();
		return values(select.group(1));
	}

	private static List<String> values(String options) {
		List<String> values = new ArrayList<>();
		Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(options);
		while (option.find()) {
			values.add(option.group(1));
		}
		return values;
	}

	/** The values of the checkboxes named so. */
	static Set<String> checkboxes(String page, String name) {
		Set<String> values = new LinkedHashSet<>();
		Matcher input = Pattern.compile("<input[^>]*>").matcher(page);
		while (input.find()) {
			String tag = input.group();
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
			if (tag.contains("type=\"checkbox\"") && tag.contains("name=\"" + name + "\"") && value.find()) {
				values.add(value.group(1));
			}
		}
		return values;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private Long cluster(String name) {
		return this.jdbc.queryForObject("select id from clusters where name = ? and year = 2014", Long.class, name);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

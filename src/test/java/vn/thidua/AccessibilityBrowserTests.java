package vn.thidua;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, on a desktop (1366 × 768) and a phone (390 × 844), checked by
 * axe-core against WCAG 2.1 A and AA: no serious and no critical violation. The pages are
 * those the role reaches, with real objects (a draft for the editor and the
 * self-assessment, a submitted report for the review panel). On the phone the page must
 * not scroll sideways either.
 */
@BrowserTest
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	long submitted;

	@BeforeEach
	void aSubmittedReport() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.submitted = this.jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on "
				+ "c.id = r.cluster_id where c.name = 'Cụm 2' and r.year = 2014 and r.quarter = 3", Long.class);
		this.jdbc.update("update quarterly_reports set status = 'SUBMITTED', approved_at = null, approved_by = null "
				+ "where id = ?", this.submitted);
		// a draft of next year's rules, to check its form
		this.jdbc.update("insert into rule_sets (province_id, year, periods, weights, deadline_day) "
				+ "select province_id, 2016, 'HALF_YEARS', '{40,60}', 15 from rule_sets where year = 2014");
		this.jdbc.update("insert into rule_bands (rule_set_id, position, code, name, lower_bound) select "
				+ "(select id from rule_sets where year = 2016), position, code, name, lower_bound from rule_bands "
				+ "where rule_set_id = (select id from rule_sets where year = 2014)");
	}

	@AfterEach
	void putItBack() {
		this.jdbc.update("delete from rule_sets where year = 2016");
		// only the closing this test opens: the demo's closing of Cụm 3 stays
		this.jdbc.update("delete from cluster_closings where cluster_id = "
				+ "(select id from clusters where name = 'Cụm 1' and year = 2014)");
		this.jdbc.update(
				"update quarterly_reports set status = 'APPROVED', approved_at = submitted_at, "
						+ "approved_by = (select id from app_users where username = 'chuyenvien') where id = ?",
				this.submitted);
		this.jdbc.update("delete from quarterly_reports where year = 2014 and quarter = 4 "
				+ "and cluster_id = (select id from clusters where name = 'Cụm 1' and year = 2014)");
	}

	@Test
	void noPageOfAnyRoleHasASeriousOrCriticalViolation() {
		long cluster = one("select id from clusters where name = 'Cụm 2' and year = 2014");
		long approved = one("select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "where c.name = 'Cụm 3' and r.year = 2014 and r.quarter = 1");
		long meeting = one("select min(id) from meetings");
		long user = one("select id from app_users where username = 'huyen.dienchau'");
		long set = one("select id from criteria_sets where year = 2014");
		long criterion = one("select max(id) from criteria");
		List<String> found = new ArrayList<>();
		int checked = 0;
		try (Browser browser = Browser.open(this.port)) {
			checked += check(browser, "anonymous", List.of("/login", "/login?error", "/login?logout"), found);

			browser.logIn("cumtruong.quynhluu", "Demo@2014");
			browser.get("/reports/new");
			browser.clickAndWait(org.openqa.selenium.By.cssSelector("main form button[type=submit]"));
			long draft = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/reports/(\\d+)/edit$", "$1"));
			long cluster1 = one("select id from clusters where name = 'Cụm 1' and year = 2014");
			browser.get("/clusters/" + cluster1 + "/closing");
			browser.clickAndWait(org.openqa.selenium.By.cssSelector("[data-testid=open-closing]"));
			Map<String, List<String>> pages = new LinkedHashMap<>();
			pages.put("cumtruong.quynhluu",
					List.of("/", "/clusters", "/clusters/" + cluster, "/criteria", "/reports", "/reports/new",
							"/reports/" + draft, "/reports/" + draft + "/edit", "/reports/" + draft + "/import",
							"/clusters/" + cluster1 + "/closing", "/clusters/" + cluster1 + "/covenant",
							"/clusters/" + cluster1 + "/documents", "/meetings", "/meetings/new",
							"/meetings/" + meeting, "/rankings", "/rankings?year=2014&quarter=2", "/account/password",
							"/khong-co-trang-nay", "/year", "/clusters/" + cluster1 + "/year", "/guide"));
			pages.put("huyen.dienchau",
					List.of("/", "/notifications", "/account/notifications", "/reports",
							"/reports/" + draft + "/self-assessment", "/rankings?year=2014", "/meetings/" + meeting,
							"/clusters/" + cluster1 + "/closing"));
			pages.put("chuyenvien", List.of("/", "/reports/" + this.submitted, "/reports?year=2014", "/meetings/new",
					"/admin/rules?year=2014", "/admin/rules?year=2016", "/admin/rules?year=2017"));
			long cluster3 = one("select id from clusters where name = 'Cụm 3' and year = 2014");
			pages.put("giamdoc",
					List.of("/", "/rankings?year=2014", "/reports/" + approved, "/audit", "/admin/rules?year=2014",
							"/year?year=2014", "/year", "/guide?role=STAFF", "/awards?year=2014",
							"/clusters/" + cluster3 + "/closing", "/clusters/" + cluster3 + "/covenant",
							"/clusters/" + cluster3 + "/documents"));
			pages.put("admin", List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/" + user,
					"/admin/clusters", "/admin/clusters/new?year=2014", "/admin/clusters/" + cluster,
					"/admin/criteria?year=2014", "/admin/criteria/" + set + "/items/new",
					"/admin/criteria/items/" + criterion, "/admin/units",
					"/admin/units?level=COMMUNE_LEVEL&validity=ALL",
					"/admin/units/"
							+ one("select id from units where code = '17329' and valid_from = date '2025-07-01'"),
					"/admin/units/" + one("select id from units where code = '424'"), "/admin/units/import",
					"/admin/department", "/admin/department/" + one("select min(id) from departments"), "/admin/mail"));
			boolean first = true;
			for (Map.Entry<String, List<String>> role : pages.entrySet()) {
				if (!first) {
					browser.logOut();
					browser.logIn(role.getKey(), "Demo@2014");
				}
				first = false;
				checked += check(browser, role.getKey(), role.getValue(), found);
			}
		}
		System.out.printf("accessibility: %d page views (desktop and phone), %d serious or critical violations%n",
				checked, found.size());
		assertThat(found).isEmpty();
	}

	private int check(Browser browser, String who, List<String> paths, List<String> found) {
		int checked = 0;
		for (String path : paths) {
			// each page loaded once, then checked at both sizes: no script of the app
			// lays a page out by the window's size, the style sheet's media queries do
			browser.size(1366, 768);
			browser.get(path);
			for (int[] size : new int[][] { { 1366, 768 }, { 390, 844 } }) {
				browser.size(size[0], size[1]);
				for (String violation : browser.seriousAccessibilityViolations()) {
					found.add(who + " " + path + " @" + size[0] + ": " + violation);
				}
				if (size[0] == 390) {
					// a phone: the page itself never scrolls sideways (wide tables scroll
					// in
					// their own box)
					List<?> widths = (List<?>) browser.script(
							"return [document.documentElement.clientWidth, " + "document.documentElement.scrollWidth]");
					long client = ((Number) widths.get(0)).longValue();
					long scroll = ((Number) widths.get(1)).longValue();
					assertThat(client).as("the phone viewport of " + path).isLessThanOrEqualTo(390);
					if (scroll > client) {
						found.add(who + " " + path + " @390: the page scrolls sideways (" + scroll + " > " + client
								+ ")");
					}
				}
				checked++;
			}
		}
		browser.size(1366, 900);
		return checked;
	}

	private long one(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}

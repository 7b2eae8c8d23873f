package vn.thidua;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh start holds Nghệ An's 2026 as a two-tier province: ten clusters of its 130
 * communes and wards, said to be an illustrative grouping; their third-quarter rankings
 * give each unit the band its total and its weakest criterion allow under the 2026 floors
 * (recomputed here from the scores, apart from the app's calculator), and say which floor
 * kept a unit out of a better band.
 */
@IntegrationTest
class NgheAn2026DemoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theClustersOfCommunesOf2026AreShownAsAnIllustrativeGrouping() throws Exception {
		Document page = page("chuyenvien", "/clusters?year=2026");
		assertThat(page.select("[data-testid=illustrative-note]").text())
			.startsWith("Các cụm năm này là cách chia minh họa");
		assertThat(this.jdbc.queryForObject("select count(*) from clusters c join provinces p on p.id = c.province_id "
				+ "where p.code = '40' and c.year = 2026", Integer.class))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct m.unit_id) from cluster_members m "
						+ "join units u on u.id = m.unit_id where m.year = 2026 and u.level = 'COMMUNE_LEVEL'",
				Integer.class))
			.isEqualTo(130);
		for (String name : this.jdbc.queryForList("select name from clusters where year = 2026", String.class)) {
			assertThat(page.text()).contains(name);
		}
	}

	@Test
	void theBandsOf2026ObeyTheFloorsAndSayWhichOneKeptAUnitOut() throws Exception {
		// total and weakest scored criterion of each unit in Q3 2026, from the scores
		Map<String, BigDecimal[]> units = new HashMap<>();
		this.jdbc.query("""
				select u.name,
				       sum(case cr.kind when 'PENALTY' then -s.final_points else s.final_points end) as total,
				       min(case when cr.kind = 'SCORE' then s.final_points * 100 / cr.max_points end) as weakest
				from scores s
				join quarterly_reports r on r.id = s.report_id and r.year = 2026 and r.quarter = 3
				join criteria cr on cr.id = s.criterion_id
				join units u on u.id = s.unit_id
				group by u.name""", (java.sql.ResultSet rs) -> {
			units.put(rs.getString(1), new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3) });
		});
		assertThat(units).hasSize(130);
		Document page = page("giamdoc", "/rankings?year=2026&quarter=3");
		int checked = 0;
		int keptOut = 0;
		for (Element name : page.select("a.unit-name")) {
			Element row = name.closest("tr");
			BigDecimal[] unit = units.get(name.text());
			String band = row.selectFirst(".class-cell .badge").text();
			assertThat(band).as(name.text()).isEqualTo(expectedBand(unit[0], unit[1]));
			Element miss = row.selectFirst("[data-testid=floor-miss]");
			if (miss != null) {
				keptOut++;
				assertThat(miss.text()).startsWith("Chưa xếp ").contains("điểm tối đa (mức ");
			}
			checked++;
		}
		assertThat(checked).isEqualTo(130);
		assertThat(keptOut).isPositive();
	}

	/** The 2026 rules: 90/85 %, 80/80 %, 70/70 %, then 50 and 0 without floors. */
	private static String expectedBand(BigDecimal total, BigDecimal weakest) {
		if (total.compareTo(BigDecimal.valueOf(90)) >= 0 && weakest.compareTo(BigDecimal.valueOf(85)) >= 0) {
			return "Xuất sắc";
		}
		if (total.compareTo(BigDecimal.valueOf(80)) >= 0 && weakest.compareTo(BigDecimal.valueOf(80)) >= 0) {
			return "Tốt";
		}
		if (total.compareTo(BigDecimal.valueOf(70)) >= 0 && weakest.compareTo(BigDecimal.valueOf(70)) >= 0) {
			return "Khá";
		}
		return (total.compareTo(BigDecimal.valueOf(50)) >= 0) ? "Trung bình" : "Yếu";
	}

	private Document page(String username, String uri) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(uri).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

package vn.thidua.closing;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The record of xã Diễn Châu (1/7/2025), formed from communes of huyện Diễn Châu, shows
 * the district's 2014 year as its predecessor's, beside its own 2026 year; on the page
 * and in Excel; the department's only.
 */
@IntegrationTest
class UnitRecordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aCommuneOfDienChauShowsTheDistrictsYearsAsItsPredecessors() throws Exception {
		long commune = this.jdbc.queryForObject("select id from units where name = 'Diễn Châu' "
				+ "and level = 'COMMUNE_LEVEL' and valid_from = date '2025-07-01'", Long.class);
		String cluster2014 = this.jdbc.queryForObject("select c.name from cluster_members m join clusters c "
				+ "on c.id = m.cluster_id join units u on u.id = m.unit_id where u.name = 'Diễn Châu' "
				+ "and u.level = 'DISTRICT_LEVEL' and m.year = 2014", String.class);
		String page = this.mvc
			.perform(get("/units/{id}/record", commune).with(user(this.users.loadUserByUsername("chuyenvien"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] rows = page.split("data-testid=\"record-year\"");
		String year2014 = java.util.Arrays.stream(rows).filter((r) -> r.contains(">2014<")).findFirst().orElseThrow();
		assertThat(year2014).contains(cluster2014, "data-testid=\"predecessor\"");

		byte[] xlsx = this.mvc
			.perform(get("/units/{id}/record.xlsx", commune).with(user(this.users.loadUserByUsername("giamdoc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			boolean found = false;
			for (var row : sheet) {
				if (row.getRowNum() > 2 && (int) row.getCell(0).getNumericCellValue() == 2014) {
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Diễn Châu (đơn vị tiền thân)");
					assertThat(row.getCell(2).getStringCellValue()).startsWith(cluster2014);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		// a unit's officer does not read the department's records
		this.mvc.perform(get("/units/{id}/record", commune).with(user(this.users.loadUserByUsername("huyen.dienchau"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDepartmentReachesARecordFromEveryListOfUnitsAndAUnitDoesNot() throws Exception {
		long commune = this.jdbc.queryForObject("select id from units where name = 'Diễn Châu' "
				+ "and level = 'COMMUNE_LEVEL' and valid_from = date '2025-07-01'", Long.class);
		long cluster = this.jdbc.queryForObject(
				"select cluster_id from cluster_members where year = 2026 and unit_id = ?", Long.class, commune);
		String link = "href=\"/units/" + commune + "/record\"";
		for (String page : new String[] { "/clusters?year=2026", "/clusters/" + cluster, "/rankings?year=2026" }) {
			assertThat(page("chuyenvien", page)).as(page).contains(link);
			assertThat(page("xa.dienchau", page)).as(page).doesNotContain(link);
		}
		long district = this.jdbc.queryForObject(
				"select id from units where name = 'Tương Dương' " + "and level = 'DISTRICT_LEVEL'", Long.class);
		assertThat(page("giamdoc", "/awards?year=2014")).contains("href=\"/units/" + district + "/record\"");
	}

	private String page(String username, String uri) throws Exception {
		return this.mvc.perform(get(uri).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

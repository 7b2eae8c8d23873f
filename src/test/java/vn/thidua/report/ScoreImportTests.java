package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leader downloads the template of its draft, fills it, sees a preview (nothing
 * saved), confirms (everything saved at once, history "Nhập từ Excel", file kept); a file
 * with three bad cells shows their three addresses and saves nothing; files that are not
 * .xlsx, encrypted, or with formulas out of the sheet are refused.
 */
@IntegrationTest
@Transactional
class ScoreImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long report;

	@BeforeEach
	void aDraft() throws Exception {
		this.mvc.perform(post("/reports").with(leader()).with(csrf()).param("year", "2014").param("quarter", "4"))
			.andExpect(status().is3xxRedirection());
		this.report = this.jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on "
				+ "c.id = r.cluster_id where c.name = 'Cụm 1' and r.year = 2014 and r.quarter = 4", Long.class);
	}

	@Test
	void aFilledTemplateIsPreviewedThenImportedInOneStep() throws Exception {
		byte[] template = this.mvc.perform(get("/reports/{id}/import/template.xlsx", this.report).with(leader()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("Mau-bang-diem-quy-IV-2014-Cum-1.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("1.1");
			assertThat(sheet.getLastRowNum() - 4).isEqualTo(7);
			// first unit, first three criteria
			Row first = sheet.getRow(5);
			first.createCell(2).setCellValue(1.5);
			first.createCell(3).setCellValue(2);
			first.createCell(4).setCellValue("1,25");
			filled = bytes(workbook);
		}
		this.mvc.perform(upload(filled, "bang-diem.xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"import-preview\"")))
			.andExpect(content().string(containsString("Tệp bang-diem.xlsx hợp lệ: 7 đơn vị")));
		assertThat(leaderPointsSet()).isZero();
		long pending = this.jdbc.queryForObject("select id from score_imports where report_id = ?", Long.class,
				this.report);
		int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
				this.report);
		this.mvc
			.perform(post("/reports/{id}/import/{p}", this.report, pending).with(leader())
				.with(csrf())
				.param("version", Integer.toString(version)))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(leaderPointsSet()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from score_changes c join scores s on s.id = c.score_id "
						+ "where s.report_id = ? and c.reason = 'Nhập từ Excel: bang-diem.xlsx'",
				Integer.class, this.report))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from attachments where report_id = ? and " + "file_name = 'bang-diem.xlsx'",
				Integer.class, this.report))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from score_imports", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'REPORT_IMPORTED' and entity_id = ?", Integer.class,
				this.report))
			.isEqualTo(1);
	}

	@Test
	void theStaffImportsTheMembersSelfAssessments() throws Exception {
		RequestPostProcessor staff = user(this.users.loadUserByUsername("chuyenvien"));
		this.mvc.perform(get("/reports/{id}", this.report).with(staff))
			.andExpect(content().string(containsString("data-testid=\"staff-import\"")));
		this.mvc.perform(get("/reports/{id}/import", this.report).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"target-SELF\" value=\"SELF\" checked")));
		// a unit officer does not import; another province's staff does not see the
		// report
		this.jdbc.update("insert into app_users (username, password_hash, full_name, role, province_id) "
				+ "select 'chuyenvien.hagiang', '{noop}x', 'Sở Hà Giang', 'STAFF', id from provinces where code = '02'");
		this.mvc
			.perform(get("/reports/{id}/import", this.report)
				.with(user(this.users.loadUserByUsername("huyen.dienchau"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/reports/{id}/import", this.report)
				.with(user(this.users.loadUserByUsername("chuyenvien.hagiang"))))
			.andExpect(status().isNotFound());
		byte[] template = this.mvc.perform(get("/reports/{id}/import/template.xlsx", this.report).with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row first = workbook.getSheetAt(0).getRow(5);
			first.createCell(2).setCellValue(1.5);
			first.createCell(3).setCellValue(2);
			first.createCell(4).setCellValue("1,25");
			filled = bytes(workbook);
		}
		this.mvc
			.perform(multipart("/reports/{id}/import", this.report)
				.file(new MockMultipartFile("file", "tu-cham.xlsx", "application/octet-stream", filled))
				.param("target", "SELF")
				.with(staff)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vào điểm tự chấm của các đơn vị")))
			.andExpect(content().string(containsString("id=\"target-SELF\" value=\"SELF\" checked")));
		long pending = this.jdbc.queryForObject("select id from score_imports where report_id = ?", Long.class,
				this.report);
		int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
				this.report);
		this.mvc
			.perform(post("/reports/{id}/import/{p}", this.report, pending).with(staff)
				.with(csrf())
				.param("version", Integer.toString(version)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/reports/" + this.report));
		this.entityManager.flush();
		// the self-assessments hold the figures; the leader's points stay empty
		assertThat(this.jdbc.queryForObject(
				"select count(*) from scores where report_id = ? and self_points is not " + "null", Integer.class,
				this.report))
			.isEqualTo(3);
		assertThat(leaderPointsSet()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from score_changes c join scores s on s.id = c.score_id where s.report_id = ? "
						+ "and c.stage = 'SELF' and c.reason = 'Nhập từ Excel: tu-cham.xlsx'",
				Integer.class, this.report))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_events where action = 'REPORT_IMPORTED' " + "and entity_id = ?",
				String.class, this.report))
			.startsWith("Nhập điểm tự chấm từ Excel tu-cham.xlsx");
	}

	@Test
	void aFileWithThreeBadCellsNamesThemAndSavesNothing() throws Exception {
		byte[] template = this.mvc.perform(get("/reports/{id}/import/template.xlsx", this.report).with(leader()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] bad;
		double max;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			max = sheet.getRow(3).getCell(2).getNumericCellValue();
			sheet.getRow(5).createCell(2).setCellValue(max + 0.5);
			sheet.getRow(6).createCell(3).setCellValue("tám");
			sheet.getRow(7).createCell(4).setCellValue(-1);
			sheet.getRow(8).createCell(5).setCellValue(1);
			bad = bytes(workbook);
		}
		String page = this.mvc.perform(upload(bad, "sai.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("tệp sai.xlsx có 3 chỗ cần sửa", "Ô C6: ", "vượt điểm tối đa",
				"Ô D7: &quot;tám&quot; không phải là số", "Ô E8: -1 là số âm");
		this.entityManager.flush();
		assertThat(leaderPointsSet()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from score_imports", Integer.class)).isZero();
	}

	@Test
	void filesThatAreNotPlainWorkbooksAreRefused() throws Exception {
		this.mvc.perform(upload("%PDF-1.7 not a workbook".getBytes(), "a.xlsx"))
			.andExpect(content().string(containsString("Tệp không phải bảng tính Excel .xlsx.")));
		byte[] ole2 = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 };
		this.mvc.perform(upload(ole2, "mat-khau.xlsx"))
			.andExpect(content().string(containsString("Tệp được đặt mật khẩu")));
		byte[] linked;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				this.mvc.perform(get("/reports/{id}/import/template.xlsx", this.report).with(leader()))
					.andReturn()
					.getResponse()
					.getContentAsByteArray()))) {
			workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue(1);
			workbook.getSheetAt(0).getRow(5).createCell(2).setCellFormula("Khác!A1");
			linked = bytes(workbook);
		}
		this.mvc.perform(upload(linked, "lien-ket.xlsx"))
			.andExpect(content().string(containsString("Ô C6: công thức tham chiếu ra ngoài trang tính")));
		this.mvc.perform(multipart("/reports/{id}/import", this.report).with(leader()).with(csrf()))
			.andExpect(content().string(containsString("Vui lòng chọn tệp Excel.")));
	}

	private int leaderPointsSet() {
		return this.jdbc.queryForObject("select count(*) from scores where report_id = ? and leader_points is not null",
				Integer.class, this.report);
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(byte[] content,
			String name) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/reports/{id}/import", this.report)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(leader())
			.with(csrf());
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private RequestPostProcessor leader() {
		return user(this.users.loadUserByUsername("cumtruong.quynhluu"));
	}

}

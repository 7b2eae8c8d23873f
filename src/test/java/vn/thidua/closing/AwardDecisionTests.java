package vn.thidua.closing;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department's award decision of 2014 on the demo's closing of Cụm 3 (Tương Dương for
 * the flag, Quế Phong for a Bằng khen): the staff trim one proposal with the council's
 * reason (refused without one, the choices back), the director finalizes — refused while
 * Cụm 1 and 2 have not closed unless a note says why — the snapshot lists both with the
 * decision, the closing is decided and cannot be reopened before the list is; the Excel
 * and the draft decision carry the accepted unit only in the annex; reopening the list
 * with a reason gives the closing back.
 */
@IntegrationTest
@Transactional
class AwardDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long closing;

	long tuongDuong;

	long quePhong;

	@BeforeEach
	void demoClosingOfCluster3() {
		this.closing = this.jdbc.queryForObject("select cc.id from cluster_closings cc join clusters c on "
				+ "c.id = cc.cluster_id where c.name = 'Cụm 3' and c.year = 2014", Long.class);
		this.tuongDuong = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Tương Dương'", Long.class);
		this.quePhong = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Quế Phong'", Long.class);
	}

	@Test
	void theCouncilTrimsTheDirectorFinalizesAndTheListIsExported() throws Exception {
		// events of earlier runs (the audit is append-only): only this test's count
		java.util.List<Long> earlier = this.jdbc
			.queryForList("select id from audit_events where action like 'AWARDS_%'", Long.class);
		String flag = this.closing + "_CO_THI_DUA_" + this.tuongDuong;
		String medal = this.closing + "_BANG_KHEN_" + this.quePhong;
		this.mvc.perform(get("/awards").param("year", "2014").with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"decisions[" + flag + "]\"")))
			.andExpect(content().string(containsString("5/6")));
		// only the department
		this.mvc.perform(get("/awards").param("year", "2014").with(as("cumtruong.tuongduong")))
			.andExpect(status().isForbidden());

		// a trim without a reason is refused; the choice comes back
		this.mvc
			.perform(post("/awards").param("year", "2014")
				.with(as("chuyenvien"))
				.with(csrf())
				.param("decisions[" + flag + "]", "true")
				.param("decisions[" + medal + "]", "false")
				.param("reasons[" + medal + "]", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi lý do không chấp thuận.")))
			.andExpect(
					content().string(containsString("<option value=\"false\" selected=\"selected\">Không chấp thuận")));
		assertThat(count("select count(*) from award_reviews where closing_id = " + this.closing)).isZero();
		String reason = "Đơn vị có cán bộ bị kỷ luật trong năm";
		this.mvc
			.perform(post("/awards").param("year", "2014")
				.with(as("chuyenvien"))
				.with(csrf())
				.param("decisions[" + flag + "]", "true")
				.param("decisions[" + medal + "]", "false")
				.param("reasons[" + medal + "]", reason))
			.andExpect(status().is3xxRedirection());
		// the staff prepare; only the director finalizes
		this.mvc
			.perform(
					post("/awards").param("year", "2014").with(as("chuyenvien")).with(csrf()).param("finalize", "true"))
			.andExpect(status().isForbidden());

		// Cụm 1 and Cụm 2 have not closed: the director says why before finalizing
		this.mvc
			.perform(post("/awards").param("year", "2014")
				.with(as("giamdoc"))
				.with(csrf())
				.param("decisions[" + flag + "]", "true")
				.param("decisions[" + medal + "]", "false")
				.param("reasons[" + medal + "]", reason)
				.param("finalize", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Các cụm Cụm 1, Cụm 2 chưa kết thúc hội nghị tổng kết")));
		assertThat(count("select count(*) from award_decisions where year = 2014 and reopened_at is null")).isZero();
		long versionBefore = this.jdbc.queryForObject("select version from province_data_versions where "
				+ "province_id = (select province_id from clusters where id = ?)", Long.class, cluster3());
		this.mvc
			.perform(post("/awards").param("year", "2014")
				.with(as("giamdoc"))
				.with(csrf())
				.param("decisions[" + flag + "]", "true")
				.param("decisions[" + medal + "]", "false")
				.param("reasons[" + medal + "]", reason)
				.param("note", "Xét trước cho Cụm 3; Cụm 1, Cụm 2 xét bổ sung.")
				.param("finalize", "true"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		// the rankings page's data version moved with the decision (its ETag changes)
		assertThat(this.jdbc.queryForObject("select version from province_data_versions where province_id = "
				+ "(select province_id from clusters where id = ?)", Long.class, cluster3()))
			.isGreaterThan(versionBefore);
		assertThat(this.jdbc.queryForList("select unit_name || ':' || award || ':' || accepted "
				+ "from award_decision_items where decision_id = (select id from award_decisions where year = 2014 "
				+ "and reopened_at is null) order by position", String.class))
			.containsExactly("Tương Dương:CO_THI_DUA:true", "Quế Phong:BANG_KHEN:false");
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where id = ?", String.class,
				this.closing))
			.isEqualTo("DECIDED");
		this.mvc.perform(get("/awards").param("year", "2014").with(as("giamdoc")))
			.andExpect(content().string(containsString("data-testid=\"awards-finalized\"")))
			.andExpect(content().string(containsString(reason)));

		// the decided list replaces the director's override on the rankings: shown there,
		// no
		// award selector, and the year's finalized ranking records it
		String rankings = this.mvc.perform(get("/rankings").param("year", "2014").with(as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rankings).contains("Sở quyết định", "data-testid=\"finalize\"").doesNotContain("name=\"awards[");
		this.mvc
			.perform(post("/rankings/finalize").param("year", "2014")
				.with(as("giamdoc"))
				.with(csrf())
				.param("awards[" + this.tuongDuong + "]", "NONE")
				.param("reasons[" + this.tuongDuong + "]", "Thử đổi"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("select d.name || ':' || r.proposed_award from ranking_decision_rows r "
				+ "join ranking_decisions k on k.id = r.decision_id join units d on d.id = r.unit_id "
				+ "where k.year = 2014 and k.reopened_at is null and d.name in ('Tương Dương', 'Quế Phong') "
				+ "order by d.name", String.class))
			.containsExactly("Quế Phong:NONE", "Tương Dương:CO_THI_DUA");

		// a decided closing is reopened only through the list
		this.mvc
			.perform(post("/clusters/{id}/closing/reopen", cluster3()).with(as("giamdoc"))
				.with(csrf())
				.param("reason", "Sai số phiếu"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "closing.reopen.decided"));

		byte[] xlsx = this.mvc.perform(get("/awards/2014.xlsx").with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			// the award list holds the accepted only; the proposal not accepted has its
			// own
			// sheet with the council's reason; both print on A4 landscape, one page wide
			var awarded = workbook.getSheet("Danh sách khen thưởng");
			assertThat(awarded.getRow(0).getCell(0).getStringCellValue())
				.startsWith("Danh sách khen thưởng thi đua năm 2014");
			assertThat(awarded.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Tương Dương");
			assertThat(awarded.getLastRowNum()).isEqualTo(2);
			assertThat(awarded.getPrintSetup().getLandscape()).isTrue();
			assertThat(awarded.getPrintSetup().getPaperSize())
				.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(awarded.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			var trimmed = workbook.getSheet("Không chấp thuận");
			assertThat(trimmed.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Quế Phong");
			assertThat(trimmed.getRow(2).getCell(9).getStringCellValue()).isEqualTo(reason);
			assertThat(trimmed.getPrintSetup().getLandscape()).isTrue();
		}
		byte[] docx = this.mvc.perform(get("/awards/2014.docx").with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			String all = text.getText();
			assertThat(all).contains("QUYẾT ĐỊNH (DỰ THẢO)", "Điều 1. Tặng Cờ thi đua cho 1 đơn vị", "DANH SÁCH",
					"Tương Dương");
			assertThat(all).doesNotContain("Quế Phong").doesNotContain("Tặng Bằng khen");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}

		// the director reopens the list with a reason: the closing is closed again
		this.mvc
			.perform(post("/awards/reopen").param("year", "2014").with(as("giamdoc")).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi lý do mở lại.")));
		this.mvc
			.perform(post("/awards/reopen").param("year", "2014")
				.with(as("giamdoc"))
				.with(csrf())
				.param("reason", "Xét bổ sung Cụm 1, Cụm 2"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where id = ?", String.class,
				this.closing))
			.isEqualTo("CLOSED");
		this.mvc.perform(get("/awards/2014.xlsx").with(as("giamdoc"))).andExpect(status().isNotFound());
		this.entityManager.flush();
		assertThat(this.jdbc
			.queryForList("select id, action from audit_events where action like 'AWARDS_%' order by occurred_at, id")
			.stream()
			.filter((e) -> !earlier.contains(((Number) e.get("id")).longValue()))
			.map((e) -> e.get("action"))
			.toList()).containsExactly("AWARDS_REVIEWED", "AWARDS_FINALIZED", "AWARDS_REOPENED");
	}

	@Test
	void theDepartmentReopensAClosedClosingWithAReason() throws Exception {
		this.mvc
			.perform(post("/clusters/{id}/closing/reopen", cluster3()).with(as("cumtruong.tuongduong"))
				.with(csrf())
				.param("reason", "Sửa"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/clusters/{id}/closing/reopen", cluster3()).with(as("chuyenvien")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi lý do mở lại.")));
		this.mvc
			.perform(post("/clusters/{id}/closing/reopen", cluster3()).with(as("chuyenvien"))
				.with(csrf())
				.param("reason", "Biên bản ghi nhầm số phiếu hợp lệ"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForMap("select status, reopen_reason from cluster_closings where id = ?", this.closing))
			.containsEntry("status", "DRAFT")
			.containsEntry("reopen_reason", "Biên bản ghi nhầm số phiếu hợp lệ");
		this.mvc.perform(get("/clusters/{id}/closing", cluster3()).with(as("cumtruong.tuongduong")))
			.andExpect(content()
				.string(containsString("Sở đã mở lại hội nghị tổng kết: Biên bản ghi nhầm số phiếu hợp lệ")))
			.andExpect(content().string(containsString("data-testid=\"record-closing\"")));
	}

	@Test
	void theLeaderUploadsTheSignedScansAsPdfOnly() throws Exception {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/clusters/{id}/closing/scans", cluster3())
				.file(new org.springframework.mock.web.MockMultipartFile("file", "bien-ban.docx", "application/pdf",
						"PK\3\4 not a pdf".getBytes()))
				.param("kind", "MINUTES")
				.with(as("cumtruong.tuongduong"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "closing.scan.notPdf"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/clusters/{id}/closing/scans", cluster3())
				.file(new org.springframework.mock.web.MockMultipartFile("file", "bien-ban-ky.pdf", "application/pdf",
						pdf))
				.param("kind", "MINUTES")
				.with(as("cumtruong.tuongduong"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("message", "closing.scan.uploaded"));
		// the members and the department read it; another cluster's leader does not
		byte[] back = this.mvc.perform(get("/clusters/{id}/closing/scans/MINUTES", cluster3()).with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		this.mvc.perform(get("/clusters/{id}/closing/scans/MINUTES", cluster3()).with(as("cumtruong.yenthanh")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/closing/scans/PROPOSAL", cluster3()).with(as("giamdoc")))
			.andExpect(status().isNotFound());
	}

	private long cluster3() {
		return this.jdbc.queryForObject("select cluster_id from cluster_closings where id = ?", Long.class,
				this.closing);
	}

	private int count(String sql) {
		this.entityManager.flush();
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

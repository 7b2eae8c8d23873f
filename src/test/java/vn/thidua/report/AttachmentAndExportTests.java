package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.report.attachment.FileTypeTests;
import vn.thidua.report.document.ReportExportController;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class AttachmentAndExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	long draft;

	RequestPostProcessor dienChau;

	@BeforeEach
	void draftOfCluster1() {
		// Cụm 1 is led by Quỳnh Lưu; Diễn Châu is a member
		this.draft = this.fixtures.newDraft("cumtruong.quynhluu");
		this.dienChau = user(this.fixtures.user("huyen.dienchau"));
	}

	@Test
	void aMemberUnitAddsEvidenceThatThoseWhoSeeTheReportCanDownload() throws Exception {
		this.mvc
			.perform(selfAssessment(new MockMultipartFile("evidence", "Minh chứng \"quý 4\".pdf",
					"application/octet-stream", FileTypeTests.PDF)))
			.andExpect(redirectedUrl("/reports/" + this.draft + "/self-assessment#evidence"))
			.andExpect(flash().attribute("message", "report.savedWithEvidence"));
		long id = this.fixtures.count("select id from attachments where report_id = ?1", this.draft);
		assertThat(this.fixtures.row(
				"select content_type, unit_id is not null as of_unit, file_name " + "from attachments where id = ?1",
				id))
			.containsEntry("content_type", "application/pdf")
			.containsEntry("of_unit", true)
			.containsEntry("file_name", "Minh chứng _quý 4_.pdf");

		MvcResult download = this.mvc
			.perform(get("/reports/{r}/attachments/{a}", this.draft, id).with(user(this.fixtures.user("giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(FileTypeTests.PDF);

		this.mvc
			.perform(get("/reports/{r}/attachments/{a}", this.draft, id)
				.with(user(this.fixtures.user("cumtruong.yenthanh"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFileOfAnotherTypeIsRefusedWhateverItsName() throws Exception {
		upload(new MockMultipartFile("evidence", "bao-cao.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "attachment.error.type");
		upload(new MockMultipartFile("evidence", "anh.png", "image/png",
				"MZ executable".getBytes(StandardCharsets.UTF_8)), "attachment.error.type");
	}

	@Test
	void aFileWhoseNameHidesAnotherExtensionIsRefused() throws Exception {
		upload(new MockMultipartFile("evidence", "real.pdf.exe", "application/pdf", FileTypeTests.PDF),
				"attachment.error.extension");
		upload(new MockMultipartFile("evidence", "rtl\u202Efdp.exe", "application/pdf", FileTypeTests.PDF),
				"attachment.error.extension");
		upload(new MockMultipartFile("evidence", "khong-phai.docx", "application/octet-stream",
				FileTypeTests.zipWith("word/document.xml")), "attachment.error.type");
	}

	@Test
	void aFileOver10MbOrAnEmptyOneIsRefused() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(FileTypeTests.PDF, 0, large, 0, FileTypeTests.PDF.length);
		upload(new MockMultipartFile("evidence", "lon.pdf", "application/pdf", large), "attachment.error.tooLarge");
		upload(new MockMultipartFile("evidence", "rong.pdf", "application/pdf", new byte[0]), "attachment.error.empty");
	}

	@Test
	void aRealWordFileIsAccepted() throws Exception {
		this.mvc
			.perform(selfAssessment(new MockMultipartFile("evidence", "so-lieu.docx", "application/octet-stream",
					FileTypeTests.docx())))
			.andExpect(flash().attribute("message", "report.savedWithEvidence"));
		assertThat(this.fixtures.row("select content_type from attachments where report_id = ?1", this.draft))
			.containsEntry("content_type", ReportExportController.DOCX.toString());
	}

	@Test
	void theWordExportIsInTheAdministrativeFormatWithTheScoreTable() throws Exception {
		long approved = this.fixtures.count("select r.id from quarterly_reports r join clusters c on c.id = "
				+ "r.cluster_id where c.name = 'Cụm 2' and r.year = 2014 and r.quarter = 1");
		MvcResult result = this.mvc
			.perform(get("/reports/{id}/export.docx", approved).with(user(this.fixtures.user("giamdoc"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportExportController.DOCX.toString()))
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"Bao-cao-quy-I-2014-Cum-2.docx\"; filename*=UTF-8''B%C3%A1o-c%C3%A1o");
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"UBND HUYỆN YÊN THÀNH", "PHÒNG VĂN HÓA", "VÀ THÔNG TIN", "Yên Thành, ngày 06 tháng 04 năm 2014",
					"BÁO CÁO", "Kết quả thực hiện nhiệm vụ thi đua quý I/2014 của Cụm 2", "I. KẾT QUẢ THỰC HIỆN",
					"Nơi nhận:", "TRƯỞNG PHÒNG");
			// the score table: a row per member unit with its total
			List<String> units = document.getTables()
				.get(1)
				.getRows()
				.stream()
				.skip(1)
				.map((row) -> row.getCell(1).getText())
				.toList();
			assertThat(units).hasSize(8).contains("Yên Thành", "Đô Lương", "Vinh", "Cửa Lò");
			assertThat(document.getTables().get(1).getRow(0).getCell(10).getText()).isEqualTo("Tổng điểm");
			List<XWPFRun> runs = document.getParagraphs().stream().flatMap((p) -> p.getRuns().stream()).toList();
			assertThat(runs).isNotEmpty()
				.allSatisfy((run) -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	/**
	 * A refused file: the self-assessment page again, the error at the file field, the
	 * typed points as typed, and nothing saved (neither the file nor the points).
	 */
	private void upload(MockMultipartFile file, String error) throws Exception {
		long criterion = this.fixtures.count("select min(criterion_id) from scores where report_id = ?1", this.draft);
		this.mvc.perform(selfAssessment(file).param("points[" + criterion + "]", "3,5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "evidence", error))
			.andExpect(content().string(containsString("value=\"3,5\"")));
		assertThat(this.fixtures.count("select count(*) from attachments where report_id = ?1", this.draft)).isZero();
		assertThat(this.fixtures.count("select count(*) from scores where report_id = ?1 and self_points is not null",
				this.draft))
			.isZero();
	}

	private MockMultipartHttpServletRequestBuilder selfAssessment(MockMultipartFile file) {
		int version = (int) this.fixtures.count("select version from quarterly_reports where id = ?1", this.draft);
		return multipart("/reports/{id}/self-assessment", this.draft).file(file)
			.param("version", Integer.toString(version))
			.with(this.dienChau)
			.with(csrf());
	}

}

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
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@Import(ReportFixtures.class)
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
	void aMemberDistrictAddsEvidenceThatThoseWhoSeeTheReportCanDownload() throws Exception {
		this.mvc
			.perform(multipart("/reports/{id}/attachments", this.draft)
				.file(new MockMultipartFile("file", "Minh chứng \"quý 4\".pdf", "application/octet-stream",
						FileTypeTests.PDF))
				.with(this.dienChau)
				.with(csrf()))
			.andExpect(redirectedUrl("/reports/" + this.draft + "/self-assessment"))
			.andExpect(flash().attribute("message", "attachment.added"));
		long id = this.fixtures.count("select id from attachments where report_id = ?1", this.draft);
		assertThat(this.fixtures.row("select content_type, district_id is not null as of_district, file_name "
				+ "from attachments where id = ?1", id))
			.containsEntry("content_type", "application/pdf")
			.containsEntry("of_district", true)
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
		upload(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "attachment.error.type");
		upload(new MockMultipartFile("file", "anh.png", "image/png", "MZ executable".getBytes(StandardCharsets.UTF_8)),
				"attachment.error.type");
	}

	@Test
	void aFileOver10MbOrAnEmptyOneIsRefused() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(FileTypeTests.PDF, 0, large, 0, FileTypeTests.PDF.length);
		upload(new MockMultipartFile("file", "lon.pdf", "application/pdf", large), "attachment.error.tooLarge");
		upload(new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]), "attachment.error.empty");
	}

	@Test
	void aRealWordFileIsAccepted() throws Exception {
		this.mvc
			.perform(multipart("/reports/{id}/attachments", this.draft)
				.file(new MockMultipartFile("file", "so-lieu.docx", "application/octet-stream", FileTypeTests.docx()))
				.with(this.dienChau)
				.with(csrf()))
			.andExpect(flash().attribute("message", "attachment.added"));
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
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".docx");
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"UBND HUYỆN YÊN THÀNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Yên Thành, ngày 06 tháng 04 năm 2014",
					"BÁO CÁO", "quý 1 năm 2014 của Cụm 2", "I. KẾT QUẢ THỰC HIỆN", "Nơi nhận:", "TRƯỞNG PHÒNG");
			// the score table: a row per member district with its total
			List<String> districts = document.getTables()
				.get(1)
				.getRows()
				.stream()
				.skip(1)
				.map((row) -> row.getCell(1).getText())
				.toList();
			assertThat(districts).hasSize(8).contains("Yên Thành", "Đô Lương", "Vinh", "Cửa Lò");
			assertThat(document.getTables().get(1).getRow(0).getCell(10).getText()).isEqualTo("Tổng điểm");
			List<XWPFRun> runs = document.getParagraphs().stream().flatMap((p) -> p.getRuns().stream()).toList();
			assertThat(runs).isNotEmpty()
				.allSatisfy((run) -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	private void upload(MockMultipartFile file, String error) throws Exception {
		this.mvc.perform(multipart("/reports/{id}/attachments", this.draft).file(file).with(this.dienChau).with(csrf()))
			.andExpect(flash().attribute("uploadError", error));
		assertThat(this.fixtures.count("select count(*) from attachments where report_id = ?1", this.draft)).isZero();
	}

}

package vn.thidua.covenant;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.report.attachment.FileTypeTests;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The covenant of Cụm 1 in 2014 (demo: open, Tân Kỳ and Quỳ Hợp still to register): a
 * member registers for itself only, the leader cannot sign while a member is waiting,
 * records a refusal, signs with the signed PDF (kept as a cluster document); the staff
 * return it (members register again) and approve it; once approved nothing changes. And
 * the cluster's documents: another cluster's are 404 to members, a replaced one stays
 * listed as replaced, a refused form keeps its values. The rankings of 2014 show the
 * registered titles.
 */
@IntegrationTest
@Transactional
class CovenantTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long cluster1;

	long cluster3;

	@BeforeEach
	void accounts() {
		this.cluster1 = id("select id from clusters where name = 'Cụm 1' and year = 2014");
		this.cluster3 = id("select id from clusters where name = 'Cụm 3' and year = 2014");
		this.jdbc.update("insert into app_users (username, password_hash, full_name, role, province_id, unit_id) "
				+ "select 'huyen.tanky', '{noop}x', 'Cán bộ huyện Tân Kỳ', 'UNIT', province_id, id from units "
				+ "where level = 'DISTRICT_LEVEL' and name = 'Tân Kỳ'");
	}

	@Test
	void membersRegisterForThemselvesTheLeaderSignsTheDepartmentReturnsAndApproves() throws Exception {
		this.mvc.perform(get("/clusters/{id}/covenant", this.cluster1).with(as("huyen.tanky")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"registration-form\"")));
		// refused without a title: the targets come back
		this.mvc.perform(register("huyen.tanky", null, "Phủ sóng 100% xã"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn danh hiệu đăng ký")))
			.andExpect(content().string(containsString("name=\"targets\">Phủ s&oacute;ng 100% x&atilde;")));
		// a unit id sent along changes nothing: a member registers for itself
		this.mvc
			.perform(register("huyen.tanky", "BANG_KHEN", "Phủ sóng 100% xã").param("unitId",
					Long.toString(unit("Quỳ Hợp"))))
			.andExpect(status().is3xxRedirection());
		assertThat(title("Tân Kỳ")).isEqualTo("BANG_KHEN");
		assertThat(count("select count(*) from covenant_registrations r join units d on d.id = r.unit_id "
				+ "where d.name = 'Quỳ Hợp'"))
			.isZero();
		// a member of another cluster does not reach it; the department does not register
		this.mvc.perform(register("cumtruong.yenthanh", "NONE", "x")).andExpect(status().isNotFound());
		this.mvc.perform(register("chuyenvien", "NONE", "x")).andExpect(status().isForbidden());

		// the leader cannot sign while Quỳ Hợp is waiting
		this.mvc.perform(sign())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("còn đơn vị chưa đăng ký")))
			.andExpect(content().string(containsString("value=\"03/GƯ-CTĐ\"")));
		this.mvc
			.perform(post("/clusters/{id}/covenant/refusals", this.cluster1).with(as("cumtruong.quynhluu"))
				.with(csrf())
				.param("unitId", Long.toString(unit("Quỳ Hợp")))
				.param("note", "Đơn vị không cử người dự hội nghị ký kết"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(sign()).andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(covenantStatus()).isEqualTo("SIGNED");
		assertThat(count("select count(*) from cluster_documents where kind = 'GIAO_UOC' and cluster_id = "
				+ this.cluster1 + " and number = '03/GƯ-CTĐ' and content is not null"))
			.isEqualTo(1);
		// signed: the members wait for the department
		this.mvc.perform(register("huyen.tanky", "NONE", "Khác"))
			.andExpect(flash().attribute("error", "covenant.closed"));

		// returned with a comment: open again
		this.mvc
			.perform(post("/clusters/{id}/covenant/return", this.cluster1).with(as("chuyenvien"))
				.with(csrf())
				.param("comment", "Bổ sung chỉ tiêu của Tân Kỳ"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(covenantStatus()).isEqualTo("RETURNED");
		this.mvc.perform(register("huyen.tanky", "BANG_KHEN", "Phủ sóng 100% xã; 3 thủ tục mức độ 3"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(sign()).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/clusters/{id}/covenant/approve", this.cluster1).with(as("chuyenvien")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(covenantStatus()).isEqualTo("APPROVED");

		// approved: nothing changes
		this.mvc.perform(register("huyen.tanky", "NONE", "Khác"))
			.andExpect(flash().attribute("error", "covenant.closed"));
		assertThat(title("Tân Kỳ")).isEqualTo("BANG_KHEN");
		this.mvc
			.perform(post("/clusters/{id}/covenant/return", this.cluster1).with(as("chuyenvien"))
				.with(csrf())
				.param("comment", "Sửa"))
			.andExpect(flash().attribute("error", "covenant.review.notSigned"));
		assertThat(
				this.jdbc.queryForList(
						"select action from audit_events where action like 'COVENANT_%' and "
								+ "entity_id = (select id from covenants where cluster_id = ?)",
						String.class, this.cluster1))
			.contains("COVENANT_REGISTERED", "COVENANT_REFUSAL_RECORDED", "COVENANT_SIGNED", "COVENANT_RETURNED",
					"COVENANT_APPROVED");

		// the Word covenant: key tasks, a row per member, a signature block for each
		byte[] docx = this.mvc.perform(get("/clusters/{id}/covenant.docx", this.cluster1).with(as("huyen.tanky")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("GIAO ƯỚC THI ĐUA", "Hoàn thành xây dựng cổng thông tin điện tử",
					"Tân Kỳ", "Phủ sóng 100% xã; 3 thủ tục mức độ 3", "Không đăng ký: Đơn vị không cử người",
					"ĐẠI DIỆN QUỲNH LƯU", "ĐẠI DIỆN TÂN KỲ");
		}
	}

	@Test
	void theRankingsTheClusterPageAndTheDashboardShowCommitmentAgainstResult() throws Exception {
		String rankings = this.mvc.perform(get("/rankings").param("year", "2014").with(as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rankings).contains("Đăng ký: Cờ thi đua", "Đăng ký: Bằng khen", "Chưa đăng ký");
		// Cụm 2 has no covenant: no flag in its card
		String cluster2 = rankings.substring(rankings.indexOf("data-cluster=\"Cụm 2\""),
				rankings.indexOf("data-cluster=\"Cụm 3\""));
		assertThat(cluster2).doesNotContain("data-testid=\"registered-title\"");
		this.mvc.perform(get("/clusters/{id}", this.cluster1).with(as("huyen.dienchau")))
			.andExpect(content().string(containsString("data-testid=\"member-title\"")))
			.andExpect(content().string(containsString("Chưa đăng ký")));
		// the leader's to-do names who has not registered; the member's holds its own
		// registration
		this.mvc.perform(get("/").with(as("cumtruong.quynhluu")))
			.andExpect(content().string(containsString("Đôn đốc đăng ký giao ước – chưa đăng ký: Quỳ Hợp, Tân Kỳ")));
		this.mvc.perform(get("/").with(as("huyen.tanky")))
			.andExpect(content().string(containsString("Đăng ký giao ước thi đua")));
	}

	@Test
	void documentsAreTheClustersAndAReplacedOneStaysListed() throws Exception {
		// another cluster's documents are 404 to a member
		long quyChe3 = id("select id from cluster_documents where kind = 'GIAO_UOC' and cluster_id = " + this.cluster3);
		this.mvc.perform(get("/clusters/{id}/documents", this.cluster3).with(as("huyen.dienchau")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/documents/{d}/file", this.cluster3, quyChe3).with(as("huyen.dienchau")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clusters/{id}/documents/{d}/file", this.cluster3, quyChe3).with(as("giamdoc")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/clusters/{id}/documents/{d}/file", this.cluster1, quyChe3).with(as("giamdoc")))
			.andExpect(status().isNotFound());

		long old = id("select id from cluster_documents where kind = 'QUY_CHE' and cluster_id = " + this.cluster1);
		// a refused form: every value back, nothing saved
		this.mvc.perform(document("QUY_CHE", "", "31/12/2014", old, "not a pdf".getBytes(), "quy-che.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập số, ký hiệu.")))
			.andExpect(content().string(containsString("Chỉ nhận tệp PDF hoặc Word")))
			.andExpect(content().string(containsString("value=\"31/12/2014\"")))
			.andExpect(content().string(containsString("<option value=\"" + old + "\" selected=\"selected\"")));
		assertThat(count("select count(*) from cluster_documents where cluster_id = " + this.cluster1)).isEqualTo(1);
		this.mvc.perform(document("QUY_CHE", "07/QC-CTĐ", "15/06/2014", old, FileTypeTests.PDF, "quy-che-sua.pdf"))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/clusters/{id}/documents", this.cluster1).with(as("huyen.dienchau")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("07/QC-CTĐ", "01/QC-CTĐ", "Đã được thay thế bởi 07/QC-CTĐ");
		// a member reads, only the leader adds
		this.mvc
			.perform(
					document("KHAC", "1/KH", "01/01/2014", null, FileTypeTests.PDF, "a.pdf").with(as("huyen.dienchau")))
			.andExpect(status().isForbidden());
	}

	private MockMultipartHttpServletRequestBuilder document(String kind, String number, String signedOn, Long replaces,
			byte[] file, String name) {
		MockMultipartHttpServletRequestBuilder request = multipart("/clusters/{id}/documents", this.cluster1)
			.file(new MockMultipartFile("file", name, "application/pdf", file))
			.with(as("cumtruong.quynhluu"))
			.with(csrf())
			.param("kind", kind)
			.param("number", number)
			.param("issuer", "Cụm thi đua – Cụm 1")
			.param("signedOn", signedOn)
			.param("summary", "Sửa đổi quy chế");
		if (replaces != null) {
			request.param("replacesId", Long.toString(replaces));
		}
		return request;
	}

	private MockHttpServletRequestBuilder register(String username, String title, String targets) {
		MockHttpServletRequestBuilder request = post("/clusters/{id}/covenant/registration", this.cluster1)
			.with(as(username))
			.with(csrf())
			.param("targets", targets);
		if (title != null) {
			request.param("title", title);
		}
		return request;
	}

	private MockMultipartHttpServletRequestBuilder sign() {
		return multipart("/clusters/{id}/covenant/sign", this.cluster1)
			.file(new MockMultipartFile("file", "giao-uoc-da-ky.pdf", "application/pdf", FileTypeTests.PDF))
			.with(as("cumtruong.quynhluu"))
			.with(csrf())
			.param("number", "03/GƯ-CTĐ")
			.param("issuer", "Các đơn vị thành viên Cụm 1")
			.param("signedOn", "28/03/2014");
	}

	private String title(String unit) {
		this.entityManager.flush();
		return this.jdbc.queryForObject(
				"select r.title from covenant_registrations r join units d on " + "d.id = r.unit_id where d.name = ?",
				String.class, unit);
	}

	private String covenantStatus() {
		return this.jdbc.queryForObject("select status from covenants where cluster_id = ?", String.class,
				this.cluster1);
	}

	private long unit(String name) {
		return id("select id from units where level = 'DISTRICT_LEVEL' and name = '" + name + "'");
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private int count(String sql) {
		this.entityManager.flush();
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

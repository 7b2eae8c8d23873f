package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.report.attachment.FileTypeTests;
import vn.thidua.testsupport.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Role × action over the report routes. A report the user may not see answers 404, for
 * pages, downloads and POSTs alike; one it sees but may not act on answers 403.
 */
@IntegrationTest
@Transactional
class ReportPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	final Map<String, Long> reports = new HashMap<>();

	@BeforeEach
	void reports() {
		// {draft}: new Q4 2014 draft of Cụm 2 (Yên Thành); {cum2}: approved Q1 of Cụm 2;
		// {cum1}: approved Q1 of Cụm 1 (Quỳnh Lưu, with Diễn Châu as member)
		this.reports.put("draft", this.fixtures.newDraft("cumtruong.yenthanh"));
		this.reports.put("cum2", reportOf("Cụm 2"));
		this.reports.put("cum1", reportOf("Cụm 1"));
		this.fixtures.entityManager
			.createNativeQuery(
					"""
							insert into app_users (username, password_hash, full_name, role, province_id)
							select 'giamdoc.hagiang', '{noop}x', 'Giám đốc Sở Hà Giang', 'DIRECTOR', id from provinces where code = '02'
							""")
			.executeUpdate();
	}

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@CsvSource({
			// the department sees everything of its province
			"giamdoc, GET, /reports/{draft}, 200", "chuyenvien, GET, /reports/{draft}, 200",
			"admin, GET, /reports/{cum1}, 200", "giamdoc, GET, /reports/{cum2}/export.docx, 200",
			"chuyenvien, GET, /reports/{draft}/edit, 403", "chuyenvien, POST, /reports/{draft}/submit, 403",
			"chuyenvien, POST, /reports/{cum2}/reopen, 403", "giamdoc, POST, /reports/{draft}/approve, 403",
			"chuyenvien, GET, /reports/{draft}/self-assessment, 403",
			"chuyenvien, POST, /reports/{draft}/self-assessment, 403", "chuyenvien, GET, /reports/new, 403",
			// the leader of the cluster
			"cumtruong.yenthanh, GET, /reports/{draft}, 200", "cumtruong.yenthanh, GET, /reports/{draft}/edit, 200",
			"cumtruong.yenthanh, GET, /reports/{cum2}, 200", "cumtruong.yenthanh, GET, /reports/new, 200",
			"cumtruong.yenthanh, POST, /reports/{draft}/approve, 403",
			"cumtruong.yenthanh, POST, /reports/{cum2}/return, 403",
			// the leader of another cluster: the reports do not exist for it
			"cumtruong.quynhluu, GET, /reports/{draft}, 404", "cumtruong.quynhluu, GET, /reports/{draft}/edit, 404",
			"cumtruong.quynhluu, POST, /reports/{draft}/edit, 404",
			"cumtruong.quynhluu, POST, /reports/{draft}/submit, 404",
			"cumtruong.quynhluu, GET, /reports/{cum2}/export.docx, 404",
			"cumtruong.quynhluu, POST, /reports/{draft}/self-assessment, 403",
			"cumtruong.quynhluu, GET, /reports/{cum1}, 200",
			// a unit officer sees its own cluster's reports only
			"huyen.dienchau, GET, /reports/{cum1}, 200", "huyen.dienchau, GET, /reports/{cum2}, 404",
			"huyen.dienchau, GET, /reports/{draft}/self-assessment, 404",
			"huyen.dienchau, POST, /reports/{draft}/self-assessment, 404",
			"huyen.dienchau, POST, /reports/{draft}/edit, 403", "huyen.dienchau, GET, /reports/{cum1}/edit, 403",
			"huyen.dienchau, POST, /reports/{cum1}/approve, 403",
			// another province: nothing
			"giamdoc.hagiang, GET, /reports/{draft}, 404", "giamdoc.hagiang, GET, /reports/{cum2}/export.docx, 404",
			"giamdoc.hagiang, POST, /reports/{cum2}/reopen, 404" })
	void access(String username, String method, String path, int expected) throws Exception {
		String uri = path;
		for (Map.Entry<String, Long> report : this.reports.entrySet()) {
			uri = uri.replace("{" + report.getKey() + "}", report.getValue().toString());
		}
		AbstractMockHttpServletRequestBuilder<?> request = switch (method) {
			case "GET" -> get(uri);
			case "POST" -> (uri.endsWith("/self-assessment") || uri.endsWith("/edit")) ? multipart(uri)
				.file(new MockMultipartFile("evidence", "a.pdf", "application/pdf", FileTypeTests.PDF))
				.param("version", "0") : post(uri).param("version", "0").param("text", "");
			default -> throw new IllegalArgumentException(method);
		};
		this.mvc.perform(request.with(csrf()).with(user(this.fixtures.user(username))))
			.andExpect(status().is(expected));
	}

	private long reportOf(String cluster) {
		return this.fixtures.count("select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "where c.name = ?1 and r.year = 2014 and r.quarter = 1", cluster);
	}

}

package vn.thidua.closing;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.rules.RulesService;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closing documents cite the legal basis written in their year's rule set (data): Cụm
 * 3's 2014 minutes and proposal letter cite 2014's law and decree, and follow a change of
 * it; no decree or circular number lives in code.
 */
@IntegrationTest
@Transactional
class DocumentsCiteTheBasisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@PersistenceContext
	EntityManager entities;

	@Autowired
	UserDetailsService users;

	@Test
	void theMinutesAndTheProposalCiteTheRuleSetsBasis() throws Exception {
		long cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 3' and year = 2014",
				Long.class);
		assertThat(minutes(cluster)).contains("Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003",
				"Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010",
				"Căn cứ quy chế hoạt động cụm thi đua năm 2014;");
		assertThat(document(cluster, "proposal")).contains("Căn cứ Nghị định số 42/2010/NĐ-CP");

		// the text cited is the rule set's own, stored as data: another basis, other
		// documents
		this.jdbc.execute("alter table rule_sets disable trigger tg_rule_sets_read_only");
		this.jdbc.update("update rule_sets s set basis = 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' "
				+ "from provinces p where p.id = s.province_id and p.code = '40' and s.year = 2014");
		this.jdbc.execute("alter table rule_sets enable trigger tg_rule_sets_read_only");
		// written past the rules service: neither its cache nor the persistence context
		// of the test's transaction knows
		this.caches.getCache(RulesService.CACHE).clear();
		this.entities.clear();
		assertThat(minutes(cluster)).contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
			.doesNotContain("42/2010");
	}

	@Test
	void the2026DocumentsCiteTheLawOf2022AndTheDecreeOf2025() throws Exception {
		// the demo's commune cluster leader opens its 2026 closing
		long cluster = this.jdbc.queryForObject(
				"select c.id from clusters c join app_users a "
						+ "on a.unit_id = c.leader_unit_id where a.username = 'cumtruong.xa' and c.year = 2026",
				Long.class);
		this.mvc
			.perform(post("/clusters/{id}/closing/open", cluster)
				.with(user(this.users.loadUserByUsername("cumtruong.xa")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String minutes = document(cluster, "minutes", "cumtruong.xa");
		assertThat(minutes)
			.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
					"Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025", "Căn cứ Thông tư số 15/2025/TT-BNV",
					"Căn cứ quy chế hoạt động cụm thi đua năm 2026;")
			.doesNotContain("42/2010");
		assertThat(document(cluster, "proposal", "cumtruong.xa")).contains("Căn cứ Nghị định số 152/2025/NĐ-CP")
			.doesNotContain("42/2010");
	}

	private String minutes(long cluster) throws Exception {
		return document(cluster, "minutes", "cumtruong.tuongduong");
	}

	private String document(long cluster, String name) throws Exception {
		return document(cluster, name, "cumtruong.tuongduong");
	}

	private String document(long cluster, String name, String username) throws Exception {
		byte[] docx = this.mvc
			.perform(get("/clusters/{id}/closing/" + name + ".docx", cluster)
				.with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

}

package vn.thidua.report.attachment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's evidence is seen by that member, the cluster's leader and the department;
 * another member of the cluster neither sees it listed nor downloads it, unless the
 * year's rules share evidence. The report's own evidence is seen by every member.
 */
@IntegrationTest
@Transactional
class EvidenceIsTheUnitsOwnTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	long report;

	long dienChauFile;

	long reportFile;

	@BeforeEach
	void evidenceOfDienChauAndOfTheReport() {
		this.report = this.jdbc.queryForObject("select r.id from quarterly_reports r join clusters c on c.id = "
				+ "r.cluster_id where c.name = 'Cụm 1' and r.year = 2014 and r.quarter = 1", Long.class);
		this.jdbc.update("""
				insert into app_users (username, password_hash, full_name, role, province_id, unit_id)
				select 'kiemthu.hoangmai', '{noop}x', 'Cán bộ Hoàng Mai', 'UNIT', d.province_id, d.id
				from units d where d.level = 'DISTRICT_LEVEL' and d.name = 'Hoàng Mai'""");
		this.dienChauFile = insert("tu-cham-dien-chau.pdf",
				"(select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu')");
		this.reportFile = insert("bao-cao-cum.pdf", "null");
	}

	@Test
	void anotherMemberNeitherSeesNorDownloadsIt() throws Exception {
		this.mvc.perform(get("/reports/{id}", this.report).with(as("kiemthu.hoangmai")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bao-cao-cum.pdf")))
			.andExpect(content().string(not(containsString("tu-cham-dien-chau.pdf"))));
		this.mvc.perform(file(this.dienChauFile).with(as("kiemthu.hoangmai"))).andExpect(status().isNotFound());
		this.mvc.perform(file(this.reportFile).with(as("kiemthu.hoangmai"))).andExpect(status().isOk());
		for (String owner : new String[] { "huyen.dienchau", "cumtruong.quynhluu", "chuyenvien", "giamdoc" }) {
			this.mvc.perform(get("/reports/{id}", this.report).with(as(owner)))
				.andExpect(content().string(containsString("tu-cham-dien-chau.pdf")));
			this.mvc.perform(file(this.dienChauFile).with(as(owner))).andExpect(status().isOk());
		}
	}

	@Test
	void theYearsRulesMayShareEvidence() throws Exception {
		this.jdbc.execute("alter table rule_sets disable trigger tg_rule_sets_read_only");
		this.jdbc.update("update rule_sets set evidence_shared = true where year = 2014");
		this.mvc.perform(file(this.dienChauFile).with(as("kiemthu.hoangmai"))).andExpect(status().isOk());
		this.mvc.perform(get("/reports/{id}", this.report).with(as("kiemthu.hoangmai")))
			.andExpect(content().string(containsString("tu-cham-dien-chau.pdf")));
	}

	private long insert(String name, String unit) {
		return this.jdbc.queryForObject("insert into attachments (report_id, unit_id, file_name, content_type, "
				+ "size_bytes, sha256, content, uploaded_by) values (?, " + unit + ", ?, 'application/pdf', 9, "
				+ "repeat('0', 64), '%PDF-1.4 '::bytea, (select id from app_users where username = 'huyen.dienchau')) "
				+ "returning id", Long.class, this.report, name);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder file(long id) {
		return get("/reports/{id}/attachments/{file}", this.report, id);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

package vn.thidua.unit;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator keeps the department per period: the periods of Nghệ An (information
 * and communications until 28/2/2025, science and technology since), a period corrected
 * and shown at once in the page header, a new period that ends the one before, and
 * refusals that keep every value typed.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class DepartmentAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	void thePageListsThePeriodsWithTodaysMarked() throws Exception {
		String page = this.mvc.perform(get("/admin/department"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Sở Thông tin và Truyền thông", "… – 28/02/2025", "Sở Khoa học và Công nghệ",
				"01/03/2025 – …", "ngành Khoa học và Công nghệ");
		String current = page.substring(page.indexOf("table-primary"));
		assertThat(current.substring(0, current.indexOf("</tr>"))).contains("Sở Khoa học và Công nghệ", "Hiện nay");
	}

	@Test
	void aCorrectedNameIsInThePageHeaderAtOnce() throws Exception {
		long id = current();
		long audited = count("select count(*) from audit_events where action = 'DEPARTMENT_CHANGED'");
		this.mvc
			.perform(fields(post("/admin/department/{id}", id), "Sở Khoa học và Công nghệ tỉnh Nghệ An (sửa)")
				.param("version", Integer.toString(version(id))))
			.andExpect(redirectedUrl("/admin/department"));
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("Sở Khoa học và Công nghệ tỉnh Nghệ An (sửa)")));
		this.entityManager.flush();
		assertThat(count("select count(*) from audit_events where action = 'DEPARTMENT_CHANGED'"))
			.isEqualTo(audited + 1);
	}

	@Test
	void aSaveOverAnotherAdministratorsIsRefusedKeepingWhatWasTyped() throws Exception {
		long id = current();
		int read = version(id);
		this.entityManager
			.createNativeQuery(
					"update departments set name = 'Bản của người khác', version = version + 1 " + "where id = " + id)
			.executeUpdate();
		String page = this.mvc
			.perform(fields(post("/admin/department/{id}", id), "Bản của tôi").param("version", Integer.toString(read)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("version", org.hamcrest.Matchers.is(read + 1))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("vừa được người khác lưu", "value=\"Bản của tôi\"",
				"Bản đã lưu hiện nay: Bản của người khác");
		assertThat(name(id)).isEqualTo("Bản của người khác");
	}

	@Test
	void aNewPeriodEndsTheOneBeforeTheDayBefore() throws Exception {
		long before = current();
		long audited = count("select count(*) from audit_events where action = 'DEPARTMENT_PERIOD_ADDED'");
		this.mvc
			.perform(fields(post("/admin/department"), "Sở Khoa học, Công nghệ và Đổi mới sáng tạo").param("validFrom",
					"01/01/2027"))
			.andExpect(redirectedUrl("/admin/department"));
		this.entityManager.flush();
		assertThat(this.entityManager
			.createNativeQuery("select cast(valid_to as text) from departments where id = " + before)
			.getSingleResult()).isEqualTo("2026-12-31");
		assertThat(count("select count(*) from departments d join provinces p on p.id = d.province_id "
				+ "where p.code = '40' and d.valid_from = date '2027-01-01' and d.valid_to is null "
				+ "and d.name = 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_events where action = 'DEPARTMENT_PERIOD_ADDED'"))
			.isEqualTo(audited + 1);
	}

	@Test
	void aPeriodThatWouldRewriteIssuedDocumentsOrLacksANameIsRefusedWithTheValuesKept() throws Exception {
		long periods = count("select count(*) from departments");
		assertThat(refused(fields(post("/admin/department"), "Sở mới").param("validFrom", "01/03/2025"), "validFrom",
				"department.validFrom.afterLatest"))
			.contains("value=\"01/03/2025\"", "value=\"Sở mới\"", "Thời kỳ mới phải bắt đầu sau ngày 01/03/2025");
		assertThat(refused(fields(post("/admin/department"), " ").param("validFrom", "01/01/2027"), "name", "NotBlank"))
			.contains("Nhập tên đầy đủ của cơ quan.", "value=\"01/01/2027\"", "value=\"Sở KHCN\"");
		assertThat(refused(fields(post("/admin/department"), "Sở mới").param("validFrom", "31/02/2027"), "validFrom",
				"typeMismatch"))
			.contains("value=\"31/02/2027\"", "value=\"Sở mới\"");
		assertThat(count("select count(*) from departments")).isEqualTo(periods);
	}

	/** The page of a refused form, unescaped, after checking the field's error. */
	private String refused(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", field, code))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anotherProvincesPeriodIsNotFound() throws Exception {
		long other = count("select d.id from departments d join provinces p on p.id = d.province_id "
				+ "where p.code = '02' order by d.valid_from limit 1");
		this.mvc.perform(get("/admin/department/{id}", other)).andExpect(status().isNotFound());
		this.mvc.perform(fields(post("/admin/department/{id}", other), "Sở của tỉnh khác").param("version", "0"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf())
			.param("name", name)
			.param("shortName", "Sở KHCN")
			.param("symbol", "SKHCN")
			.param("governingBody", "Ủy ban nhân dân tỉnh Nghệ An")
			.param("governingBodyShort", "UBND tỉnh Nghệ An")
			.param("place", "Nghệ An")
			.param("headTitle", "Giám đốc")
			.param("sector", "ngành Khoa học và Công nghệ");
	}

	private long current() {
		return count("select d.id from departments d join provinces p on p.id = d.province_id "
				+ "where p.code = '40' and d.valid_to is null");
	}

	private int version(long id) {
		return (int) count("select version from departments where id = " + id);
	}

	private String name(long id) {
		return (String) this.entityManager.createNativeQuery("select name from departments where id = " + id)
			.getSingleResult();
	}

	private long count(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}

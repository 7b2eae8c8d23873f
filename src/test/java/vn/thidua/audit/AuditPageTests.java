package vn.thidua.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUser;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private void event(String province, String username, String action, String type, String summary, String at) {
		this.jdbc.update("insert into audit_events (occurred_at, province_id, username, action, entity_type, summary, "
				+ "client_address) select ?::timestamptz, id, ?, ?, ?, ?, '10.0.0.7' from provinces where code = ?", at,
				username, action, type, summary, province);
	}

	@Test
	@WithUserDetails("giamdoc")
	void theDirectorFiltersTheProvincesEventsByUserTypeAndDate() throws Exception {
		event("40", "chuyenvien", "REPORT_APPROVED", "QuarterlyReport", "Duyệt báo cáo thử A", "2031-05-04 09:00+07");
		event("40", "admin", "USER_CREATED", "AppUser", "Tạo tài khoản thử B", "2031-05-05 09:00+07");
		event("02", "admin.hagiang", "USER_CREATED", "AppUser", "Tài khoản tỉnh khác C", "2031-05-05 10:00+07");
		this.mvc.perform(get("/audit").param("from", "04/05/2031").param("to", "05/05/2031"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Duyệt báo cáo thử A")))
			.andExpect(content().string(containsString("Tạo tài khoản thử B")))
			.andExpect(content().string(containsString("10.0.0.7")))
			.andExpect(content().string(not(containsString("Tài khoản tỉnh khác C"))));
		this.mvc.perform(get("/audit").param("entityType", "AppUser").param("from", "04/05/2031"))
			.andExpect(content().string(containsString("Tạo tài khoản thử B")))
			.andExpect(content().string(not(containsString("Duyệt báo cáo thử A"))));
		this.mvc.perform(get("/audit").param("username", "chuyenvien").param("from", "04/05/2031"))
			.andExpect(content().string(containsString("Duyệt báo cáo thử A")))
			.andExpect(content().string(not(containsString("Tạo tài khoản thử B"))));
		this.mvc.perform(get("/audit").param("to", "04/05/2031").param("from", "04/05/2031"))
			.andExpect(content().string(not(containsString("Tạo tài khoản thử B"))));
	}

	@Test
	@WithUserDetails("admin")
	void eventsArePagedNewestFirst() throws Exception {
		for (int i = 0; i < AuditService.PAGE_SIZE + 5; i++) {
			event("40", "chuyenvien", "REPORT_SAVED", "QuarterlyReport", "Lưu thử số " + (1000 + i),
					"2030-01-01 08:00+07");
		}
		this.mvc.perform(get("/audit").param("from", "01/01/2030"))
			.andExpect(content().string(containsString("Trang 1 / 2 (55 sự kiện)")))
			.andExpect(content().string(containsString("Lưu thử số 1054")));
		this.mvc.perform(get("/audit").param("from", "01/01/2030").param("page", "1"))
			.andExpect(content().string(containsString("Trang 2 / 2 (55 sự kiện)")))
			.andExpect(content().string(containsString("Lưu thử số 1000")))
			.andExpect(content().string(not(containsString("Lưu thử số 1054"))));
	}

	@Test
	@WithUserDetails("giamdoc")
	void aWronglyTypedDateIsShownAtItsFieldAsTyped() throws Exception {
		this.mvc.perform(get("/audit").param("from", "31/02/2014").param("username", "chuyenvien"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"31/02/2014\"")))
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(content().string(containsString("value=\"chuyenvien\"")));
	}

}

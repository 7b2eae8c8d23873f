package vn.thidua.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HeadersAndSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		MvcResult result = this.mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndChangesAtLogin() throws Exception {
		MvcResult page = this.mvc.perform(get("/login")).andReturn();
		Cookie before = SessionCookie.of(page);
		assertThat(page.getResponse().getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax");
		MvcResult login = this.mvc.perform(
				post("/login").cookie(before).param("username", "giamdoc").param("password", "Demo@2014").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = SessionCookie.of(login);
		assertThat(after.getValue()).as("session id after login").isNotEqualTo(before.getValue());
		assertThat(after.isHttpOnly()).isTrue();
		// the new session is the logged-in one; the old id no longer is
		assertThat(this.mvc.perform(get("/").cookie(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/").cookie(before)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aPageViewReadsTheSessionWithoutRewritingIt() throws Exception {
		Cookie session = SessionCookie.of(this.mvc
			.perform(post("/login").param("username", "chuyenvien").param("password", "Demo@2014").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		Long before = lastAccess(id);
		assertThat(before).as("the session is stored in PostgreSQL").isNotNull();
		Thread.sleep(20);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/clusters").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("last access written at most once a minute").isEqualTo(before);
	}

	private Long lastAccess(String sessionId) {
		return this.jdbc.query("select last_access_time from spring_session where session_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, sessionId);
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorArePublic() throws Exception {
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
			.contains("\"db\"");
		assertThat(this.mvc.perform(get("/actuator/info")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/actuator/sessions")).andReturn().getResponse().getStatus()).isIn(302, 404);
		assertThat(this.mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isIn(302, 404);
	}

}

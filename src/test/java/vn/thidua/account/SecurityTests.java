package vn.thidua.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SessionCookie;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/clusters")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginPageIsVietnameseWithCsrf() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập hệ thống")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")));
	}

	@Test
	void aWrongPasswordGivesAVietnameseError() throws Exception {
		this.mvc.perform(formLogin("/login").user("giamdoc").password("sai-mat-khau"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content()
				.string(containsString("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.")));
	}

	@Test
	void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("khong.ton.tai").password("Demo@2014"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@ParameterizedTest
	// the department opens on the province's latest year, a unit on its own cluster's
	@CsvSource({ "admin, Quản trị hệ thống, 2026", "giamdoc, Giám đốc Sở, 2026", "chuyenvien, Chuyên viên Sở, 2026",
			"cumtruong.yenthanh, Cụm trưởng, 2014", "cumtruong.quynhluu, Cụm trưởng, 2014",
			"cumtruong.tuongduong, Cụm trưởng, 2014", "huyen.dienchau, Cán bộ đơn vị, 2014",
			"cumtruong.xa, Cụm trưởng, 2026", "xa.dienchau, Cán bộ đơn vị, 2026" })
	void eachDemoRoleReachesItsDashboard(String username, String roleLabel, int year) throws Exception {
		Cookie session = SessionCookie.of(this.mvc.perform(formLogin("/login").user(username).password("Demo@2014"))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xin chào")))
			.andExpect(content().string(containsString(roleLabel)))
			.andExpect(content().string(containsString("Các cụm thi đua năm " + year)));
	}

	@Test
	void theAssetsOfTheLoginPageArePublic() throws Exception {
		// otherwise a browser's request for them becomes the page shown after login
		for (String asset : new String[] { "/css/app.css", "/js/app.js", "/images/favicon.svg",
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap/js/bootstrap.bundle.min.js" }) {
			this.mvc.perform(get(asset)).andExpect(status().isOk());
		}
	}

	@Test
	void aPostWithoutCsrfIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "giamdoc").param("password", "Demo@2014"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("giamdoc")
	void logoutWithoutCsrfIsRefusedAndWithCsrfWorks() throws Exception {
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void healthIsPublicAndIncludesTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"db\":{\"status\":\"UP\"")));
	}

	@Test
	@WithUserDetails("admin")
	void otherActuatorEndpointsAreNotExposedEvenToAnAdministrator() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

}

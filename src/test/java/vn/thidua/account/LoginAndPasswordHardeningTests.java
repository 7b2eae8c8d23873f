package vn.thidua.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.LoginThrottle;
import vn.thidua.account.login.AppUserDetailsService;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logins and passwords as the audit found them: a throttle per client address beside the
 * account lockout, a lock that wrong attempts cannot extend, passwords over BCrypt's 72
 * bytes refused with a message (and a wrong password at login, never a 500), weak
 * patterns refused, control characters in a login name harmless.
 */
@IntegrationTest
@Transactional
class LoginAndPasswordHardeningTests {

	static final String LONG = "Mật khẩu rất dài của cán bộ phòng văn hóa thông tin huyện Diễn Châu 2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserDetailsService users;

	@Autowired
	LoginThrottle throttle;

	@Test
	void oneAddressTryingManyNamesIsThrottledWhateverTheNames() throws Exception {
		RequestPostProcessor from = from("10.20.30.40");
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			this.mvc
				.perform(post("/login").with(from).with(csrf()).param("username", "thu" + i).param("password", "sai"))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.throttle.blockedFor("10.20.30.40")).as("blocked").isPositive();
		// even the right password of a real account waits now
		this.mvc
			.perform(post("/login").with(from).with(csrf()).param("username", "giamdoc").param("password", "Demo@2014"))
			.andExpect(redirectedUrl("/login?throttled=1"));
		this.mvc
			.perform(post("/login").with(from("10.20.30.41"))
				.with(csrf())
				.param("username", "giamdoc")
				.param("password", "Demo@2014"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongAttemptsDuringALockDoNotExtendIt() throws Exception {
		this.jdbc.update("update app_users set failed_logins = 0, locked_until = now() + interval '10 minutes' "
				+ "where username = 'chuyenvien'");
		Instant until = this.jdbc
			.queryForObject("select locked_until from app_users where username = 'chuyenvien'",
					java.sql.Timestamp.class)
			.toInstant();
		for (int i = 0; i < 6; i++) {
			this.mvc
				.perform(post("/login").with(from("10.20.31." + i))
					.with(csrf())
					.param("username", "chuyenvien")
					.param("password", "sai-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.jdbc
			.queryForObject("select locked_until from app_users where username = 'chuyenvien'",
					java.sql.Timestamp.class)
			.toInstant()).isEqualTo(until);
		assertThat(this.jdbc.queryForObject("select failed_logins from app_users where username = 'chuyenvien'",
				Integer.class))
			.isZero();
	}

	@Test
	void passwordsOver72BytesAreRefusedWithAMessageAndAreWrongAtLogin() throws Exception {
		assertThat(LONG.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		RequestPostProcessor admin = user(this.users.loadUserByUsername("admin"));
		this.mvc
			.perform(post("/admin/users").with(admin)
				.with(csrf())
				.param("username", "dai.qua")
				.param("fullName", "Thử")
				.param("role", "STAFF")
				.param("password", LONG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu quá dài: tối đa 72 byte")));
		long id = this.jdbc.queryForObject("select id from app_users where username = 'huyen.dienchau'", Long.class);
		this.mvc.perform(post("/admin/users/" + id + "/password").with(admin).with(csrf()).param("password", LONG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu quá dài")));
		this.mvc
			.perform(post("/account/password").with(user(this.users.loadUserByUsername("chuyenvien")))
				.with(csrf())
				.param("current", LONG)
				.param("password", LONG)
				.param("confirmation", LONG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")))
			.andExpect(content().string(containsString("Mật khẩu quá dài")));
		this.mvc
			.perform(post("/login").with(from("10.20.32.1"))
				.with(csrf())
				.param("username", "chuyenvien")
				.param("password", LONG))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void controlCharactersInALoginNameAreAWrongLoginNotAnError() throws Exception {
		this.mvc
			.perform(post("/login").with(from("10.20.33.1"))
				.with(csrf())
				.param("username", "gi\u0000am\u202Edoc" + "x".repeat(300))
				.param("password", "sai"))
			.andExpect(redirectedUrl("/login?error"));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

package vn.thidua.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A wrong password slows that user name from that address (1 s from the third failure,
 * then doubling); only failures from several addresses lock the account, and only for
 * those addresses; the rightful user from another address always signs in. Measured on a
 * clock the test moves; every attempt is audited with the client address.
 */
@IntegrationTest
@Transactional
class LockoutTests {

	private static final String PASSWORD = "Khoa-thu-2026!";

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	/**
	 * The listeners join the test's transaction: their changes are flushed before
	 * reading.
	 */
	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void user() {
		this.clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		this.jdbc.update(
				"insert into app_users (username, password_hash, full_name, role, province_id) "
						+ "select 'thu.khoa', ?, 'Người thử khóa', 'STAFF', id from provinces where code = '40'",
				this.encoder.encode(PASSWORD));
	}

	@Test
	void aWrongPasswordSlowsThatNameFromThatAddressNotTheRightfulUserElsewhere() throws Exception {
		// three wrong passwords from one address: the next try from there waits 1 s, then
		// 2
		for (int i = 1; i <= 3; i++) {
			fail("thu.khoa", "sai-mat-khau-" + i, "127.0.0.21");
		}
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.21"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?slowed=1"));
		this.clock.advance(Duration.ofSeconds(1));
		fail("thu.khoa", "sai-mat-khau-4", "127.0.0.21");
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.21")).andExpect(redirectedUrl("/login?slowed=2"));
		// the rightful user, from an address with no failure, signs in at once
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.22")).andExpect(authenticated().withUsername("thu.khoa"));
		// and the slowed address too, once it has waited
		this.clock.advance(Duration.ofSeconds(2));
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.21")).andExpect(authenticated());
		this.entityManager.flush();
		assertThat(lockedUntil()).isNull();
		List<Map<String, Object>> audit = this.jdbc
			.queryForList("select action, client_address from audit_events where username = 'thu.khoa' order by id");
		assertThat(audit).extracting((row) -> row.get("action"))
			.containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN", "LOGIN");
		assertThat(audit).extracting((row) -> row.get("client_address")).contains("127.0.0.21", "127.0.0.22");
	}

	@Test
	void failuresFromSeveralAddressesLockTheAccountForThoseAddressesOnly() throws Exception {
		String[] attackers = { "127.0.0.31", "127.0.0.32", "127.0.0.33", "127.0.0.34", "127.0.0.35" };
		int n = 0;
		for (String address : attackers) {
			for (int i = 0; i < 2; i++) {
				fail("thu.khoa", "doan-mat-khau-" + (n++), address);
			}
		}
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where username = 'thu.khoa' " + "and action = 'ACCOUNT_LOCKED'",
				Integer.class))
			.isEqualTo(1);
		// an address that failed is refused even with the right password, in the same
		// words
		fail("thu.khoa", PASSWORD, "127.0.0.31");
		// the rightful user, from an address with no failure, signs in
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.40")).andExpect(authenticated().withUsername("thu.khoa"));
		// after the window the lock is gone for the others too
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(login("thu.khoa", PASSWORD, "127.0.0.31")).andExpect(authenticated());
	}

	@Test
	void aNameThatDoesNotExistGetsTheSameAnswerAndIsAudited() throws Exception {
		fail("khong.ai.ca", PASSWORD);
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where username = 'khong.ai.ca' and action = 'LOGIN_FAILED' "
						+ "and user_id is null and client_address = '127.0.0.1'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aSuccessfulLoginForgetsThatAddressesFailures() throws Exception {
		for (int i = 1; i <= 2; i++) {
			fail("thu.khoa", "sai-" + i);
		}
		this.mvc.perform(formLogin("/login").user("thu.khoa").password(PASSWORD)).andExpect(authenticated());
		for (int i = 1; i <= 2; i++) {
			fail("thu.khoa", "sai-lan-hai-" + i);
		}
		// two, not four: the third try is not slowed
		assertThat(this.jdbc.queryForObject("select count(*) from login_failures where username = 'thu.khoa'",
				Integer.class))
			.isEqualTo(2);
		this.mvc.perform(formLogin("/login").user("thu.khoa").password(PASSWORD)).andExpect(authenticated());
		assertThat(lockedUntil()).isNull();
	}

	private void fail(String username, String password) throws Exception {
		fail(username, password, "127.0.0.1");
	}

	private void fail(String username, String password, String address) throws Exception {
		this.mvc.perform(login(username, password, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	private static org.springframework.test.web.servlet.RequestBuilder login(String username, String password,
			String address) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("username", username)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private Instant lockedUntil() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("select locked_until from app_users where username = 'thu.khoa'",
				Instant.class);
	}

}

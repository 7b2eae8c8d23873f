package vn.thidua.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Five failed logins in a row lock an account for 15 minutes, measured on a clock the
 * test moves; every attempt is audited with the client address.
 */
@IntegrationTest
@Transactional
class LockoutTests {

	private static final String PASSWORD = "Khoa-thu-2026!";

	@MockitoBean
	Clock clock;

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

	private Instant now = Instant.parse("2026-03-02T01:00:00Z");

	@BeforeEach
	void user() {
		given(this.clock.instant()).willAnswer((invocation) -> this.now);
		given(this.clock.millis()).willAnswer((invocation) -> this.now.toEpochMilli());
		given(this.clock.getZone()).willReturn(ZoneId.of("Asia/Ho_Chi_Minh"));
		this.jdbc.update(
				"insert into app_users (username, password_hash, full_name, role, province_id) "
						+ "select 'thu.khoa', ?, 'Người thử khóa', 'STAFF', id from provinces where code = '40'",
				this.encoder.encode(PASSWORD));
	}

	@Test
	void theFifthFailureLocksForFifteenMinutesAndTheMessageNeverChanges() throws Exception {
		for (int i = 1; i <= 4; i++) {
			fail("thu.khoa", "sai-mat-khau-" + i);
		}
		assertThat(lockedUntil()).isNull();
		fail("thu.khoa", "sai-mat-khau-5");
		assertThat(lockedUntil()).isEqualTo(this.now.plus(Duration.ofMinutes(15)));

		// the right password is refused while locked, in the same words as a wrong one
		fail("thu.khoa", PASSWORD);
		this.now = this.now.plus(Duration.ofMinutes(14));
		fail("thu.khoa", PASSWORD);

		this.now = this.now.plus(Duration.ofMinutes(2));
		this.mvc.perform(formLogin("/login").user("thu.khoa").password(PASSWORD))
			.andExpect(authenticated().withUsername("thu.khoa"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select failed_logins from app_users where username = 'thu.khoa'",
				Integer.class))
			.isZero();

		this.entityManager.flush();
		List<Map<String, Object>> audit = this.jdbc
			.queryForList("select action, client_address from audit_events where username = 'thu.khoa' order by id");
		assertThat(audit).extracting((row) -> row.get("action"))
			.containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "ACCOUNT_LOCKED",
					"LOGIN_FAILED", "LOGIN_FAILED", "LOGIN");
		assertThat(audit).extracting((row) -> row.get("client_address")).containsOnly("127.0.0.1");
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
	void aSuccessfulLoginResetsTheCount() throws Exception {
		for (int i = 1; i <= 4; i++) {
			fail("thu.khoa", "sai-" + i);
		}
		this.mvc.perform(formLogin("/login").user("thu.khoa").password(PASSWORD)).andExpect(authenticated());
		for (int i = 1; i <= 4; i++) {
			fail("thu.khoa", "sai-lan-hai-" + i);
		}
		assertThat(lockedUntil()).isNull();
	}

	private void fail(String username, String password) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	private Instant lockedUntil() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("select locked_until from app_users where username = 'thu.khoa'",
				Instant.class);
	}

}

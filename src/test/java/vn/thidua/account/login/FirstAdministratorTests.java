package vn.thidua.account.login;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUserRepository;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first administrator belongs to the province of today with the configured code: a
 * merged province keeps its host's code, so code 08 is the Tuyên Quang formed on
 * 1/7/2025, not the one that ended the day before.
 */
@IntegrationTest
@Transactional
class FirstAdministratorTests {

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void theProvinceOfTodayWithTheCodeIsChosen() {
		assertThat(first("08").province().getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(first("08").province().getName()).isEqualTo("Tuyên Quang");
		assertThat(first("40").province().getName()).isEqualTo("Nghệ An");
		// Hà Giang ended on 30/6/2025: no administrator starts there any more
		assertThatIllegalStateException().isThrownBy(() -> first("02").province())
			.withMessageContaining("02 is not a province of today");
	}

	private FirstAdministrator first(String code) {
		return new FirstAdministrator(this.users, this.encoder, this.entityManager, this.clock, "admin", code, "");
	}

}

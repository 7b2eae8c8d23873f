package vn.thidua.account.login;

import java.security.SecureRandom;
import java.time.Clock;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.account.AppUser;
import vn.thidua.account.AppUserRepository;
import vn.thidua.unit.Province;
import vn.thidua.shared.Role;

/**
 * On a database without any account (a new production install: demo accounts exist only
 * outside {@code prod}), creates the first administrator once: user name
 * {@code thidua.admin.username} (default {@code admin}) of the province with GSO code
 * {@code thidua.admin.province-code} (default 40, Nghệ An), with the password of
 * {@code THIDUA_ADMIN_PASSWORD} if set, else a generated one-time password written to the
 * log. Either way the administrator must change it at first login.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final EntityManager entityManager;

	private final Clock clock;

	private final String username;

	private final String provinceCode;

	private final String password;

	FirstAdministrator(AppUserRepository users, PasswordEncoder encoder, EntityManager entityManager, Clock clock,
			@Value("${thidua.admin.username:admin}") String username,
			@Value("${thidua.admin.province-code:40}") String provinceCode,
			@Value("${thidua.admin.password:}") String password) {
		this.users = users;
		this.encoder = encoder;
		this.entityManager = entityManager;
		this.clock = clock;
		this.username = username;
		this.provinceCode = provinceCode;
		this.password = password;
	}

	/**
	 * The province of today with the configured code (Tuyên Quang 08 of 1/7/2025, not the
	 * one before the merger).
	 */
	Province province() {
		return this.entityManager
			.createQuery("select p from Province p where p.code = :code and (p.validTo is null or p.validTo >= :today) "
					+ "order by p.validFrom desc nulls last", Province.class)
			.setParameter("code", this.provinceCode)
			.setParameter("today", java.time.LocalDate.now(this.clock))
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"thidua.admin.province-code " + this.provinceCode + " is not a province of today"));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		Province province = province();
		boolean generated = this.password.isBlank();
		String chosen = generated ? generate() : this.password;
		this.users.save(new AppUser(this.username, this.encoder.encode(chosen), "Quản trị hệ thống", null, Role.ADMIN,
				province, null, this.clock.instant()));
		if (generated) {
			log.warn(
					"Tạo quản trị viên đầu tiên '{}' ({}) với mật khẩu một lần: {} — đổi mật khẩu khi đăng nhập lần đầu.",
					this.username, province.getName(), chosen);
		}
		else {
			log.warn(
					"Tạo quản trị viên đầu tiên '{}' ({}) với mật khẩu từ THIDUA_ADMIN_PASSWORD — đổi khi đăng nhập lần đầu.",
					this.username, province.getName());
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}

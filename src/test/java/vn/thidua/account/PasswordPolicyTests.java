package vn.thidua.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "nguyen.van.a, NULL, password.tooShort", "nguyen.van.a, Ab1!, password.tooShort",
					"nguyen.van.a, 123456789, password.tooShort",
					"nguyen.van.a, xNGUYEN.VAN.Ay2025, password.containsUsername",
					"thu.huong, thu.huong2026, password.containsUsername", "nguyen.van.a, Matkhau@123, password.common",
					"nguyen.van.a, 1234567890, password.sequential", "nguyen.van.a, QWERTYUIOP, password.common",
					"nguyen.van.a, Abc@123456, password.common", "nguyen.van.a, aaaaaaaaaa, password.repeated",
					"nguyen.van.a, ababababab, password.repeated", "nguyen.van.a, abcdefghij, password.sequential",
					"nguyen.van.a, 9876543210, password.sequential", "'nguyen.van.a', '          ', password.blank",
					"nguyen.van.a, LockerRoom, password.common" })
	void aPasswordBreakingARuleIsRefusedWithThatRule(String username, String password, String problem) {
		assertThat(this.policy.problem(username, password)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource({ "nguyen.van.a, Sông Lam xanh 2026", "cumtruong.yenthanh, bao-cao-quy-IV!", "admin, 0123-bao-cao-x" })
	void aLongUncommonPasswordWithoutTheUserNameIsAccepted(String username, String password) {
		assertThat(this.policy.problem(username, password)).isNull();
	}

}

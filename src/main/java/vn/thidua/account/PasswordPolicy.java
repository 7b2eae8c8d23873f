package vn.thidua.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a password must be: at least 10 characters, not the user name (nor containing it),
 * not one of the common passwords shipped in {@code security/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private final Set<String> common;

	PasswordPolicy() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rejects {@code field} of {@code errors} with the first rule the password breaks.
	 */
	public void check(String username, String password, String field, Errors errors) {
		String problem = problem(username, password);
		if (problem != null) {
			errors.rejectValue(field, problem, new Object[] { MIN_LENGTH }, null);
		}
	}

	/**
	 * The message code of the first rule broken, or {@code null}.
	 */
	public String problem(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.tooShort";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return "password.containsUsername";
		}
		if (this.common.contains(lower)) {
			return "password.common";
		}
		return null;
	}

}

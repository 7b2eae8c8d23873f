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
 * What a password must be: at least 10 characters and at most 72 bytes (BCrypt reads no
 * further), not only spaces, not one or two characters repeated ({@code aaaaaaaaaa}), not
 * a run of consecutive characters ({@code abcdefghij}, {@code 9876543210}), not the user
 * name (nor containing it), not one of the common passwords shipped in
 * {@code security/common-passwords.txt} (about 15,900).
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/** BCrypt's limit: bytes beyond it are ignored (or refused by the encoder). */
	static final int MAX_BYTES = 72;

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
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "password.tooLong";
		}
		if (password.isBlank()) {
			return "password.blank";
		}
		if (password.codePoints().distinct().count() <= 2) {
			return "password.repeated";
		}
		if (isRun(password.toLowerCase(Locale.ROOT))) {
			return "password.sequential";
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

	/**
	 * Whether the password is one run of consecutive characters, up or down
	 * ({@code abcdefghij}, {@code 0123456789}, {@code 9876543210}), the digits wrapping
	 * ({@code 1234567890}).
	 */
	static boolean isRun(String password) {
		int[] points = password.codePoints().toArray();
		int up = 0;
		int down = 0;
		for (int i = 1; i < points.length; i++) {
			int step = points[i] - points[i - 1];
			boolean wrapUp = points[i - 1] == '9' && points[i] == '0';
			boolean wrapDown = points[i - 1] == '0' && points[i] == '9';
			up += (step == 1 || wrapUp) ? 1 : 0;
			down += (step == -1 || wrapDown) ? 1 : 0;
		}
		// all but at most one step in one direction
		return Math.max(up, down) >= points.length - 2;
	}

	/**
	 * Whether a password can be checked at all: BCrypt refuses more than 72 bytes.
	 */
	static boolean checkable(String password) {
		return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}

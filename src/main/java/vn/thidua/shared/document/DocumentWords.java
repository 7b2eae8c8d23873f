package vn.thidua.shared.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the app writes in Vietnamese whatever the reader's language: its documents
 * and workbooks ({@code doc.*} in the {@code documents} bundle) and its audit trail
 * ({@code trail.*} in the {@code trail} bundle). Whole numbers are given as written,
 * never grouped ("2014", not "2,014"); a key ending in {@code Head} or {@code List} holds
 * several entries separated by {@code |}.
 */
@Component
public class DocumentWords {

	/** The documents' language. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	public DocumentWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The words of {@code key} with its arguments. */
	public String get(String key, Object... args) {
		Object[] arguments = Arrays.stream(args)
			.map((a) -> (a instanceof Integer || a instanceof Long) ? a.toString() : a)
			.toArray();
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	/** The entries of {@code key}: a table's head, a list of recipients. */
	public List<String> list(String key) {
		return List.of(get(key).split("\\|", -1));
	}

	/** {@code value} as written, or the dots left for the signer when it is missing. */
	public String orDots(Object value) {
		return (value == null || value.toString().isBlank()) ? get("doc.dots") : value.toString();
	}

}

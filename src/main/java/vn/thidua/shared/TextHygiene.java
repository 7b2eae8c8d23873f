package vn.thidua.shared;

import java.text.Normalizer;

/**
 * Text as the application keeps it, whatever was sent: Unicode NFC (Vietnamese typed on
 * different systems compares equal), without control characters (NUL and the like, which
 * PostgreSQL refuses in text) except tab and line breaks, and without the invisible
 * direction overrides that make {@code rtl\u202Efdp.exe} read as {@code rtlexe.pdf}.
 */
public final class TextHygiene {

	private TextHygiene() {
	}

	/**
	 * The text cleaned; {@code null} stays {@code null}.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (unwanted(c) || loneSurrogate(text, i)) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (out != null) {
				out.append(c);
			}
		}
		String kept = (out != null) ? out.toString() : text;
		return Normalizer.isNormalized(kept, Normalizer.Form.NFC) ? kept
				: Normalizer.normalize(kept, Normalizer.Form.NFC);
	}

	/**
	 * Whether the text holds something {@link #clean(String)} removes.
	 */
	public static boolean needsCleaning(String text) {
		return text != null && !text.equals(clean(text));
	}

	private static boolean unwanted(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F)
		// direction marks, embeddings, overrides and isolates
				|| c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

	/** Half of a surrogate pair without its other half cannot be stored as UTF-8. */
	private static boolean loneSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		return false;
	}

}

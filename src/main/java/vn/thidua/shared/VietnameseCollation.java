package vn.thidua.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorts names as a Vietnamese reader expects (Đ after D, tones after the bare letter).
 */
public final class VietnameseCollation {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private VietnameseCollation() {
	}

	public static <T> Comparator<T> comparing(Function<T, String> name) {
		Collator collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.TERTIARY);
		return Comparator.comparing(name, collator);
	}

}

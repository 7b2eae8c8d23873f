package vn.thidua.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Points, the one place where they are read and written: typed {@code 6}, {@code 6,5} or
 * {@code 6.5} (at most two decimals, not negative), shown without trailing zeros in the
 * reader's number format ({@code 6,5} in Vietnamese, {@code 6.5} in English). Forms bind
 * points through {@link PointsFormatter} (a wrong value comes back as typed with the
 * {@code typeMismatch.vn.thidua.shared.Points} message); pages print them through
 * {@code ${@fmt.points(…)}}; the editor's script reads them the same way (app.js
 * {@code parse}).
 *
 * @param value the points, two decimals
 */
public record Points(BigDecimal value) implements Comparable<Points> {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}([.,]\\d{1,2})?");

	/** NumberFormat is not thread-safe: one per locale and thread. */
	private static final ThreadLocal<Map<Locale, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

	public Points {
		value = value.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Points of(BigDecimal value) {
		return (value != null) ? new Points(value.setScale(2, RoundingMode.HALF_UP)) : null;
	}

	/**
	 * Reads typed points.
	 * @throws ParseException when the text is not a non-negative number with at most two
	 * decimals
	 */
	public static Points parse(String text) throws ParseException {
		String trimmed = text.strip();
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new ParseException("Not points: " + text, 0);
		}
		return new Points(new BigDecimal(trimmed.replace(',', '.')));
	}

	/** Points in the reader's number format, without trailing zeros. */
	public static String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		return FORMATS.get().computeIfAbsent(locale, (key) -> {
			NumberFormat format = NumberFormat.getNumberInstance(key);
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(2);
			return format;
		}).format(value);
	}

	public String format(Locale locale) {
		return format(this.value, locale);
	}

	public boolean exceeds(BigDecimal max) {
		return this.value.compareTo(max) > 0;
	}

	@Override
	public int compareTo(Points other) {
		return this.value.compareTo(other.value);
	}

	/**
	 * Whether two points values are the same number (6.5 = 6.50), nulls included.
	 */
	public static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

	/** Points in forms: parsed and printed as above. */
	public static final class PointsFormatter implements Formatter<Points> {

		@Override
		public Points parse(String text, Locale locale) throws ParseException {
			return Points.parse(text);
		}

		@Override
		public String print(Points points, Locale locale) {
			return points.format(locale);
		}

	}

}

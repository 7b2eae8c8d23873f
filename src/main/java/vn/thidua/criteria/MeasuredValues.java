package vn.thidua.criteria;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.regex.Pattern;

/**
 * A measured value as a unit types it: a non-negative number with at most two decimals, a
 * comma or a point before them ("85", "12,5"); empty for "chưa có số liệu".
 */
public final class MeasuredValues {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,10}([.,]\\d{1,2})?");

	private MeasuredValues() {
	}

	/**
	 * @return the value, or {@code null} when empty
	 * @throws ParseException when the text is not such a number (negative, text, three
	 * decimals)
	 */
	public static BigDecimal parse(String text) throws ParseException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (!NUMBER.matcher(trimmed).matches()) {
			throw new ParseException("Not a measured value: " + text, 0);
		}
		return new BigDecimal(trimmed.replace(',', '.'));
	}

}

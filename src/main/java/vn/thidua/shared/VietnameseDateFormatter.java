package vn.thidua.shared;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Dates as people in Vietnam write them, in every form whatever the browser's language:
 * printed {@code dd/MM/yyyy}, read from {@code d/M/yyyy} (also with {@code -} or
 * {@code .}), years 1945–2100. Anything else is a type mismatch, which the form shows
 * with the Vietnamese message {@code typeMismatch.java.time.LocalDate} next to the field.
 */
public final class VietnameseDateFormatter implements Formatter<LocalDate> {

	/** The earliest year the app accepts (no administrative record is older). */
	public static final int MIN_YEAR = 1945;

	/** The latest year the app accepts. */
	public static final int MAX_YEAR = 2100;

	private static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	@Override
	public String print(LocalDate date, Locale locale) {
		return PRINT.format(date);
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			throw new ParseException("Not a dd/mm/yyyy date: " + text, 0);
		}
		int year = Integer.parseInt(matcher.group(3));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new ParseException("Year out of range: " + text, 0);
		}
		try {
			return LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
		}
		catch (DateTimeException ex) {
			throw new ParseException("No such day: " + text, 0);
		}
	}

}

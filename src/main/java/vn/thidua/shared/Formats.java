package vn.thidua.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The formats of every page, as {@code ${@fmt.date(…)}} in templates: dates dd/MM/yyyy in
 * Vietnam time, points in the reader's number format ({@code 6,5} in Vietnamese,
 * {@code 6.5} in English) without trailing zeros.
 */
@Component("fmt")
public class Formats {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final java.time.Clock clock;

	public Formats(java.time.Clock clock) {
		this.clock = clock;
	}

	/**
	 * The place and date line of an administrative document: "Nghệ An, ngày 06 tháng 04
	 * năm 2014" (Nghị định 30/2020: day and month below 10 with a leading zero); without
	 * a date, dotted blanks for the signer to write.
	 */
	public static String placeAndDate(String place, LocalDate date) {
		if (date == null) {
			return place + ", ngày ..... tháng ..... năm ......";
		}
		return String.format("%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(),
				date.getYear());
	}

	/** The place and today's date, for a printed page. */
	public String placeAndToday(String place) {
		return placeAndDate(place, LocalDate.now(this.clock));
	}

	public String points(BigDecimal value) {
		return Points.format(value, LocaleContextHolder.getLocale());
	}

	/** A quarter as Vietnamese documents write it: I, II, III, IV. */
	public static String roman(int quarter) {
		return switch (quarter) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			default -> Integer.toString(quarter);
		};
	}

	/** Quarters as a list: Roman numerals in Vietnamese ("I, III"), digits otherwise. */
	public String quarters(java.util.List<Integer> quarters) {
		boolean vietnamese = "vi".equals(LocaleContextHolder.getLocale().getLanguage());
		return String.join(", ", quarters.stream().map((q) -> vietnamese ? roman(q) : Integer.toString(q)).toList());
	}

	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(VIETNAM)) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(VIETNAM)) : "";
	}

}

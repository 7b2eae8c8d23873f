package vn.thidua.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

	/** NumberFormat is not thread-safe; one per locale and thread, made once. */
	private final ThreadLocal<Map<Locale, NumberFormat>> pointFormats = ThreadLocal.withInitial(HashMap::new);

	public String points(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return this.pointFormats.get().computeIfAbsent(LocaleContextHolder.getLocale(), (locale) -> {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(0);
			format.setMaximumFractionDigits(2);
			return format;
		}).format(value);
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(VIETNAM)) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(VIETNAM)) : "";
	}

}

package vn.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A quarter's report is due on a day (10 by default, {@code thidua.report.deadline-day})
 * of the month after the quarter, end of that day in Vietnam time; later is late.
 * Templates use it as {@code ${@reportDeadlines.deadline(year, quarter)}}.
 */
@Component("reportDeadlines")
public class ReportDeadlines {

	private final int day;

	private final ZoneId zone;

	ReportDeadlines(@Value("${thidua.report.deadline-day:10}") int day, Clock clock) {
		if (day < 1 || day > 28) {
			throw new IllegalArgumentException("thidua.report.deadline-day must be 1..28, not " + day);
		}
		this.day = day;
		this.zone = clock.getZone();
	}

	public LocalDate deadline(int year, int quarter) {
		return LocalDate.of(year, quarter * 3, 1).plusMonths(1).withDayOfMonth(this.day);
	}

	public boolean isLate(int year, int quarter, Instant submittedAt) {
		Instant end = deadline(year, quarter).plusDays(1).atStartOfDay(this.zone).toInstant();
		return !submittedAt.isBefore(end);
	}

}

package vn.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;

/**
 * A period's report is due on the deadline day of the province-year's rules (the
 * defaults: the 10th, {@code thidua.report.deadline-day}) of the month after the period,
 * end of that day in Vietnam time; later is late.
 */
@Component
public class ReportDeadlines {

	private final RulesService rules;

	private final ZoneId zone;

	ReportDeadlines(RulesService rules, Clock clock) {
		this.rules = rules;
		this.zone = clock.getZone();
	}

	/**
	 * The report's period inside a sentence, by its year's rules: "quý IV/2014", "6 tháng
	 * đầu năm 2026".
	 */
	public String periodOf(QuarterlyReport report) {
		return rules(report.getCluster().getProvince().getId(), report.getYear()).periodInSentence(report.getQuarter(),
				report.getYear());
	}

	/** The rules of the province-year, for several deadlines at once. */
	public Rules rules(long provinceId, int year) {
		return this.rules.of(provinceId, year);
	}

	public LocalDate deadline(long provinceId, int year, int period) {
		return rules(provinceId, year).deadline(year, period);
	}

	public boolean isLate(long provinceId, int year, int period, Instant submittedAt) {
		Instant end = deadline(provinceId, year, period).plusDays(1).atStartOfDay(this.zone).toInstant();
		return !submittedAt.isBefore(end);
	}

}

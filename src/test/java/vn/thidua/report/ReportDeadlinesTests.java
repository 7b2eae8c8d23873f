package vn.thidua.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines as the rules of a province-year set them (ReportDeadlines reads the rules;
 * their arithmetic is here).
 */
class ReportDeadlinesTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	final Rules defaults = Rules.defaults(10, Map.of());

	@Test
	void theDeadlineIsDayTenOfTheMonthAfterTheQuarter() {
		assertThat(this.defaults.deadline(2014, 1)).isEqualTo(LocalDate.of(2014, 4, 10));
		assertThat(this.defaults.deadline(2014, 2)).isEqualTo(LocalDate.of(2014, 7, 10));
		assertThat(this.defaults.deadline(2014, 3)).isEqualTo(LocalDate.of(2014, 10, 10));
		assertThat(this.defaults.deadline(2014, 4)).isEqualTo(LocalDate.of(2015, 1, 10));
	}

	@Test
	void halfYearsAndTheYearAloneWithTheirOwnDay() {
		Rules halves = new Rules(null, PeriodScheme.HALF_YEARS, List.of(40, 60), 15, this.defaults.bands(),
				this.defaults.awards(), Map.of());
		assertThat(halves.deadline(2015, 1)).isEqualTo(LocalDate.of(2015, 7, 15));
		assertThat(halves.deadline(2015, 2)).isEqualTo(LocalDate.of(2016, 1, 15));
		assertThat(halves.end(2015, 1)).isEqualTo(LocalDate.of(2015, 6, 30));
		assertThat(halves.periodOfYear(1, 2015)).isEqualTo("6 tháng đầu năm 2015");
		Rules year = new Rules(null, PeriodScheme.YEAR, List.of(100), 5, this.defaults.bands(), this.defaults.awards(),
				Map.of());
		assertThat(year.deadline(2015, 1)).isEqualTo(LocalDate.of(2016, 1, 5));
		assertThat(this.defaults.periodOfYear(3, 2014)).isEqualTo("Quý III/2014");
	}

	@Test
	void lateIsAfterTheEndOfTheDeadlineInVietnamTime() {
		RulesService rules = org.mockito.Mockito.mock(RulesService.class);
		org.mockito.Mockito.when(rules.of(40L, 2014)).thenReturn(this.defaults);
		ReportDeadlines deadlines = new ReportDeadlines(rules, java.time.Clock.system(VIETNAM));
		assertThat(deadlines.deadline(40L, 2014, 4)).isEqualTo(LocalDate.of(2015, 1, 10));
		assertThat(deadlines.isLate(40L, 2014, 4, at(2015, 1, 10, 23, 59))).isFalse();
		assertThat(deadlines.isLate(40L, 2014, 4, at(2015, 1, 11, 0, 0))).isTrue();
		// 17:30 UTC on the 10th is already the 11th in Vietnam
		assertThat(deadlines.isLate(40L, 2014, 4,
				ZonedDateTime.of(2015, 1, 10, 17, 30, 0, 0, ZoneId.of("UTC")).toInstant()))
			.isTrue();
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
	}

}

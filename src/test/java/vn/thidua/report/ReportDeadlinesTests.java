package vn.thidua.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportDeadlinesTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	final ReportDeadlines deadlines = new ReportDeadlines(10, Clock.system(VIETNAM));

	@Test
	void theDeadlineIsDayTenOfTheMonthAfterTheQuarter() {
		assertThat(this.deadlines.deadline(2014, 1)).isEqualTo(LocalDate.of(2014, 4, 10));
		assertThat(this.deadlines.deadline(2014, 2)).isEqualTo(LocalDate.of(2014, 7, 10));
		assertThat(this.deadlines.deadline(2014, 3)).isEqualTo(LocalDate.of(2014, 10, 10));
		assertThat(this.deadlines.deadline(2014, 4)).isEqualTo(LocalDate.of(2015, 1, 10));
	}

	@Test
	void lateIsAfterTheEndOfTheDeadlineInVietnamTime() {
		assertThat(this.deadlines.isLate(2014, 4, at(2015, 1, 10, 23, 59))).isFalse();
		assertThat(this.deadlines.isLate(2014, 4, at(2015, 1, 11, 0, 0))).isTrue();
		// 17:30 UTC on the 10th is already the 11th in Vietnam
		assertThat(this.deadlines.isLate(2014, 4,
				ZonedDateTime.of(2015, 1, 10, 17, 30, 0, 0, ZoneId.of("UTC")).toInstant()))
			.isTrue();
	}

	@Test
	void theDayIsConfigurable() {
		ReportDeadlines fifteenth = new ReportDeadlines(15, Clock.system(VIETNAM));
		assertThat(fifteenth.deadline(2014, 1)).isEqualTo(LocalDate.of(2014, 4, 15));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportDeadlines(31, Clock.system(VIETNAM)));
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM).toInstant();
	}

}

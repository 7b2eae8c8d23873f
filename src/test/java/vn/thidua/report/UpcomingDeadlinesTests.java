package vn.thidua.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.cluster.Cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The dashboard's "deadlines in the next 14 days", with a fixed clock.
 */
class UpcomingDeadlinesTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	final Cluster cluster = cluster(7L, 2014);

	@Test
	void aQuarterDueWithinFourteenDaysAndNotSentIsListed() {
		List<ReportService.UpcomingDeadline> due = service("2015-01-01").upcomingDeadlines(List.of(this.cluster),
				List.of());
		assertThat(due).singleElement().satisfies((d) -> {
			assertThat(d.quarter()).isEqualTo(4);
			assertThat(d.due()).isEqualTo(LocalDate.of(2015, 1, 10));
		});
	}

	@Test
	void aDraftStillCountsAsNotSentButASubmittedReportDoesNot() {
		QuarterlyReport draft = new QuarterlyReport(this.cluster, 4, Instant.parse("2014-12-20T00:00:00Z"));
		assertThat(service("2015-01-01").upcomingDeadlines(List.of(this.cluster), List.of(draft))).hasSize(1);
		draft.submit(null, Instant.parse("2015-01-02T00:00:00Z"), false);
		assertThat(service("2015-01-01").upcomingDeadlines(List.of(this.cluster), List.of(draft))).isEmpty();
	}

	@Test
	void deadlinesFurtherAwayOrPastAreNotListed() {
		assertThat(service("2014-12-27").upcomingDeadlines(List.of(this.cluster), List.of())).hasSize(1);
		assertThat(service("2014-12-26").upcomingDeadlines(List.of(this.cluster), List.of())).isEmpty();
		assertThat(service("2015-01-10").upcomingDeadlines(List.of(this.cluster), List.of())).hasSize(1);
		assertThat(service("2015-01-11").upcomingDeadlines(List.of(this.cluster), List.of())).isEmpty();
	}

	private static ReportService service(String today) {
		Clock clock = Clock.fixed(LocalDate.parse(today).atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
		vn.thidua.rules.RulesService rules = mock(vn.thidua.rules.RulesService.class);
		given(rules.of(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyInt()))
			.willReturn(vn.thidua.rules.Rules.defaults(10, java.util.Map.of()));
		return new ReportService(null, null, null, null, null, new ReportDeadlines(rules, clock), clock, null);
	}

	private static Cluster cluster(long id, int year) {
		Cluster cluster = mock(Cluster.class);
		given(cluster.getId()).willReturn(id);
		given(cluster.getYear()).willReturn(year);
		vn.thidua.unit.Province province = mock(vn.thidua.unit.Province.class);
		given(province.getId()).willReturn(40L);
		given(cluster.getProvince()).willReturn(province);
		return cluster;
	}

}

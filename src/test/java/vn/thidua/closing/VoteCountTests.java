package vn.thidua.closing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.Rules;

import static org.assertj.core.api.Assertions.assertThat;

class VoteCountTests {

	/**
	 * One flag per cluster, 50 % of the valid ballots; a certificate for 2 units, 50 %.
	 */
	static final Rules RULES = new Rules(null, PeriodScheme.QUARTERS, List.of(25, 25, 25, 25), 10,
			Rules.defaults(10, Map.of()).bands(),
			List.of(new Rules.AwardRule("CO_THI_DUA", "Cờ thi đua", "XUAT_SAC", 1, 3, 1, null, 50),
					new Rules.AwardRule("BANG_KHEN", "Bằng khen", "TOT", 1, 3, 2, null, 50)),
			Map.of());

	@Test
	void fourOfSixForTheSecondRankedMakeItTheFlagWhileTheFirstStaysFirst() {
		List<VoteCount.Outcome> outcome = VoteCount
			.count(List.of(new VoteCount.Candidate("CO_THI_DUA", 1, "Tương Dương", 1, 2),
					new VoteCount.Candidate("CO_THI_DUA", 2, "Quế Phong", 2, 4),
					new VoteCount.Candidate("BANG_KHEN", 1, "Tương Dương", 1, 5)), 6, RULES, 6);
		assertThat(outcome).filteredOn(VoteCount.Outcome::proposed)
			.extracting((o) -> o.candidate().award() + " " + o.candidate().name())
			.containsExactly("CO_THI_DUA Quế Phong", "BANG_KHEN Tương Dương");
		assertThat(outcome.get(1).share()).isEqualByComparingTo(new BigDecimal("66.67"));
		assertThat(outcome.get(0).candidate().rank()).isEqualTo(1);
	}

	@Test
	void theQuotaIsNeverExceededAndATieAtItsLineGoesToTheBetterRank() {
		List<VoteCount.Outcome> outcome = VoteCount
			.count(List.of(new VoteCount.Candidate("CO_THI_DUA", 1, "Tương Dương", 2, 4),
					new VoteCount.Candidate("CO_THI_DUA", 2, "Quế Phong", 1, 4)), 6, RULES, 6);
		assertThat(outcome).filteredOn(VoteCount.Outcome::proposed)
			.hasSize(1)
			.extracting((o) -> o.candidate().name())
			.containsExactly("Quế Phong");
		assertThat(outcome).allMatch(VoteCount.Outcome::tieAtQuota);
	}

	@Test
	void belowTheThresholdNothingIsProposedAndAUnitGetsOneAwardOnly() {
		List<VoteCount.Outcome> outcome = VoteCount
			.count(List.of(new VoteCount.Candidate("CO_THI_DUA", 1, "Tương Dương", 1, 2),
					new VoteCount.Candidate("BANG_KHEN", 2, "Quế Phong", 2, 3)), 7, RULES, 6);
		// 2 of 7 and 3 of 7 are under 50 %
		assertThat(outcome).noneMatch(VoteCount.Outcome::proposed);
		List<VoteCount.Outcome> twice = VoteCount
			.count(List.of(new VoteCount.Candidate("CO_THI_DUA", 1, "Tương Dương", 1, 6),
					new VoteCount.Candidate("BANG_KHEN", 1, "Tương Dương", 1, 6)), 6, RULES, 6);
		assertThat(twice).filteredOn(VoteCount.Outcome::proposed)
			.extracting((o) -> o.candidate().award())
			.containsExactly("CO_THI_DUA");
	}

}

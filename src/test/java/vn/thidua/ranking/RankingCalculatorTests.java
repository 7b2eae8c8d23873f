package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.ranking.domain.RankingCalculator;
import vn.thidua.report.ApprovedQuarter;
import vn.thidua.report.Subtotals;
import vn.thidua.rules.ExclusionKind;
import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.Rules;

import static org.assertj.core.api.Assertions.assertThat;

class RankingCalculatorTests {

	Rules rules = Rules.defaults(10, Map.of());

	static final long CLUSTER = 1;

	final List<ApprovedQuarter> scores = new ArrayList<>();

	@Test
	void equalTotalsAreSeparatedByTheItSubtotal() {
		quarter(10, 1, "80", "25", "0");
		quarter(11, 1, "80", "28", "0");
		List<RankedUnit> rows = rank(1, 10, 11);
		assertThat(rows).extracting(RankedUnit::unitId).containsExactly(11L, 10L);
		assertThat(rows).extracting(RankedUnit::rank).containsExactly(1, 2);
	}

	@Test
	void stillEqualUnitsShareARankAndTheNextRankIsSkipped() {
		quarter(10, 1, "90", "25", "0");
		quarter(11, 1, "85", "25", "0");
		quarter(12, 1, "85", "25", "0");
		quarter(13, 1, "70", "20", "0");
		assertThat(rank(1, 10, 11, 12, 13)).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void penaltiesAreDeductedAndBonusesAdded() {
		this.scores.add(new ApprovedQuarter(CLUSTER, 10, 1, false, subtotals("60", "25", "4", "3")));
		RankedUnit row = rank(1, 10).get(0);
		// 60 general + 25 IT + 4 bonus − 3 penalty
		assertThat(row.total()).isEqualByComparingTo("86");
	}

	@Test
	void theYearIsTheSumOfApprovedQuartersOverFourAndAMissingQuarterCountsZero() {
		for (int q = 1; q <= 3; q++) {
			quarter(10, q, "96", "0", "0");
		}
		for (int q = 1; q <= 4; q++) {
			quarter(11, q, "80", "0", "0");
		}
		List<RankedUnit> year = rank(null, 10, 11);
		RankedUnit ten = year.stream().filter((r) -> r.unitId() == 10).findFirst().orElseThrow();
		RankedUnit eleven = year.stream().filter((r) -> r.unitId() == 11).findFirst().orElseThrow();
		assertThat(ten.total()).isEqualByComparingTo("72");
		assertThat(ten.missingQuarters()).containsExactly(4);
		assertThat(ten.quarterTotals()).containsExactly(new BigDecimal("96"), new BigDecimal("96"),
				new BigDecimal("96"), null);
		assertThat(eleven.total()).isEqualByComparingTo("80");
		assertThat(eleven.missingQuarters()).isEmpty();
		assertThat(year).extracting(RankedUnit::unitId).containsExactly(11L, 10L);
	}

	@Test
	void theQuarterViewRanksOneQuarterAndProposesNoAward() {
		quarter(10, 2, "95", "0", "0");
		quarter(11, 2, "91", "0", "0");
		quarter(11, 1, "99", "0", "0");
		List<RankedUnit> q2 = rank(2, 10, 11);
		assertThat(q2).extracting(RankedUnit::total).containsExactly(new BigDecimal("95"), new BigDecimal("91"));
		assertThat(q2).extracting(RankedUnit::award).containsOnly(Award.NONE);
		assertThat(rank(3, 10, 11)).allSatisfy((r) -> assertThat(r.missingQuarters()).containsExactly(3));
	}

	@Test
	void theAnnualScoreIsRoundedOnceFromTheExactSum() {
		// per field: 24.125 + 24.125 → rounded separately 24.13 + 24.13 = 48.26; exactly
		// 48.25
		for (int q = 1; q <= 4; q++) {
			this.scores.add(new ApprovedQuarter(CLUSTER, 10, q, false,
					new Subtotals(new BigDecimal(q == 1 ? "24.5" : "24"), BigDecimal.ZERO, BigDecimal.ZERO,
							BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(q == 1 ? "24.5" : "24"), BigDecimal.ZERO,
							BigDecimal.ZERO)));
		}
		RankedUnit row = rank(null, 10).get(0);
		assertThat(row.subtotals().general()).isEqualByComparingTo("24.13");
		assertThat(row.total()).isEqualByComparingTo("48.25");
	}

	@Test
	void lateQuartersAreFlagged() {
		this.scores.add(new ApprovedQuarter(CLUSTER, 10, 2, true, subtotals("70", "0", "0", "0")));
		assertThat(rank(null, 10).get(0).lateQuarters()).containsExactly(2);
	}

	@Test
	void theDefaultAwardRule() {
		for (int q = 1; q <= 4; q++) {
			quarter(10, q, "92", "0", "0"); // rank 1, Xuất sắc → Cờ thi đua
			quarter(11, q, "85", "0", "0"); // rank 2, Tốt → Bằng khen
			quarter(12, q, "80", "0", "0"); // rank 3, Tốt → Bằng khen
			quarter(13, q, "79", "0", "0"); // rank 4 → none
		}
		assertThat(rank(null, 10, 11, 12, 13)).extracting(RankedUnit::award)
			.containsExactly(Award.CO_THI_DUA, Award.BANG_KHEN, Award.BANG_KHEN, Award.NONE);
	}

	@Test
	void theFirstWithoutXuatSacGetsNoFlagAndASecondBelowTotNoCertificate() {
		for (int q = 1; q <= 4; q++) {
			quarter(10, q, "89.99", "0", "0");
			quarter(11, q, "79.99", "0", "0");
		}
		assertThat(rank(null, 10, 11)).extracting(RankedUnit::award).containsOnly(Award.NONE);
	}

	@ParameterizedTest
	@CsvSource({ "100, XUAT_SAC", "90, XUAT_SAC", "89.99, TOT", "80, TOT", "79.99, KHA", "65, KHA", "64.99, TRUNG_BINH",
			"50, TRUNG_BINH", "49.99, YEU", "0, YEU", "-3, YEU" })
	void classificationBoundaries(BigDecimal score, Classification expected) {
		assertThat(Classification.valueOf(this.rules.classify(score).code())).isEqualTo(expected);
	}

	@Test
	void halfYearsWeighted40And60AndTheBandsOfTheRules() {
		this.rules = twentyFifteen(null, null);
		// unit 10: 100 then 90 → 0.4 × 100 + 0.6 × 90 = 94 (Tốt under 95/85/70/50)
		half(10, 1, "100");
		half(10, 2, "90");
		// unit 11: 90 then 100 → 96 (Xuất sắc)
		half(11, 1, "90");
		half(11, 2, "100");
		List<RankedUnit> year = rank(null, 10, 11);
		assertThat(year).extracting(RankedUnit::unitId).containsExactly(11L, 10L);
		assertThat(year).extracting(RankedUnit::total)
			.containsExactly(new BigDecimal("96.00"), new BigDecimal("94.00"));
		assertThat(year).extracting(RankedUnit::classification)
			.containsExactly(Classification.XUAT_SAC, Classification.TOT);
		assertThat(year.get(0).quarterTotals()).hasSize(2);
		// a missing half-year counts 0 with its weight
		half(12, 2, "100");
		assertThat(rank(null, 12).get(0).total()).isEqualByComparingTo("60");
		assertThat(rank(null, 12).get(0).missingQuarters()).containsExactly(1);
	}

	@Test
	void awardQuotasPerClusterByCountOrShareOfMembersRoundedDown() {
		// Giấy khen for ranks 1–5 of at least Khá, at most 40 % of the members
		this.rules = twentyFifteen(null, 40);
		for (long d = 10; d <= 14; d++) {
			half(d, 1, Long.toString(90 - d));
			half(d, 2, Long.toString(90 - d));
		}
		// 5 members × 40 % = 2
		assertThat(rank(null, 10, 11, 12, 13, 14)).extracting(RankedUnit::award)
			.containsExactly(Award.GIAY_KHEN, Award.GIAY_KHEN, Award.NONE, Award.NONE, Award.NONE);
		this.rules = twentyFifteen(3, null);
		assertThat(rank(null, 10, 11, 12, 13, 14)).extracting(RankedUnit::award)
			.containsExactly(Award.GIAY_KHEN, Award.GIAY_KHEN, Award.GIAY_KHEN, Award.NONE, Award.NONE);
	}

	@Test
	void anExcludedUnitIsListedLastWithoutRankOrAward() {
		this.rules = new Rules(null, PeriodScheme.QUARTERS, List.of(25, 25, 25, 25), 10, this.rules.bands(),
				this.rules.awards(), Map.of(10L, new Rules.Exclusion(ExclusionKind.KHONG_XET, "Vi phạm")));
		for (int q = 1; q <= 4; q++) {
			quarter(10, q, "99", "0", "0");
			quarter(11, q, "95", "0", "0");
		}
		List<RankedUnit> year = rank(null, 10, 11);
		assertThat(year).extracting(RankedUnit::unitId).containsExactly(11L, 10L);
		assertThat(year.get(0).rank()).isEqualTo(1);
		assertThat(year.get(0).award()).isEqualTo(Award.CO_THI_DUA);
		assertThat(year.get(1).rank()).isZero();
		assertThat(year.get(1).award()).isEqualTo(Award.NONE);
		assertThat(year.get(1).exclusion().kind()).isEqualTo(ExclusionKind.KHONG_XET);
	}

	private static Rules twentyFifteen(Integer quotaCount, Integer quotaPercent) {
		return new Rules(null, PeriodScheme.HALF_YEARS, List.of(40, 60), 15,
				List.of(new Rules.Band("XUAT_SAC", "Xuất sắc", BigDecimal.valueOf(95)),
						new Rules.Band("TOT", "Tốt", BigDecimal.valueOf(85)),
						new Rules.Band("KHA", "Khá", BigDecimal.valueOf(70)),
						new Rules.Band("TRUNG_BINH", "Trung bình", BigDecimal.valueOf(50)),
						new Rules.Band("YEU", "Yếu", BigDecimal.ZERO)),
				List.of(new Rules.AwardRule("GIAY_KHEN", "Giấy khen", "KHA", 1, 5, quotaCount, quotaPercent, 60)),
				Map.of());
	}

	private void half(long unit, int half, String general) {
		this.scores.add(new ApprovedQuarter(CLUSTER, unit, half, false, subtotals(general, "0", "0", "0")));
	}

	private void quarter(long unit, int quarter, String general, String it, String penalty) {
		this.scores.add(new ApprovedQuarter(CLUSTER, unit, quarter, false, subtotals(general, it, "0", penalty)));
	}

	private static Subtotals subtotals(String general, String it, String bonus, String penalty) {
		BigDecimal zero = BigDecimal.ZERO;
		return new Subtotals(new BigDecimal(general), zero, zero, zero, zero, new BigDecimal(it), new BigDecimal(bonus),
				new BigDecimal(penalty));
	}

	private List<RankedUnit> rank(Integer quarter, long... units) {
		Map<Long, String> members = new LinkedHashMap<>();
		for (long unit : units) {
			members.put(unit, "Huyện " + unit);
		}
		return RankingCalculator
			.rank(List.of(new RankingCalculator.Members(CLUSTER, "Cụm 1", 10, "Huyện 10", members)), this.scores,
					quarter, this.rules)
			.get(0)
			.rows();
	}

}

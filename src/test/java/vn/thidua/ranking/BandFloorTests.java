package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.ranking.domain.RankingCalculator;
import vn.thidua.report.ApprovedPoints;
import vn.thidua.report.ApprovedQuarter;
import vn.thidua.report.Subtotals;
import vn.thidua.rules.FloorScope;
import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.Rules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A band needs its total and, where the rules say so, a share of the maximum on every
 * criterion or group (Nghệ An's rules of 2025: ≥ 90 with no criterion under 85 %, 80–90
 * with none under 80 %, 70–80 with none under 70 %).
 */
class BandFloorTests {

	static final Rules FLOORS = new Rules(1L, PeriodScheme.QUARTERS, List.of(25, 25, 25, 25), 10,
			List.of(new Rules.Band("XUAT_SAC", "Xuất sắc", BigDecimal.valueOf(90), 85, FloorScope.CRITERION),
					new Rules.Band("TOT", "Tốt", BigDecimal.valueOf(80), 80, FloorScope.CRITERION),
					new Rules.Band("KHA", "Khá", BigDecimal.valueOf(70), 70, FloorScope.CRITERION),
					new Rules.Band("TRUNG_BINH", "Trung bình", BigDecimal.valueOf(50)),
					new Rules.Band("YEU", "Yếu", BigDecimal.ZERO)),
			List.of(), Map.of());

	final List<ApprovedQuarter> totals = new ArrayList<>();

	final List<ApprovedPoints> points = new ArrayList<>();

	@Test
	void ninetyTwoPointsWithOneCriterionAtEightyPercentIsGoodNotExcellentAndSaysWhy() {
		// ten criteria of 10 points: 1.1 at 8 (80 %), the others 84 → 92
		unit(10, 1, "8", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "10.4");
		RankedUnit row = rank(1).get(0);
		assertThat(row.total()).isEqualByComparingTo("92");
		assertThat(row.classification()).isEqualTo(Classification.TOT);
		assertThat(row.floorMiss()).isNotNull();
		assertThat(row.floorMiss().band()).isEqualTo("XUAT_SAC");
		assertThat(row.floorMiss().item()).isEqualTo("1.1. Tiêu chí 1");
		assertThat(row.floorMiss().share()).isEqualByComparingTo("80");
		assertThat(row.floorMiss().floorPercent()).isEqualTo(85);
	}

	@Test
	void theSameTotalWithEveryCriterionAboveTheFloorIsExcellent() {
		unit(10, 1, "9", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.4");
		RankedUnit row = rank(1).get(0);
		assertThat(row.classification()).isEqualTo(Classification.XUAT_SAC);
		assertThat(row.floorMiss()).isNull();
	}

	@Test
	void aCriterionUnderEveryFloorFallsToTheFirstBandWithoutOneAndNamesTheFirstFloorMissed() {
		// 95 points, one criterion at 50 %
		unit(10, 1, "5", "10", "10", "10", "10", "10", "10", "10", "10", "10");
		RankedUnit row = rank(1).get(0);
		assertThat(row.classification()).isEqualTo(Classification.TRUNG_BINH);
		assertThat(row.floorMiss().band()).isEqualTo("XUAT_SAC");
		assertThat(row.floorMiss().share()).isEqualByComparingTo("50");
	}

	@Test
	void theYearJudgesTheFloorOnTheWeightedMeanOfTheQuarters() {
		// criterion 1.1 at 70 % in Q1 and 100 % in Q2–Q4: 92.5 % over the year
		for (int q = 1; q <= 4; q++) {
			unit(10, q, (q == 1) ? "7" : "10", "10", "10", "10", "10", "10", "10", "10", "10", "10");
		}
		// Q1: 97 points, but 70 % on 1.1 keeps it out of both Xuất sắc and Tốt
		assertThat(rank(1).get(0).classification()).isEqualTo(Classification.KHA);
		RankedUnit year = rank(null).get(0);
		assertThat(year.classification()).isEqualTo(Classification.XUAT_SAC);
		assertThat(year.floorMiss()).isNull();
	}

	@Test
	void aGroupFloorSumsTheGroupsCriteria() {
		Rules groups = new Rules(1L, PeriodScheme.QUARTERS, List.of(25, 25, 25, 25), 10,
				List.of(new Rules.Band("XUAT_SAC", "Xuất sắc", BigDecimal.valueOf(90), 85, FloorScope.GROUP),
						new Rules.Band("YEU", "Yếu", BigDecimal.ZERO)),
				List.of(), Map.of());
		// 1.1 at 80 % but its group (1.1 + 1.2, 20 points) at 90 %
		unit(10, 1, "8", "10", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.2", "9.6");
		RankedUnit row = RankingCalculator.rank(List.of(members()), this.totals, this.points, 1, groups)
			.get(0)
			.rows()
			.get(0);
		assertThat(row.classification()).isEqualTo(Classification.XUAT_SAC);
	}

	@Test
	void rulesWithoutFloorsLookAtTheTotalOnly() {
		unit(10, 1, "0", "10", "10", "10", "10", "10", "10", "10", "10", "10");
		RankedUnit row = RankingCalculator
			.rank(List.of(members()), this.totals, this.points, 1, Rules.defaults(10, Map.of()))
			.get(0)
			.rows()
			.get(0);
		assertThat(row.classification()).isEqualTo(Classification.XUAT_SAC);
		assertThat(row.floorMiss()).isNull();
	}

	/** Ten criteria of 10 points in five groups of two (1.1, 1.2; 2.1, 2.2; …). */
	private void unit(long unit, int quarter, String... values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < values.length; i++) {
			BigDecimal value = new BigDecimal(values[i]);
			sum = sum.add(value);
			int group = i / 2 + 1;
			this.points.add(new ApprovedPoints(unit, quarter, group + "." + (i % 2 + 1) + ". Tiêu chí " + (i + 1),
					BigDecimal.TEN, group + ". Nhóm " + group, BigDecimal.valueOf(20), value));
		}
		BigDecimal z = BigDecimal.ZERO;
		this.totals.add(new ApprovedQuarter(1, unit, quarter, false, new Subtotals(sum, z, z, z, z, z, z, z)));
	}

	private List<RankedUnit> rank(Integer period) {
		return RankingCalculator.rank(List.of(members()), this.totals, this.points, period, FLOORS).get(0).rows();
	}

	private static RankingCalculator.Members members() {
		Map<Long, String> members = new LinkedHashMap<>();
		members.put(10L, "Xã Diễn Châu");
		return new RankingCalculator.Members(1, "Cụm 1", 10, "Xã Diễn Châu", members);
	}

}

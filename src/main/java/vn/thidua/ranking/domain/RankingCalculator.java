package vn.thidua.ranking.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ranking.Award;
import vn.thidua.ranking.Classification;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedDistrict;
import vn.thidua.report.ApprovedQuarter;
import vn.thidua.report.Subtotals;
import vn.thidua.shared.VietnameseCollation;

/**
 * The ranking rules of DESIGN.md §4, apart from any database: the quarter view ranks a
 * quarter's totals; the year view ranks (sum of approved quarters) / 4, a missing quarter
 * counting 0. Ranks by total, ties broken by the IT subtotal, still equal → the same rank
 * (1, 2, 2, 4). Award proposals (year view only) by the default rule.
 */
public final class RankingCalculator {

	static final int QUARTERS = 4;

	private RankingCalculator() {
	}

	/**
	 * A cluster and its member districts.
	 *
	 * @param id the cluster
	 * @param name its name
	 * @param leaderId the leader district
	 * @param leaderName its name
	 * @param members member districts (id → name)
	 */
	public record Members(long id, String name, long leaderId, String leaderName, Map<Long, String> members) {
	}

	/**
	 * @param clusters the clusters to rank
	 * @param scores the approved quarters' subtotals of their districts
	 * @param quarter the quarter to rank, or {@code null} for the year
	 */
	public static List<ClusterRanking> rank(List<Members> clusters, List<ApprovedQuarter> scores, Integer quarter) {
		Map<Long, Map<Integer, ApprovedQuarter>> byDistrict = new HashMap<>();
		for (ApprovedQuarter score : scores) {
			byDistrict.computeIfAbsent(score.districtId(), (d) -> new HashMap<>()).put(score.quarter(), score);
		}
		List<ClusterRanking> result = new ArrayList<>();
		for (Members cluster : clusters) {
			List<RankedDistrict> unranked = new ArrayList<>();
			cluster.members()
				.forEach((id, name) -> unranked.add(row(id, name, byDistrict.getOrDefault(id, Map.of()), quarter)));
			result.add(new ClusterRanking(cluster.id(), cluster.name(), cluster.leaderId(), cluster.leaderName(),
					ranked(unranked, quarter == null)));
		}
		return result;
	}

	private static RankedDistrict row(long id, String name, Map<Integer, ApprovedQuarter> quarters, Integer quarter) {
		List<BigDecimal> totals = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		List<Integer> late = new ArrayList<>();
		Subtotals sum = Subtotals.ZERO;
		for (int q = 1; q <= QUARTERS; q++) {
			ApprovedQuarter scores = quarters.get(q);
			totals.add((scores != null) ? scores.subtotals().total() : null);
			boolean counted = quarter == null || quarter == q;
			if (!counted) {
				continue;
			}
			if (scores == null) {
				missing.add(q);
				continue;
			}
			if (scores.late()) {
				late.add(q);
			}
			sum = sum.plus(scores.subtotals());
		}
		Subtotals subtotals = (quarter == null) ? sum.dividedBy(QUARTERS) : sum;
		// rounded once, from the exact sum (not the sum of rounded field subtotals)
		BigDecimal total = (quarter == null)
				? sum.total().divide(BigDecimal.valueOf(QUARTERS), 2, java.math.RoundingMode.HALF_UP) : sum.total();
		return new RankedDistrict(id, name, subtotals, total, 0, Classification.of(total), Award.NONE, null, totals,
				missing, late);
	}

	private static List<RankedDistrict> ranked(List<RankedDistrict> rows, boolean year) {
		Comparator<RankedDistrict> better = Comparator.comparing(RankedDistrict::total)
			.thenComparing((r) -> r.subtotals().it())
			.reversed();
		List<RankedDistrict> sorted = new ArrayList<>(rows);
		sorted.sort(better.thenComparing(VietnameseCollation.comparing(RankedDistrict::districtName)));
		List<RankedDistrict> result = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			RankedDistrict row = sorted.get(i);
			int rank = (i > 0 && better.compare(sorted.get(i - 1), row) == 0) ? result.get(i - 1).rank() : i + 1;
			Award award = year ? Award.proposal(rank, row.classification()) : Award.NONE;
			result.add(new RankedDistrict(row.districtId(), row.districtName(), row.subtotals(), row.total(), rank,
					row.classification(), award, null, row.quarterTotals(), row.missingQuarters(), row.lateQuarters()));
		}
		return result;
	}

}

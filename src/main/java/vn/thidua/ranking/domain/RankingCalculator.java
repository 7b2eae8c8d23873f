package vn.thidua.ranking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ranking.Award;
import vn.thidua.ranking.Classification;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.report.ApprovedPoints;
import vn.thidua.report.ApprovedQuarter;
import vn.thidua.report.Subtotals;
import vn.thidua.rules.ExclusionKind;
import vn.thidua.rules.Rules;
import vn.thidua.shared.VietnameseCollation;

/**
 * The ranking rules of a province-year ({@link Rules}), apart from any database: a period
 * view ranks that period's totals; the year view ranks the weighted mean of the periods
 * (Σ weight × total / Σ weights, a period without an approved report counting 0; with
 * four quarters weighted 25 each, the default rules' mean). Ranks by total, ties broken
 * by the IT subtotal, still equal → the same rank (1, 2, 2, 4). A band is the first whose
 * lower bound the total reaches and whose floor, if any, every criterion (or group)
 * reaches on the same weighted mean ({@link CriterionShares}). Units excluded that year
 * are listed after the others, without rank or award. Award proposals (year view only):
 * each unit gets the first award rule whose band and ranks it meets while the rule's
 * quota in the cluster lasts. A unit without an approved report for any period counted is
 * left out like an excluded one ({@link ExclusionKind#NO_REPORT}).
 */
public final class RankingCalculator {

	private RankingCalculator() {
	}

	/**
	 * A cluster and its member units.
	 *
	 * @param id the cluster
	 * @param name its name
	 * @param leaderId the leader unit
	 * @param leaderName its name
	 * @param members member units (id → name)
	 */
	public record Members(long id, String name, long leaderId, String leaderName, Map<Long, String> members) {
	}

	/**
	 * @param clusters the clusters to rank
	 * @param scores the approved periods' subtotals of their units
	 * @param period the period to rank, or {@code null} for the year
	 * @param rules the rules of the province-year
	 */
	public static List<ClusterRanking> rank(List<Members> clusters, List<ApprovedQuarter> scores, Integer period,
			Rules rules) {
		return rank(clusters, scores, List.of(), period, rules);
	}

	/**
	 * @param clusters the clusters to rank
	 * @param scores the approved periods' subtotals of their units
	 * @param points the approved periods' points per criterion, for the band floors (may
	 * be empty where the rules have none)
	 * @param period the period to rank, or {@code null} for the year
	 * @param rules the rules of the province-year
	 */
	public static List<ClusterRanking> rank(List<Members> clusters, List<ApprovedQuarter> scores,
			List<ApprovedPoints> points, Integer period, Rules rules) {
		Map<Long, Map<Integer, ApprovedQuarter>> byUnit = new HashMap<>();
		for (ApprovedQuarter score : scores) {
			byUnit.computeIfAbsent(score.unitId(), (d) -> new HashMap<>()).put(score.quarter(), score);
		}
		Map<Long, Rules.Shares> shares = CriterionShares.of(points, period, rules);
		List<ClusterRanking> result = new ArrayList<>();
		for (Members cluster : clusters) {
			List<RankedUnit> unranked = new ArrayList<>();
			cluster.members()
				.forEach((id, name) -> unranked.add(row(id, name, byUnit.getOrDefault(id, Map.of()),
						shares.getOrDefault(id, Rules.Shares.NONE), period, rules)));
			result.add(new ClusterRanking(cluster.id(), cluster.name(), cluster.leaderId(), cluster.leaderName(),
					ranked(unranked, period == null, rules, cluster.members().size())));
		}
		return result;
	}

	private static RankedUnit row(long id, String name, Map<Integer, ApprovedQuarter> periods, Rules.Shares shares,
			Integer period, Rules rules) {
		List<BigDecimal> totals = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		List<Integer> late = new ArrayList<>();
		Subtotals sum = Subtotals.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (int p = 1; p <= rules.periodCount(); p++) {
			ApprovedQuarter scores = periods.get(p);
			totals.add((scores != null) ? scores.subtotals().total() : null);
			boolean counted = period == null || period == p;
			if (!counted) {
				continue;
			}
			BigDecimal weight = (period == null) ? BigDecimal.valueOf(rules.weights().get(p - 1)) : BigDecimal.ONE;
			weights = weights.add(weight);
			if (scores == null) {
				missing.add(p);
				continue;
			}
			if (scores.late()) {
				late.add(p);
			}
			sum = sum.plus(scores.subtotals().times(weight));
		}
		Subtotals subtotals = (period == null) ? sum.dividedBy(weights) : sum;
		// rounded once, from the exact weighted sum (not the sum of rounded field
		// subtotals)
		BigDecimal total = (period == null) ? sum.total().divide(weights, 2, RoundingMode.HALF_UP) : sum.total();
		Rules.Grade grade = rules.grade(total, shares);
		Classification classification = Classification.valueOf(grade.band().code());
		// no approved report for any period counted: nothing to rank it on
		boolean unreported = missing.size() == ((period == null) ? rules.periodCount() : 1);
		Rules.Exclusion exclusion = (rules.exclusions().get(id) == null && unreported)
				? new Rules.Exclusion(ExclusionKind.NO_REPORT, "") : rules.exclusions().get(id);
		return new RankedUnit(id, name, subtotals, total, 0, classification, Award.NONE, null, totals, missing, late,
				exclusion, grade.miss());
	}

	private static List<RankedUnit> ranked(List<RankedUnit> rows, boolean year, Rules rules, int members) {
		Comparator<RankedUnit> better = Comparator.comparing(RankedUnit::total)
			.thenComparing((r) -> r.subtotals().it())
			.reversed();
		List<RankedUnit> sorted = new ArrayList<>(rows.stream().filter((r) -> r.exclusion() == null).toList());
		sorted.sort(better.thenComparing(VietnameseCollation.comparing(RankedUnit::unitName)));
		List<RankedUnit> result = new ArrayList<>();
		Map<String, Integer> given = new HashMap<>();
		for (int i = 0; i < sorted.size(); i++) {
			RankedUnit row = sorted.get(i);
			int rank = (i > 0 && better.compare(sorted.get(i - 1), row) == 0) ? result.get(i - 1).rank() : i + 1;
			Award award = year ? proposal(rank, row.classification(), rules, members, given) : Award.NONE;
			result.add(new RankedUnit(row.unitId(), row.unitName(), row.subtotals(), row.total(), rank,
					row.classification(), award, null, row.quarterTotals(), row.missingQuarters(), row.lateQuarters(),
					null, row.floorMiss()));
		}
		rows.stream()
			.filter((r) -> r.exclusion() != null)
			.sorted(VietnameseCollation.comparing(RankedUnit::unitName))
			.forEach(result::add);
		return result;
	}

	private static Award proposal(int rank, Classification classification, Rules rules, int members,
			Map<String, Integer> given) {
		for (Rules.AwardRule rule : rules.awards()) {
			boolean eligible = rank >= rule.rankFrom() && rank <= rule.rankTo()
					&& rules.atLeast(classification.name(), rule.minBand())
					&& given.getOrDefault(rule.code(), 0) < rule.quota(members);
			if (eligible) {
				given.merge(rule.code(), 1, Integer::sum);
				return Award.valueOf(rule.code());
			}
		}
		return Award.NONE;
	}

}

package vn.thidua.ranking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.report.ApprovedPoints;
import vn.thidua.rules.Rules;

/**
 * Each unit's lowest share of the maximum on a criterion and on a criteria group, the way
 * its total is counted: one period's points, or for the year the weighted mean of the
 * periods (a period without an approved report counting 0).
 */
final class CriterionShares {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CriterionShares() {
	}

	static Map<Long, Rules.Shares> of(List<ApprovedPoints> points, Integer period, Rules rules) {
		if (points.isEmpty() || !rules.hasFloors()) {
			return Map.of();
		}
		BigDecimal weights = BigDecimal.ZERO;
		for (int p = 1; p <= rules.periodCount(); p++) {
			if (period == null || period == p) {
				weights = weights.add(weight(rules, period, p));
			}
		}
		// unit → criterion → weighted points; unit → group → weighted points
		Map<Long, Map<String, BigDecimal>> criteria = new HashMap<>();
		Map<Long, Map<String, BigDecimal>> groups = new HashMap<>();
		Map<String, BigDecimal> maxima = new HashMap<>();
		Map<String, BigDecimal> groupMaxima = new HashMap<>();
		for (ApprovedPoints row : points) {
			if (period != null && row.quarter() != period) {
				continue;
			}
			BigDecimal weighted = row.points().multiply(weight(rules, period, row.quarter()));
			criteria.computeIfAbsent(row.unitId(), (u) -> new LinkedHashMap<>())
				.merge(row.criterion(), weighted, BigDecimal::add);
			groups.computeIfAbsent(row.unitId(), (u) -> new LinkedHashMap<>())
				.merge(row.group(), weighted, BigDecimal::add);
			maxima.put(row.criterion(), row.max());
			groupMaxima.put(row.group(), row.groupMax());
		}
		Map<Long, Rules.Shares> result = new HashMap<>();
		for (Map.Entry<Long, Map<String, BigDecimal>> unit : criteria.entrySet()) {
			result.put(unit.getKey(), new Rules.Shares(lowest(unit.getValue(), maxima, weights),
					lowest(groups.get(unit.getKey()), groupMaxima, weights)));
		}
		return result;
	}

	private static BigDecimal weight(Rules rules, Integer period, int p) {
		return (period == null) ? BigDecimal.valueOf(rules.weights().get(p - 1)) : BigDecimal.ONE;
	}

	private static Rules.Share lowest(Map<String, BigDecimal> weighted, Map<String, BigDecimal> maxima,
			BigDecimal weights) {
		Rules.Share lowest = null;
		for (Map.Entry<String, BigDecimal> item : weighted.entrySet()) {
			BigDecimal max = maxima.get(item.getKey());
			if (max.signum() == 0) {
				continue;
			}
			BigDecimal percent = item.getValue()
				.multiply(HUNDRED)
				.divide(max.multiply(weights), 2, RoundingMode.HALF_UP);
			if (lowest == null || percent.compareTo(lowest.percent()) < 0) {
				lowest = new Rules.Share(item.getKey(), percent);
			}
		}
		return lowest;
	}

}

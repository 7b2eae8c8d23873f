package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.unit.Unit;
import vn.thidua.ranking.domain.RankingCalculator;
import vn.thidua.ranking.domain.RankingDecision;
import vn.thidua.ranking.domain.RankingQueries;
import vn.thidua.report.ApprovedPoints;
import vn.thidua.report.ApprovedQuarter;
import vn.thidua.report.ApprovedTotals;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;

/**
 * The computed rankings of a province's whole year or quarter, every cluster: cached data
 * (never rendered pages), keyed by the province's data version, which the database
 * changes with every change the rankings show (V12). All users of a province share one
 * entry; each sees its part ({@link RankingView#visibleTo}). Several instances stay
 * correct without messaging: an entry is only ever asked for under the current version.
 */
@Component
@Transactional(readOnly = true)
public class RankingData {

	static final String CACHE = "rankings";

	private final RankingQueries queries;

	private final ApprovedTotals approvedTotals;

	private final ClusterService clusters;

	private final RulesService rules;

	RankingData(RankingQueries queries, ApprovedTotals approvedTotals, ClusterService clusters, RulesService rules) {
		this.rules = rules;
		this.queries = queries;
		this.approvedTotals = approvedTotals;
		this.clusters = clusters;
	}

	/**
	 * Every cluster's ranking of a province-year ({@code quarter} null) or quarter; a
	 * finalized year's snapshot where there is one.
	 * @param version the province's data version, read by the caller before this (part of
	 * the key only)
	 */
	@Cacheable(cacheNames = CACHE, key = "{#provinceId, #year, #quarter, #version}")
	public RankingView of(long provinceId, int year, Integer quarter, long version) {
		List<Cluster> all = this.clusters.clustersOf(provinceId, year);
		Rules rules = this.rules.current(provinceId, year);
		Map<Long, RankingDecision> decisions = (quarter == null) ? this.queries.standingDecisions(provinceId, year)
			.stream()
			.collect(Collectors.toMap((d) -> d.getCluster().getId(), Function.identity())) : Map.of();
		List<Cluster> live = all.stream().filter((c) -> !decisions.containsKey(c.getId())).toList();
		Map<Long, ClusterRanking> computed = live(provinceId, year, quarter, live, rules).stream()
			.collect(Collectors.toMap(ClusterRanking::clusterId, Function.identity()));
		List<ClusterRanking> rankings = new ArrayList<>();
		RankingDecision any = null;
		for (Cluster cluster : all) {
			RankingDecision decision = decisions.get(cluster.getId());
			if (decision != null) {
				any = decision;
				rankings.add(new ClusterRanking(cluster.getId(), cluster.getName(), cluster.getLeader().getId(),
						cluster.getLeader().getName(),
						decision.getRows().stream().map((row) -> row.toRanked(rules)).toList()));
			}
			else {
				rankings.add(computed.get(cluster.getId()));
			}
		}
		return new RankingView(year, quarter, List.copyOf(rankings), (any != null) ? any.getFinalizedAt() : null,
				(any != null) ? any.getFinalizedBy().getFullName() : null, rules);
	}

	/**
	 * The current (not finalized) rankings of these clusters, from their approved
	 * reports.
	 */
	List<ClusterRanking> live(long provinceId, int year, Integer quarter, List<Cluster> clusters, Rules rules) {
		List<RankingCalculator.Members> members = clusters.stream().map(RankingData::members).toList();
		List<Long> ids = clusters.stream().map(Cluster::getId).toList();
		List<ApprovedQuarter> scores = this.approvedTotals.of(provinceId, year, ids);
		List<ApprovedPoints> points = rules.hasFloors() ? this.approvedTotals.points(provinceId, year, ids) : List.of();
		return RankingCalculator.rank(members, scores, points, quarter, rules);
	}

	private static RankingCalculator.Members members(Cluster cluster) {
		Map<Long, String> members = new LinkedHashMap<>();
		cluster.getSortedMembers()
			.stream()
			.sorted(Comparator.comparing(Unit::getId))
			.forEach((d) -> members.put(d.getId(), d.getName()));
		return new RankingCalculator.Members(cluster.getId(), cluster.getName(), cluster.getLeader().getId(),
				cluster.getLeader().getName(), members);
	}

}

package vn.thidua.closing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.cluster.ClusterService;
import vn.thidua.ranking.Award;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.DecidedAwards;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingService;
import vn.thidua.ranking.RankingView;
import vn.thidua.ranking.RegisteredTitles;
import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitService;

/**
 * A unit's emulation record (hồ sơ thi đua): every year it or a unit it was formed from
 * was a cluster member, with the year's cluster, rank, total, band, registered title, the
 * share of the closing vote, the proposed and the decided award. Its predecessors' years
 * are marked as theirs. The same years judge an award's conditions on earlier years
 * ({@link Rules.Prior}).
 */
@Service
@Transactional(readOnly = true)
public class UnitRecords {

	private final UnitService units;

	private final ClusterService clusters;

	private final RankingService rankings;

	private final RegisteredTitles titles;

	private final DecidedAwards decided;

	private final JdbcClient jdbc;

	UnitRecords(UnitService units, ClusterService clusters, RankingService rankings, RegisteredTitles titles,
			DecidedAwards decided, JdbcClient jdbc) {
		this.units = units;
		this.clusters = clusters;
		this.rankings = rankings;
		this.titles = titles;
		this.decided = decided;
		this.jdbc = jdbc;
	}

	/**
	 * One year of a unit's record.
	 *
	 * @param year the year
	 * @param unit the unit that was the member (the unit itself, or a predecessor)
	 * @param predecessor whether it is a predecessor (đơn vị tiền thân)
	 * @param clusterId the cluster
	 * @param clusterName its name
	 * @param leader whether the unit led the cluster
	 * @param ranked its row in the year's ranking, or {@code null} where it has none
	 * @param bandName the band's name in that year's rules, or {@code null}
	 * @param registeredTitle the title registered in the covenant (an award code,
	 * {@code NONE}), or {@code null}
	 * @param votePercent its best share of the closing vote (%), or {@code null}
	 * @param proposedName the award proposed by the ranking, or {@code null}
	 * @param decidedAward the award code the department decided, or {@code null}
	 * @param decidedName its name
	 */
	public record Year(int year, Unit unit, boolean predecessor, long clusterId, String clusterName, boolean leader,
			RankedUnit ranked, String bandName, String registeredTitle, BigDecimal votePercent, String proposedName,
			String decidedAward, String decidedName) {
	}

	/** The record: the unit and its years, newest first. */
	public record Record(Unit unit, List<Year> years) {

		public boolean hasPredecessorYears() {
			return this.years.stream().anyMatch(Year::predecessor);
		}

	}

	public Record of(CurrentUser user, long unitId) {
		Unit unit = this.units.inProvince(user.provinceId(), List.of(unitId))
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Unit", unitId));
		return new Record(unit, years(user, unitId, null));
	}

	/**
	 * The years of a unit and its predecessors before {@code before} (all years when
	 * {@code null}), newest first.
	 */
	public List<Year> years(CurrentUser user, long unitId, Integer before) {
		return years(user, List.of(unitId), null, before).getOrDefault(unitId, List.of());
	}

	/**
	 * The years of several units, each with its predecessors', from {@code from} and
	 * before {@code before} (either {@code null}: unbounded), newest first: a fixed
	 * number of statements for any number of units, and three per year (its rankings,
	 * titles and decided awards) where no cache holds them.
	 */
	public Map<Long, List<Year>> years(CurrentUser user, Collection<Long> unitIds, Integer from, Integer before) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> predecessors = this.units.predecessors(unitIds);
		Set<Long> ids = new LinkedHashSet<>(unitIds);
		predecessors.values().forEach(ids::addAll);
		List<ClusterService.Membership> memberships = this.clusters.memberships(user.provinceId(), ids)
			.stream()
			.filter((m) -> (from == null || m.year() >= from) && (before == null || m.year() < before))
			.toList();
		if (memberships.isEmpty()) {
			return Map.of();
		}
		Map<Long, Unit> byId = new HashMap<>();
		this.units.inProvince(user.provinceId(), ids).forEach((u) -> byId.put(u.getId(), u));
		Map<String, BigDecimal> votes = votes(memberships.stream().map(ClusterService.Membership::unitId).toList());
		Map<Integer, YearData> data = new HashMap<>();
		Map<Long, List<Year>> result = new LinkedHashMap<>();
		for (long unitId : unitIds) {
			Set<Long> lineage = new HashSet<>(predecessors.getOrDefault(unitId, List.of()));
			lineage.add(unitId);
			List<Year> years = new ArrayList<>();
			for (ClusterService.Membership m : memberships) {
				if (lineage.contains(m.unitId())) {
					YearData year = data.computeIfAbsent(m.year(),
							(y) -> new YearData(this.rankings.ofProvince(user.provinceId(), y),
									this.titles.of(user.provinceId(), y),
									this.decided.of(user.provinceId(), y).orElse(Map.of())));
					years.add(year(m, unitId, year, byId, votes));
				}
			}
			result.put(unitId, years);
		}
		return result;
	}

	private static Year year(ClusterService.Membership m, long unitId, YearData year, Map<Long, Unit> byId,
			Map<String, BigDecimal> votes) {
		RankedUnit row = year.row(m.clusterId(), m.unitId());
		Rules rules = year.view().rules();
		String decidedCode = year.decided().get(m.unitId());
		return new Year(m.year(), byId.get(m.unitId()), m.unitId() != unitId, m.clusterId(), m.clusterName(),
				m.leader(), row, (row != null) ? rules.bandName(row.classification().name()) : null,
				year.titles().get(m.unitId()), votes.get(m.year() + "/" + m.unitId()),
				(row != null && row.award() != Award.NONE) ? year.view().awardName(row.award()) : null, decidedCode,
				(decidedCode != null) ? rules.award(decidedCode).map(Rules.AwardRule::name).orElse(decidedCode) : null);
	}

	/**
	 * The conditions of {@code prior} in {@code year} for several units at once, across
	 * lineage (a fixed number of statements, see
	 * {@link #years(CurrentUser, Collection, Integer, Integer)}).
	 */
	public Map<Long, Condition> check(CurrentUser user, Collection<Long> unitIds, int year, Rules.Prior prior) {
		Map<Long, List<Year>> earlier = years(user, unitIds, year - prior.years(), year);
		Map<Long, Condition> result = new HashMap<>();
		for (long unitId : unitIds) {
			result.put(unitId, check(unitId, year, prior, earlier.getOrDefault(unitId, List.of())));
		}
		return result;
	}

	/**
	 * Whether a unit meets an award's conditions on earlier years in {@code year}, with
	 * the years that meet them.
	 *
	 * @param met whether every condition holds
	 * @param years the earlier years that meet the band or award condition
	 */
	public record Condition(boolean met, List<Integer> years) {
	}

	/**
	 * The conditions of {@code prior} for a unit in {@code year}, judged on its earlier
	 * years (its predecessors' included).
	 */
	static Condition check(long unitId, int year, Rules.Prior prior, List<Year> earlier) {
		List<Integer> meeting = new ArrayList<>();
		boolean each = true;
		boolean led = false;
		for (int y = year - prior.years(); y < year; y++) {
			int at = y;
			List<Year> of = earlier.stream().filter((e) -> e.year() == at).toList();
			led |= of.stream().anyMatch(Year::leader);
			boolean ok = !of.isEmpty() && of.stream().anyMatch((e) -> meets(e, prior));
			if (ok) {
				meeting.add(y);
			}
			each &= ok;
		}
		return new Condition(each && (!prior.led() || led), List.copyOf(meeting));
	}

	private static boolean meets(Year year, Rules.Prior prior) {
		if (prior.band() != null) {
			if (year.ranked() == null || year.ranked().isExcluded()) {
				return false;
			}
			int had = Rules.BAND_CODES.indexOf(year.ranked().classification().name());
			if (had < 0 || had > Rules.BAND_CODES.indexOf(prior.band())) {
				return false;
			}
		}
		return prior.award() == null || prior.award().equals(year.decidedAward());
	}

	/** Each unit's best share of its closing's valid ballots, by "year/unit". */
	private Map<String, BigDecimal> votes(Collection<Long> unitIds) {
		Map<String, BigDecimal> result = new HashMap<>();
		this.jdbc.sql("""
				select c.year, k.unit_id, max(k.votes * 100.0 / c.ballots_valid) as share
				from closing_candidates k join cluster_closings c on c.id = k.closing_id
				where c.status = 'CLOSED' and k.unit_id in (:ids) and k.votes is not null and c.ballots_valid > 0
				group by c.year, k.unit_id""").param("ids", unitIds).query((rs) -> {
			result.put(rs.getInt("year") + "/" + rs.getLong("unit_id"),
					rs.getBigDecimal("share").setScale(2, RoundingMode.HALF_UP));
		});
		return result;
	}

	private record YearData(RankingView view, Map<Long, String> titles, Map<Long, String> decided) {

		RankedUnit row(long clusterId, long unitId) {
			Optional<ClusterRanking> cluster = this.view.clusters()
				.stream()
				.filter((c) -> c.clusterId() == clusterId)
				.findFirst();
			return cluster.flatMap((c) -> c.rows().stream().filter((r) -> r.unitId() == unitId).findFirst())
				.orElse(null);
		}

	}

}

package vn.thidua.unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.VietnameseCollation;

/**
 * The unit-level units of a province.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

	private final UnitRepository units;

	private final UnitLineage lineage;

	UnitService(UnitRepository units, UnitLineage lineage) {
		this.units = units;
		this.lineage = lineage;
	}

	/**
	 * The units of a province that exist in the given year, in Vietnamese order.
	 */
	public List<Unit> ofProvince(long provinceId, int year) {
		return this.units.findOfProvince(provinceId)
			.stream()
			.filter((d) -> d.existedIn(year))
			.sorted(VietnameseCollation.comparing(Unit::getName))
			.toList();
	}

	/**
	 * The units of a province that exist in the year, of the levels its clusters of that
	 * year are formed of (every level when it has none yet), in Vietnamese order: the
	 * units a meeting or an exclusion of the year names. In 2014 the districts, not the
	 * communes within them; in 2026 the communes and wards.
	 */
	public List<Unit> ofClusterLevels(long provinceId, int year) {
		java.util.Set<UnitLevel> levels = clusterLevels(provinceId, year);
		return ofProvince(provinceId, year).stream()
			.filter((unit) -> levels.isEmpty() || levels.contains(unit.getLevel()))
			.toList();
	}

	/** The levels of the units the province's clusters of the year are formed of. */
	public java.util.Set<UnitLevel> clusterLevels(long provinceId, int year) {
		java.util.Set<UnitLevel> levels = java.util.EnumSet.noneOf(UnitLevel.class);
		this.units.findClusterLevels(provinceId, year).forEach((level) -> levels.add(UnitLevel.valueOf(level)));
		return levels;
	}

	/**
	 * The units an account may act for in the year: those that exist in it, and those
	 * that were members of a cluster (their accounts keep the years they ran), by level,
	 * then in Vietnamese order.
	 */
	public List<Unit> forAccounts(long provinceId, int year) {
		java.util.Set<Long> members = new java.util.HashSet<>(this.units.findClusterMemberIds(provinceId));
		return this.units.findOfProvince(provinceId)
			.stream()
			.filter((d) -> d.existedIn(year) || members.contains(d.getId()))
			.sorted(java.util.Comparator.comparing(Unit::getLevel)
				.reversed()
				.thenComparing(VietnameseCollation.comparing(Unit::getName)))
			.toList();
	}

	/**
	 * Those of the given units that belong to the province (others are simply not
	 * returned).
	 */
	public List<Unit> inProvince(long provinceId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.units.findInProvince(provinceId, ids);
	}

	/**
	 * The units a unit was formed from, directly or through others, and the units those
	 * lay within (a commune's district): whose years are its predecessors' years. Nearest
	 * first.
	 */
	public List<Long> predecessors(long unitId) {
		return this.lineage.earlier(unitId).stream().map(UnitLineage.Related::id).toList();
	}

	/**
	 * {@link #predecessors(long)} of several units in one statement: each unit's
	 * predecessors, nearest first (a unit without any absent).
	 */
	public Map<Long, List<Long>> predecessors(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> result = new LinkedHashMap<>();
		for (UnitLineage.Successor link : this.lineage.earlier(unitIds)) {
			result.computeIfAbsent(link.origin(), (origin) -> new java.util.ArrayList<>()).add(link.id());
		}
		return result;
	}

	/**
	 * For units that end before a year, the units of the province that took their place
	 * in it: formed from them by lineage (a district's successors are the communes formed
	 * from the communes within it), existing in that year, of the province. Two
	 * statements for any number of units; each list in Vietnamese order, a unit without
	 * successors absent.
	 * @param provinceId the province
	 * @param unitIds the earlier units
	 * @param year the year their successors serve
	 */
	public Map<Long, List<Unit>> successors(long provinceId, Collection<Long> unitIds, int year) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		List<UnitLineage.Successor> links = this.lineage.later(unitIds);
		Map<Long, Unit> found = new HashMap<>();
		inProvince(provinceId, links.stream().map(UnitLineage.Successor::id).distinct().toList())
			.forEach((unit) -> found.put(unit.getId(), unit));
		Map<Long, Set<Unit>> successors = new LinkedHashMap<>();
		for (UnitLineage.Successor link : links) {
			Unit unit = found.get(link.id());
			if (unit != null && unit.existedIn(year)) {
				successors.computeIfAbsent(link.origin(), (origin) -> new LinkedHashSet<>()).add(unit);
			}
		}
		Map<Long, List<Unit>> sorted = new LinkedHashMap<>();
		successors.forEach((origin, units) -> sorted.put(origin,
				units.stream().sorted(VietnameseCollation.comparing(Unit::getName)).toList()));
		return sorted;
	}

}

package vn.thidua.unit;

import java.util.Collection;
import java.util.List;

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

}

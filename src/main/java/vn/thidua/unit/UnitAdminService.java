package vn.thidua.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Formats;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseCollation;

/**
 * The administrator's units: the catalogue of the province by level and validity, a
 * unit's lineage and years, adding a unit and recording the day it ceases. Units are
 * never deleted (past reports and rankings name them).
 */
@Service
@Transactional(readOnly = true)
public class UnitAdminService {

	static final String ENTITY = "Unit";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final UnitRepository units;

	private final UnitLineage lineage;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Clock clock;

	UnitAdminService(UnitRepository units, UnitLineage lineage, AuditService audit, EntityManager entityManager,
			JdbcClient jdbc, Clock clock) {
		this.units = units;
		this.lineage = lineage;
		this.audit = audit;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Which units a list shows: those valid today, those that ended, or all. */
	public enum Validity {

		CURRENT, ENDED, ALL

	}

	/**
	 * The province's units of a level (or all levels) and validity whose code or name
	 * contains the text, with the count of current and ended units per level.
	 *
	 * @param units the units shown: by level, current before ended, by code
	 * @param counts per level: units valid today, units ended
	 */
	public record Listing(List<Unit> units, Map<UnitLevel, long[]> counts) {
	}

	/** Every unit of the province, current ones first, each in code order. */
	public List<Unit> all(CurrentUser admin) {
		return list(admin, null, Validity.ALL, null).units();
	}

	public Listing list(CurrentUser admin, UnitLevel level, Validity validity, String text) {
		LocalDate today = LocalDate.now(this.clock);
		String wanted = (text != null) ? text.strip().toLowerCase(VIETNAMESE) : "";
		Map<UnitLevel, long[]> counts = new EnumMap<>(UnitLevel.class);
		for (UnitLevel l : UnitLevel.values()) {
			counts.put(l, new long[2]);
		}
		List<Unit> shown = new ArrayList<>();
		for (Unit unit : this.units.findOfProvince(admin.provinceId())) {
			boolean current = unit.validOn(today)
					|| (unit.getValidFrom() != null && unit.getValidFrom().isAfter(today));
			counts.get(unit.getLevel())[current ? 0 : 1]++;
			if ((level == null || unit.getLevel() == level)
					&& (validity == Validity.ALL || (validity == Validity.CURRENT) == current)
					&& (wanted.isEmpty() || unit.getCode().contains(wanted)
							|| unit.getName().toLowerCase(VIETNAMESE).contains(wanted))) {
				shown.add(unit);
			}
		}
		shown.sort(Comparator.comparing(Unit::getLevel)
			.thenComparing(
					(Unit u) -> !(u.validOn(today) || u.getValidFrom() != null && u.getValidFrom().isAfter(today)))
			.thenComparing(Unit::getCode)
			.thenComparing(Unit::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(VietnameseCollation.comparing(Unit::getName)));
		return new Listing(shown, counts);
	}

	/**
	 * A unit's page: the unit, the unit it lay within, the units it was formed from and,
	 * through them, the earlier units; the units formed from it; those that lay within
	 * it; and the clusters it and its earlier units were members of.
	 */
	public record Detail(Unit unit, Unit parent, List<UnitLineage.Related> formedFrom,
			List<UnitLineage.Related> earlier, List<UnitLineage.Related> formedInto, List<UnitLineage.Related> later,
			List<UnitLineage.Related> contained, List<Membership> years) {
	}

	/** A year the unit, or one it was formed from, was a member of a cluster. */
	public record Membership(int year, long clusterId, String clusterName, long unitId, String unitName,
			UnitType unitType, boolean leader) {
	}

	public Detail detail(CurrentUser admin, long id) {
		Unit unit = one(admin, id);
		Unit parent = (unit.getParentId() != null) ? one(admin, unit.getParentId()) : null;
		List<UnitLineage.Related> earlier = this.lineage.earlier(id);
		List<UnitLineage.Related> later = this.lineage.later(id);
		List<Long> ids = new ArrayList<>();
		ids.add(id);
		earlier.forEach((r) -> ids.add(r.id()));
		List<Membership> years = this.jdbc.sql("""
				select m.year, c.id as cluster_id, c.name as cluster_name, u.id as unit_id, u.name as unit_name,
				       u.type as unit_type, (c.leader_unit_id = u.id) as leader
				from cluster_members m join clusters c on c.id = m.cluster_id join units u on u.id = m.unit_id
				where m.unit_id in (:ids) and c.province_id = :province
				order by m.year desc, u.name""")
			.param("ids", ids)
			.param("province", admin.provinceId())
			.query(Membership.class)
			.list();
		return new Detail(unit, parent,
				earlier.stream().filter((r) -> r.depth() == 1 && !"WITHIN".equals(r.kind())).toList(),
				earlier.stream().filter((r) -> r.depth() > 1).toList(),
				later.stream().filter((r) -> r.depth() == 1 && !"CONTAINED".equals(r.kind())).toList(),
				later.stream().filter((r) -> r.depth() > 1 && !"CONTAINED".equals(r.kind())).toList(),
				later.stream().filter((r) -> "CONTAINED".equals(r.kind())).toList(), years);
	}

	@Transactional
	public Unit add(CurrentUser admin, UnitForm form, Errors errors) {
		// the form checks name and type by themselves (UnitForm); the code's form is the
		// level's
		String code = (form.getCode() != null) ? form.getCode().strip().toUpperCase(Locale.ROOT) : "";
		if (!errors.hasFieldErrors("code") && form.getType() != null && !form.getType().level().accepts(code)) {
			errors.rejectValue("code", "unit.code.invalidFor." + form.getType().level().name());
		}
		else if (!errors.hasFieldErrors("code") && form.getType() != null && this.units.codeHeldFrom(code,
				form.getType().level().name(), admin.provinceId(), form.getValidFrom())) {
			errors.rejectValue("code", "unit.code.taken");
		}
		else if (!errors.hasFieldErrors("code") && form.getType() == null && !UnitLevel.DISTRICT_LEVEL.accepts(code)
				&& !UnitLevel.COMMUNE_LEVEL.accepts(code)) {
			errors.rejectValue("code", "unit.code.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Unit unit = this.units.save(new Unit(this.entityManager.getReference(Province.class, admin.provinceId()), code,
				form.getName().strip(), form.getType(), form.getValidFrom()));
		this.audit.record(admin, "UNIT_ADDED", ENTITY, unit.getId(),
				(form.getValidFrom() != null)
						? this.audit.words("trail.unit.addedFrom", code, unit.getName(),
								Formats.date(form.getValidFrom()))
						: this.audit.words("trail.unit.added", code, unit.getName()));
		return unit;
	}

	/**
	 * Records the last day of a unit; refused before it began or while it is a member of
	 * a cluster of a later year.
	 */
	@Transactional
	public boolean retire(CurrentUser admin, long id, LocalDate validTo, Errors errors) {
		Unit unit = one(admin, id);
		if (validTo == null) {
			errors.rejectValue("validTo", "unit.validTo.required");
		}
		else if (unit.getValidFrom() != null && validTo.isBefore(unit.getValidFrom())) {
			errors.rejectValue("validTo", "unit.validTo.beforeStart");
		}
		else {
			Integer lastYear = this.units.lastClusterYear(id);
			if (lastYear != null && lastYear > validTo.getYear()) {
				errors.rejectValue("validTo", "unit.validTo.inCluster", new Object[] { Integer.toString(lastYear) },
						null);
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		unit.retire(validTo);
		this.audit.record(admin, "UNIT_RETIRED", ENTITY, id,
				this.audit.words("trail.unit.retired", unit.getCode(), unit.getName(), Formats.date(validTo)));
		return true;
	}

	private Unit one(CurrentUser admin, long id) {
		return this.units.findInProvince(admin.provinceId(), List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("Unit", id));
	}

}

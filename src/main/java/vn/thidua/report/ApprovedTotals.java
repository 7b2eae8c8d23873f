package vn.thidua.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report module tells others about approved reports: the subtotals of each unit
 * in each approved quarter, summed by the database once at approval
 * ({@code report_unit_totals}). Rankings read them here, through this module's API, not
 * from its tables: one statement per province-year, whatever the number of scores.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedTotals {

	private static final String APPROVED_QUARTERS = """
			select c.id as cluster_id, t.unit_id, r.quarter, r.late, t.general, t.press, t.publishing, t.post,
			       t.telecom, t.it, t.bonus, t.penalty
			from quarterly_reports r
			join clusters c on c.id = r.cluster_id
			join report_unit_totals t on t.report_id = r.id
			where c.province_id = :provinceId and r.year = :year and r.status = 'APPROVED' and c.id in (:clusterIds)
			""";

	private static final String APPROVED_POINTS = """
			select s.unit_id, r.quarter, cr.code || '. ' || cr.title as criterion, cr.max_points,
			       coalesce(g.code || '. ' || g.title, cr.code || '. ' || cr.title) as criteria_group,
			       coalesce(g.max_points, cr.max_points) as group_max, coalesce(s.final_points, 0) as points
			from quarterly_reports r
			join clusters c on c.id = r.cluster_id
			join scores s on s.report_id = r.id
			join criteria cr on cr.id = s.criterion_id and cr.kind = 'SCORE'
			left join criteria g on g.id = cr.parent_id
			where c.province_id = :provinceId and r.year = :year and r.status = 'APPROVED' and c.id in (:clusterIds)
			""";

	private final EntityManager entityManager;

	ApprovedTotals(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Every unit's subtotals in the approved reports of these clusters in a year.
	 */
	public List<ApprovedQuarter> of(long provinceId, int year, Collection<Long> clusterIds) {
		if (clusterIds.isEmpty()) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<Tuple> rows = this.entityManager.createNativeQuery(APPROVED_QUARTERS, Tuple.class)
			.setParameter("provinceId", provinceId)
			.setParameter("year", year)
			.setParameter("clusterIds", clusterIds)
			.getResultList();
		return rows.stream()
			.map((t) -> new ApprovedQuarter(number(t, "cluster_id").longValue(), number(t, "unit_id").longValue(),
					number(t, "quarter").intValue(), t.get("late", Boolean.class),
					new Subtotals(decimal(t, "general"), decimal(t, "press"), decimal(t, "publishing"),
							decimal(t, "post"), decimal(t, "telecom"), decimal(t, "it"), decimal(t, "bonus"),
							decimal(t, "penalty"))))
			.toList();
	}

	/**
	 * Every unit's final points on each scored criterion of the approved reports of these
	 * clusters in a year (one statement; read only where the rules have band floors).
	 */
	public List<ApprovedPoints> points(long provinceId, int year, Collection<Long> clusterIds) {
		if (clusterIds.isEmpty()) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		List<Tuple> rows = this.entityManager.createNativeQuery(APPROVED_POINTS, Tuple.class)
			.setParameter("provinceId", provinceId)
			.setParameter("year", year)
			.setParameter("clusterIds", clusterIds)
			.getResultList();
		return rows.stream()
			.map((t) -> new ApprovedPoints(number(t, "unit_id").longValue(), number(t, "quarter").intValue(),
					t.get("criterion", String.class), decimal(t, "max_points"), t.get("criteria_group", String.class),
					decimal(t, "group_max"), decimal(t, "points")))
			.toList();
	}

	private static Number number(Tuple tuple, String alias) {
		return (Number) tuple.get(alias);
	}

	private static BigDecimal decimal(Tuple tuple, String alias) {
		Object value = tuple.get(alias);
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

}

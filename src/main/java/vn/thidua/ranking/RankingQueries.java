package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;

/**
 * The points of a province-year summed by the database: one statement returns, per
 * cluster, district and approved quarter, the subtotal of each field and kind. Nothing
 * else is loaded, whatever the number of scores.
 */
@Repository
class RankingQueries {

	private static final String APPROVED_QUARTERS = """
			select c.id as cluster_id, t.district_id, r.quarter, r.late, t.general, t.press, t.publishing, t.post,
			       t.telecom, t.it, t.bonus, t.penalty
			from quarterly_reports r
			join clusters c on c.id = r.cluster_id
			join report_district_totals t on t.report_id = r.id
			where c.province_id = :provinceId and r.year = :year and r.status = 'APPROVED' and c.id in (:clusterIds)
			""";

	private final EntityManager entityManager;

	RankingQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<QuarterScores> approvedQuarters(long provinceId, int year, Collection<Long> clusterIds) {
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
			.map((t) -> new QuarterScores(number(t, "cluster_id").longValue(), number(t, "district_id").longValue(),
					number(t, "quarter").intValue(), t.get("late", Boolean.class),
					new Subtotals(decimal(t, "general"), decimal(t, "press"), decimal(t, "publishing"),
							decimal(t, "post"), decimal(t, "telecom"), decimal(t, "it"), decimal(t, "bonus"),
							decimal(t, "penalty"))))
			.toList();
	}

	/**
	 * The standing (not reopened) decisions of these clusters, with their rows and
	 * districts.
	 */
	List<RankingDecision> standingDecisions(long provinceId, int year) {
		return this.entityManager.createQuery("""
				select distinct d from RankingDecision d
				join fetch d.finalizedBy
				left join fetch d.rows r
				left join fetch r.district
				where d.provinceId = :provinceId and d.year = :year and d.reopenedAt is null
				""", RankingDecision.class)
			.setParameter("provinceId", provinceId)
			.setParameter("year", year)
			.getResultList();
	}

	RankingDecision save(RankingDecision decision) {
		this.entityManager.persist(decision);
		return decision;
	}

	private static Number number(Tuple tuple, String alias) {
		return (Number) tuple.get(alias);
	}

	private static BigDecimal decimal(Tuple tuple, String alias) {
		Object value = tuple.get(alias);
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

}

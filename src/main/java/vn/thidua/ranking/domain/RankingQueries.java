package vn.thidua.ranking.domain;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * The finalized decisions of a province-year (the approved points come from the report
 * module's {@code ApprovedTotals}).
 */
@Repository
public class RankingQueries {

	private final EntityManager entityManager;

	RankingQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The standing (not reopened) decisions of these clusters, with their rows and units.
	 */
	public List<RankingDecision> standingDecisions(long provinceId, int year) {
		return this.entityManager.createQuery("""
				select distinct d from RankingDecision d
				join fetch d.finalizedBy
				left join fetch d.rows r
				left join fetch r.unit
				where d.provinceId = :provinceId and d.year = :year and d.reopenedAt is null
				""", RankingDecision.class)
			.setParameter("provinceId", provinceId)
			.setParameter("year", year)
			.getResultList();
	}

	public RankingDecision save(RankingDecision decision) {
		this.entityManager.persist(decision);
		return decision;
	}

}

package vn.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.testsupport.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain rules that the database itself holds. Each test breaks one rule with plain
 * SQL and expects the named constraint to refuse it.
 */
@RepositoryTest
class SchemaConstraintsTests {

	@Autowired
	EntityManager entityManager;

	@Test
	void aUnitBelongsToAtMostOneClusterPerYear() {
		// Diễn Châu (425) is in Cụm 1; put it into Cụm 2 as well
		assertRefused("""
				insert into cluster_members (cluster_id, year, unit_id)
				select c.id, c.year, d.id from clusters c, units d
				where c.name = 'Cụm 2' and c.year = 2014 and d.code = '425'
				""", "uk_cluster_members_unit_year");
	}

	@Test
	void oneReportPerClusterYearAndQuarter() {
		assertRefused("""
				insert into quarterly_reports (cluster_id, year, quarter)
				select id, year, 1 from clusters where name = 'Cụm 1' and year = 2014
				""", "uk_reports_cluster_quarter");
	}

	@Test
	void theQuarterIsOneToFour() {
		assertRefused("""
				insert into quarterly_reports (cluster_id, year, quarter)
				select id, year, 5 from clusters where name = 'Cụm 1' and year = 2014
				""", "ck_quarterly_reports_quarter");
	}

	@Test
	void aReportBelongsToItsClustersYear() {
		assertRefused("""
				insert into quarterly_reports (cluster_id, year, quarter)
				select id, 2015, 1 from clusters where name = 'Cụm 1' and year = 2014
				""", "fk_quarterly_reports_cluster");
	}

	@Test
	void pointsCannotExceedTheCriterionMaximum() {
		// 6.1 has 8 points at most
		assertRefused("""
				update scores set final_points = 8.5
				where id = (select s.id from scores s join criteria c on c.id = s.criterion_id
				            where c.code = '6.1' limit 1)
				""", "ck_scores_final_points");
	}

	@Test
	void pointsCannotBeNegative() {
		assertRefused("update scores set leader_points = -1 where id = (select min(id) from scores)",
				"ck_scores_leader_points");
	}

	@Test
	void aScoreCarriesTheMaximumOfItsCriterion() {
		assertRefused("update scores set max_points = 100 where id = (select min(id) from scores)",
				"fk_scores_criterion");
	}

	@Test
	void aReviewersChangeOfPointsNeedsAReason() {
		assertRefused("""
				insert into score_changes (score_id, stage, old_points, new_points, changed_by, reason)
				select min(s.id), 'REVIEW', 1, 2, min(u.id), '  ' from scores s, app_users u
				""", "ck_score_changes_reason");
	}

	@Test
	void aClusterLeaderUserActsForAUnit() {
		assertRefused("""
				insert into app_users (username, password_hash, full_name, role, province_id)
				select 'cumtruong.moi', 'x', 'Cụm trưởng mới', 'CLUSTER_LEADER', id from provinces where code = '40'
				""", "ck_app_users_unit");
	}

	@Test
	void theSeedIsConsistentWithTheRules() {
		Number leadersOutsideTheirCluster = (Number) this.entityManager.createNativeQuery("""
				select count(*) from clusters c
				where not exists (select 1 from cluster_members m
				                  where m.cluster_id = c.id and m.unit_id = c.leader_unit_id)
				   or not exists (select 1 from cluster_members m
				                  where m.cluster_id = c.id and m.unit_id = c.deputy_unit_id)
				""").getSingleResult();
		assertThat(leadersOutsideTheirCluster.intValue()).isZero();
		Number units = (Number) this.entityManager
			.createNativeQuery("select count(*) from units d join provinces p on p.id = d.province_id "
					+ "where p.code = '40' and d.level = 'DISTRICT_LEVEL' and (d.valid_to is null or d.valid_to >= "
					+ "date '2014-01-01') and (d.valid_from is null or d.valid_from <= date '2014-12-31')")
			.getSingleResult();
		assertThat(units.intValue()).isEqualTo(21);
		// the reform's reference data: 412 commune-level units until 30/6/2025, 130 from
		// 1/7/2025
		// (119 xã, 11 phường), each new one formed from old ones, every old one used once
		assertThat(this.entityManager
			.createNativeQuery(
					"""
							select count(*) filter (where valid_to = date '2025-06-30'),
							       count(*) filter (where valid_from = date '2025-07-01' and type = 'XA'),
							       count(*) filter (where valid_from = date '2025-07-01' and type = 'PHUONG'),
							       (select count(distinct predecessor_id) from unit_lineage l join units o on o.id = l.predecessor_id
							        where o.level = 'COMMUNE_LEVEL')
							from units where level = 'COMMUNE_LEVEL'""")
			.getSingleResult()).isEqualTo(new Object[] { 412L, 119L, 11L, 412L });
	}

	private void assertRefused(String sql, String constraint) {
		assertThatThrownBy(() -> {
			this.entityManager.createNativeQuery(sql).executeUpdate();
			this.entityManager.flush();
		}).isInstanceOf(PersistenceException.class).hasStackTraceContaining(constraint);
	}

}

package vn.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.JdbcStatements;
import vn.thidua.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page runs a small, fixed number of SQL statements: one fetch-joined query per
 * list, never one per cluster, member or criterion (3 clusters, 21 members, 29 criteria
 * would show as dozens).
 */
@IntegrationTest
@WithUserDetails("cumtruong.yenthanh")
class SqlStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	SqlStatements statements;

	@BeforeEach
	void counter() {
		this.statements = new SqlStatements(this.entityManagerFactory);
	}

	// every count is with empty caches (they are emptied after each test): the year's
	// rules
	// are read once (2 statements, then cached) where a page names periods or deadlines —
	// the dashboard, the report lists; the dashboard also reads the user's cluster's
	// covenant (1); the cluster page the year's rankings (the province's, computed once
	// per
	// data version)
	@ParameterizedTest(name = "{0}: at most {1}")
	@CsvSource({ "/, 8", "/clusters?year=2014, 3", "/criteria?year=2014, 3", "/clusters/{cluster}, 11", "/reports, 5",
			"/reports?year=2014&quarter=1&status=APPROVED, 5", "/meetings, 6", "/meetings?q=cụm&kind=HOI_NGHI, 6",
			"/meetings/{meeting}, 2" })
	void aPageRunsAFixedSmallNumberOfStatements(String page, long max) throws Exception {
		long cluster = ((Number) this.entityManager
			.createNativeQuery("select id from clusters where name = 'Cụm 2' and year = 2014")
			.getSingleResult()).longValue();
		long meeting = ((Number) this.entityManager.createNativeQuery("select min(id) from meetings").getSingleResult())
			.longValue();
		this.statements.reset();
		this.mvc
			.perform(
					get(page.replace("{cluster}", Long.toString(cluster)).replace("{meeting}", Long.toString(meeting))))
			.andExpect(status().isOk());
		assertThat(this.statements.count()).as("SQL statements for %s", page).isBetween(1L, max);
	}

	// the closing computes its cluster's year ranking live (not the cache); the decision
	// page reads every cluster's closing in one query (plus one JDBC read each of voters,
	// scans and reviews, outside these counts)
	@ParameterizedTest(name = "{0}: at most {1}")
	@CsvSource({ "/clusters/{cluster3}/closing, 12", "/awards?year=2014, 10", "/clusters/{cluster3}/covenant, 8",
			"/clusters/{cluster3}/documents, 6" })
	@WithUserDetails("giamdoc")
	void theYearsEndPagesRunAFixedSmallNumberOfStatements(String page, long max) throws Exception {
		long cluster = ((Number) this.entityManager
			.createNativeQuery("select id from clusters where name = 'Cụm 3' and year = 2014")
			.getSingleResult()).longValue();
		this.statements.reset();
		this.mvc.perform(get(page.replace("{cluster3}", Long.toString(cluster)))).andExpect(status().isOk());
		assertThat(this.statements.count()).as("SQL statements for %s", page).isBetween(1L, max);
	}

	// every JDBC statement, the plain JDBC reads included: a unit's record reads its
	// years
	// and its predecessors' in a fixed number of statements (lineage, memberships, units,
	// vote shares, then per year its rankings, titles and decided awards), whatever the
	// number of its predecessors: xã Diễn Châu (several communes and their district
	// before
	// it) reads as many as a ward formed from one
	@Test
	@WithUserDetails("giamdoc")
	void aUnitsRecordRunsAsManyStatementsWhateverItsPredecessors() throws Exception {
		long many = commune("select u.id from units u join unit_lineage l on l.unit_id = u.id "
				+ "where u.name = 'Diễn Châu' and u.level = 'COMMUNE_LEVEL' group by u.id");
		long few = commune("select u.id from units u join unit_lineage l on l.unit_id = u.id "
				+ "join cluster_members m on m.unit_id = u.id and m.year = 2026 "
				+ "where u.level = 'COMMUNE_LEVEL' group by u.id having count(*) = 1 order by u.id limit 1");
		this.mvc.perform(get("/units/{id}/record", many)).andExpect(status().isOk());
		JdbcStatements.reset();
		this.mvc.perform(get("/units/{id}/record", many)).andExpect(status().isOk());
		long ofMany = JdbcStatements.count();
		this.mvc.perform(get("/units/{id}/record", few)).andExpect(status().isOk());
		JdbcStatements.reset();
		this.mvc.perform(get("/units/{id}/record", few)).andExpect(status().isOk());
		assertThat(ofMany).isBetween(1L, 16L).isEqualTo(JdbcStatements.count());
	}

	// the year's stages of every cluster (covenants, reports and self-assessments,
	// closings, the decision) in a constant number of statements, every JDBC read
	// counted: the three clusters of 2014 as many as the ten of 2026
	@Test
	@WithUserDetails("chuyenvien")
	void theYearPageReadsAsManyStatementsForTenClustersAsForThree() throws Exception {
		this.mvc.perform(get("/year").param("year", "2014")).andExpect(status().isOk());
		this.mvc.perform(get("/year").param("year", "2026")).andExpect(status().isOk());
		JdbcStatements.reset();
		this.mvc.perform(get("/year").param("year", "2014")).andExpect(status().isOk());
		long three = JdbcStatements.count();
		JdbcStatements.reset();
		this.mvc.perform(get("/year").param("year", "2026")).andExpect(status().isOk());
		assertThat(three).isBetween(1L, 16L).isEqualTo(JdbcStatements.count());
	}

	// the department's award page judges the awards' conditions on earlier years for all
	// proposals at once: as many statements for the certificate's several proposals as
	// for the flag's one
	@Test
	@WithUserDetails("giamdoc")
	@org.springframework.transaction.annotation.Transactional
	void theAwardConditionsAreJudgedForAllProposalsAtOnce() throws Exception {
		long[] counts = new long[2];
		String[] awards = { "CO_THI_DUA", "BANG_KHEN" };
		for (int i = 0; i < 2; i++) {
			this.entityManager.createNativeQuery("alter table rule_awards disable trigger tg_rule_awards_read_only")
				.executeUpdate();
			this.entityManager
				.createNativeQuery("update rule_awards a set prior_years = case when a.code = ?1 "
						+ "then 2 end, prior_band = case when a.code = ?1 then 'TOT' end from rule_sets s "
						+ "where a.rule_set_id = s.id and s.year = 2014")
				.setParameter(1, awards[i])
				.executeUpdate();
			this.entityManager.createNativeQuery("alter table rule_awards enable trigger tg_rule_awards_read_only")
				.executeUpdate();
			this.entityManager.clear();
			this.mvc.perform(get("/awards?year=2014")).andExpect(status().isOk());
			JdbcStatements.reset();
			String page = this.mvc.perform(get("/awards?year=2014"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			counts[i] = JdbcStatements.count();
			assertThat(page).contains("data-testid=\"prior-unmet\"");
		}
		assertThat(counts[0]).isPositive();
		assertThat(counts[1]).isEqualTo(counts[0]);
	}

	private long commune(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}

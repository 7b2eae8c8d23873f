package vn.thidua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.testsupport.IntegrationTest;
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

}

package vn.thidua.ranking;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.shared.DataVersions;
import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rankings page without a cache of rendered HTML: its data is cached per province and
 * data version, and a repeat visit answers 304 from the ETag. Not transactional: the data
 * versions change at commit.
 */
@IntegrationTest
class RankingCacheAndEtagTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataVersions versions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void putTheNameBack() {
		new JdbcTemplate(this.dataSource)
			.update("update app_users set full_name = 'Giám đốc Sở (tài khoản minh họa)' where username = 'giamdoc'");
	}

	@Test
	void aRepeatVisitAnswers304WithoutRenderingOrQueries() throws Exception {
		MvcResult first = this.mvc.perform(get("/rankings?year=2014").with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("private").contains("no-cache");

		RequestPostProcessor director = as("giamdoc");
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		statements.reset();
		MvcResult repeat = this.mvc.perform(get("/rankings?year=2014").with(director).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(repeat.getResponse().getContentAsString()).isEmpty();
		assertThat(statements.count()).as("Hibernate statements of a 304").isZero();

		// the same page for another user or another period is another ETag
		assertThat(this.mvc.perform(get("/rankings?year=2014").with(as("chuyenvien")).header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(
				this.mvc.perform(get("/rankings?year=2014&quarter=1").with(as("giamdoc")).header("If-None-Match", etag))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(200);
	}

	@Test
	void aCommittedChangeTheDirectorCanSeeChangesTheEtag() throws Exception {
		String etag = this.mvc.perform(get("/rankings?year=2014").with(as("giamdoc")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		new JdbcTemplate(this.dataSource)
			.update("update app_users set full_name = 'Giám đốc Sở (đổi tên)' where username = 'giamdoc'");
		MvcResult after = this.mvc.perform(get("/rankings?year=2014").with(as("giamdoc")).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aCachedRenderingRunsOnlyTheQueriesOfThePageAroundTheData() throws Exception {
		this.mvc.perform(get("/rankings?year=2014").with(as("chuyenvien"))).andExpect(status().isOk());
		RequestPostProcessor director = as("giamdoc");
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		statements.reset();
		this.mvc.perform(get("/rankings?year=2014").with(director)).andExpect(status().isOk());
		// the year list, the department's decided award list and, before it is finalized,
		// the closed clusters' votes (one indexed read each): the rankings themselves
		// come
		// from the shared cache
		assertThat(statements.count()).isLessThanOrEqualTo(3);
	}

	@Test
	void oneProvincesChangesDoNotTouchAnothersVersion() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long nghean = jdbc.queryForObject("select id from provinces where code = '40'", Long.class);
		long hagiang = jdbc.queryForObject("select id from provinces where code = '02'", Long.class);
		long before = this.versions.of(hagiang);
		long ngheanBefore = this.versions.of(nghean);
		jdbc.update("update app_users set full_name = 'Giám đốc Sở (đổi tên)' where username = 'giamdoc'");
		assertThat(this.versions.of(nghean)).isGreaterThan(ngheanBefore);
		assertThat(this.versions.of(hagiang)).isEqualTo(before);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

package vn.thidua.ranking;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rankings page is served from memory while its data is unchanged (not in a test
 * transaction: the cache stores only pages rendered from committed data).
 */
@IntegrationTest
class RankingPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRepeatedPageRunsOneStatementAndCarriesTheRequestsOwnCsrfToken() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		UserDetails director = this.users.loadUserByUsername("giamdoc");
		MvcResult first = rankings(new MockHttpSession(), director);
		statements.reset();
		MvcResult second = rankings(new MockHttpSession(), director);
		assertThat(statements.count()).as("statements of a page served from memory").isEqualTo(1);
		String firstToken = token(first);
		String secondToken = token(second);
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertThat(body(second)).contains("value=\"" + secondToken + "\"").doesNotContain(firstToken);
		assertThat(body(second).replace(secondToken, "T")).isEqualTo(body(first).replace(firstToken, "T"));
	}

	@Test
	void aCommittedChangeToWhatThePageShowsIsSeenAtOnce() throws Exception {
		String before = body(rankings(new MockHttpSession()));
		assertThat(before).contains("Yên Thành");
		this.jdbc.update("update districts set name = 'Yên Thành (đổi tên thử)' where name = 'Yên Thành'");
		try {
			assertThat(body(rankings(new MockHttpSession()))).contains("Yên Thành (đổi tên thử)");
		}
		finally {
			this.jdbc.update("update districts set name = 'Yên Thành' where name = 'Yên Thành (đổi tên thử)'");
		}
		assertThat(body(rankings(new MockHttpSession()))).doesNotContain("đổi tên thử");
	}

	@Test
	void aFlashMessageIsShownOnceAndNotStored() throws Exception {
		rankings(new MockHttpSession());
		MvcResult flashed = this.mvc
			.perform(get("/rankings").param("year", "2014")
				.with(user(this.users.loadUserByUsername("giamdoc")))
				// as the DispatcherServlet sets it after a redirect (MockMvc's flashAttr
				// would
				// go through the mock session, which Spring Session does not read)
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash("message", "ranking.finalized")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(body(flashed)).contains("Đã chốt kết quả xếp hạng.");
		assertThat(body(rankings(new MockHttpSession()))).doesNotContain("Đã chốt kết quả xếp hạng.");
	}

	private MvcResult rankings(MockHttpSession session) throws Exception {
		return rankings(session, this.users.loadUserByUsername("giamdoc"));
	}

	private MvcResult rankings(MockHttpSession session, UserDetails director) throws Exception {
		return this.mvc.perform(get("/rankings").param("year", "2014").session(session).with(user(director)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static FlashMap flash(String name, String value) {
		FlashMap flash = new FlashMap();
		flash.put(name, value);
		return flash;
	}

	private static String token(MvcResult result) {
		return ((CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName())).getToken();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}

package vn.thidua.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secret ballot in the app, in Cụm 3 of 2014 (6 members) under rules of one flag per
 * cluster and a 50% threshold: the leader opens voting; each member unit votes once from
 * its own account; a ballot marking two flag candidates is refused; a second ballot, a
 * ballot in another cluster and the department's ballot are refused; 4 of 6 for the
 * second-ranked unit make it the flag proposal while the first-ranked stays rank 1; who
 * voted is recorded, what it voted is not linked to it; a cast ballot cannot be changed.
 */
@IntegrationTest
@Transactional
class ClosingVoteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long cluster;

	/** The members in rank order (the year ranking of the demo data). */
	List<Long> ranked;

	@BeforeEach
	void cluster3WithOneFlagAtHalfTheBallots() {
		this.cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 3' and year = 2014",
				Long.class);
		this.jdbc.update("delete from cluster_closings where cluster_id = ?", this.cluster);
		// the published 2014 rules are read-only; this test's own rules for the year
		// (rolled
		// back with the test's transaction, the trigger with them)
		this.jdbc.execute("alter table rule_awards disable trigger tg_rule_awards_read_only");
		this.jdbc.update("update rule_awards set quota_count = 1, quota_percent = null, vote_threshold = 50 "
				+ "where code = 'CO_THI_DUA' and rule_set_id = (select id from rule_sets where year = 2014 and "
				+ "province_id = (select province_id from clusters where id = ?))", this.cluster);
		// an account for every member unit (the demo has one for the leader only)
		this.jdbc.update("""
				insert into app_users (username, password_hash, full_name, role, province_id, unit_id)
				select 'thanhvien.' || d.code, '{noop}x', 'Thành viên ' || d.name, 'UNIT', d.province_id, d.id
				from cluster_members m join units d on d.id = m.unit_id
				where m.cluster_id = ? and not exists (select 1 from app_users u where u.unit_id = d.id)""",
				this.cluster);
	}

	@Test
	void membersVoteOnceInSecretAndTheVoteDecidesAgainstTheRanking() throws Exception {
		this.mvc.perform(post("/clusters/{id}/closing/open", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		List<Map<String, Object>> ranking = this.jdbc
			.queryForList("select unit_id from closing_candidates " + "where award = 'CO_THI_DUA' order by position");
		assertThat(ranking).hasSize(1);
		long first = ((Number) ranking.get(0).get("unit_id")).longValue();
		String page = this.mvc.perform(get("/clusters/{id}/closing", this.cluster).with(leader()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long second = secondRanked(page, first);
		this.mvc
			.perform(post("/clusters/{id}/closing/candidates", this.cluster).with(leader())
				.with(csrf())
				.param("award", "CO_THI_DUA")
				.param("unitId", Long.toString(second))
				.param("reason", "Dẫn đầu về chuyển đổi số"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/clusters/{id}/closing/voting", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where cluster_id = ?", String.class,
				this.cluster))
			.isEqualTo("VOTING");
		int flagOfFirst = position("CO_THI_DUA", first);
		int flagOfSecond = position("CO_THI_DUA", second);
		List<String> voters = memberAccounts();
		assertThat(voters).hasSize(6);

		// a second flag candidate over the quota of 1 is refused, nothing recorded, the
		// marks come back
		this.mvc.perform(ballot(voters.get(0), flagOfFirst, flagOfSecond))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cờ thi đua: chỉ được chọn tối đa 1 đơn vị.")))
			.andExpect(content().string(containsString("id=\"choice" + flagOfFirst + "\" checked")));
		assertThat(count("select count(*) from closing_voters where closing_id = " + closingId())).isZero();
		assertThat(count("select count(*) from closing_sealed_ballots where closing_id = " + closingId())).isZero();

		// 4 of 6 for the second-ranked, 2 for the first
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(ballot(voters.get(i), (i < 4) ? flagOfSecond : flagOfFirst))
				.andExpect(status().is3xxRedirection());
		}
		// a member cannot vote twice, nor in another cluster; the department does not
		// vote
		this.mvc.perform(ballot(voters.get(0), flagOfFirst))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "closing.ballot.already"));
		this.mvc
			.perform(post("/clusters/{id}/closing/ballot", this.cluster).with(as("cumtruong.yenthanh"))
				.with(csrf())
				.param("choices", Integer.toString(flagOfFirst)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clusters/{id}/closing/ballot", this.cluster).with(as("chuyenvien"))
				.with(csrf())
				.param("choices", Integer.toString(flagOfFirst)))
			.andExpect(status().isForbidden());
		this.entityManager.flush();
		assertThat(count("select count(*) from closing_voters where closing_id = " + closingId())).isEqualTo(6);
		// while the window is open the ballots are sealed; nothing is counted yet
		assertThat(count("select count(*) from closing_sealed_ballots where closing_id = " + closingId())).isEqualTo(6);
		assertThat(count("select count(*) from closing_ballots where closing_id = " + closingId())).isZero();
		// who voted is recorded; what was voted carries no unit, account or time
		assertThat(this.jdbc.queryForList("select column_name from information_schema.columns where table_name = "
				+ "'closing_sealed_ballots' order by column_name", String.class))
			.containsExactly("closing_id", "id", "sealed");
		// a cast ballot cannot be changed
		String refused = this.jdbc.execute((java.sql.Connection connection) -> {
			java.sql.Savepoint savepoint = connection.setSavepoint();
			try (var statement = connection.createStatement()) {
				statement.executeUpdate("update closing_sealed_ballots set sealed = '\\x00'");
				return "changed";
			}
			catch (java.sql.SQLException ex) {
				return ex.getMessage();
			}
			finally {
				connection.rollback(savepoint);
			}
		});
		assertThat(refused).contains("A cast ballot cannot be changed");

		// the leader sees who voted, not the counts, until the window closes
		this.mvc.perform(get("/clusters/{id}/closing", this.cluster).with(leader()))
			.andExpect(content().string(containsString("Đã bỏ phiếu: 6 trên 6 đơn vị.")))
			.andExpect(content().string(not(containsString("data-testid=\"proposed\""))));
		int version = count("select version from cluster_closings where cluster_id = " + this.cluster);
		this.mvc
			.perform(post("/clusters/{id}/closing", this.cluster).with(leader())
				.with(csrf())
				.param("version", Integer.toString(version))
				.param("heldOn", "19/12/2014")
				.param("place", "UBND huyện Tương Dương")
				.param("nextLeaderId", Long.toString(second)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/clusters/{id}/closing/close", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		// the conference is also a meeting of kind "hội nghị tổng kết", its result as
		// conclusions
		assertThat(this.jdbc.queryForMap("select m.kind, m.start_date::text as day, m.conclusions from meetings m "
				+ "join cluster_closings c on c.id = m.closing_id where c.cluster_id = ?", this.cluster))
			.containsEntry("kind", "TONG_KET")
			.containsEntry("day", "2014-12-19")
			.hasEntrySatisfying("conclusions",
					(c) -> assertThat((String) c).contains(name(second) + " (Cờ thi đua, 4/6"));
		assertThat(this.jdbc.queryForMap("select status, ballot_mode, ballots_cast, ballots_valid from "
				+ "cluster_closings where cluster_id = ?", this.cluster))
			.containsEntry("status", "CLOSED")
			.containsEntry("ballot_mode", "APP")
			.containsEntry("ballots_cast", 6)
			.containsEntry("ballots_valid", 6);
		assertThat(count("select votes from closing_candidates where closing_id = " + closingId() + " and position = "
				+ flagOfSecond))
			.isEqualTo(4);
		assertThat(count("select votes from closing_candidates where closing_id = " + closingId() + " and position = "
				+ flagOfFirst))
			.isEqualTo(2);
		String closed = this.mvc.perform(get("/clusters/{id}/closing", this.cluster).with(as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 4/6 = 66,67% reaches 50%: the second-ranked is the flag proposal; the
		// first-ranked
		// stays rank 1 in the results beside the vote
		assertThat(closed).contains("66,67%", "33,33%");
		String firstRow = closed.substring(closed.indexOf("data-testid=\"closing-results\""));
		firstRow = firstRow.substring(firstRow.indexOf("<tbody>"),
				firstRow.indexOf("</tr>", firstRow.indexOf("<tbody>")));
		assertThat(firstRow).contains(">1<", name(first));
		String flagRows = closed.substring(closed.indexOf("data-testid=\"candidates\""));
		String secondRow = flagRows.substring(flagRows.indexOf("id=\"votes" + flagOfSecond + "\""));
		assertThat(secondRow.substring(0, secondRow.indexOf("</tr>"))).contains("data-testid=\"proposed\"");
		String firstFlagRow = flagRows.substring(flagRows.indexOf("id=\"votes" + flagOfFirst + "\""));
		assertThat(firstFlagRow.substring(0, firstFlagRow.indexOf("</tr>"))).doesNotContain("data-testid=\"proposed\"");

		// after the window closes no ballot is taken
		this.mvc.perform(post("/clusters/{id}/closing/voting", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().isForbidden());
		// the audit names who voted with the count, never a ballot with its own time
		assertThat(this.jdbc.queryForList(
				"select summary from audit_events where action = 'CLOSING_BALLOT_CAST' "
						+ "and entity_id = (select id from cluster_closings where cluster_id = ?)",
				String.class, this.cluster))
			.isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_events where action = 'CLOSING_CLOSED' "
						+ "and entity_id = (select id from cluster_closings where cluster_id = ?)",
				String.class, this.cluster))
			.contains("6/6 đơn vị đã bỏ phiếu: ");
	}

	@Test
	void aRoundOpenedBeforeBallotsWereSealedIsStillCounted() throws Exception {
		this.mvc.perform(post("/clusters/{id}/closing/open", this.cluster).with(leader()).with(csrf()));
		this.mvc.perform(post("/clusters/{id}/closing/voting", this.cluster).with(leader()).with(csrf()));
		this.entityManager.flush();
		// as an upgrade in the middle of a vote leaves it: voting, no round key
		this.jdbc.update(
				"update cluster_closings set ballot_key_id = null, ballot_public_key = null " + "where cluster_id = ?",
				this.cluster);
		this.entityManager.clear();
		int flag = position("CO_THI_DUA",
				this.jdbc.queryForObject("select unit_id from closing_candidates where closing_id = ? "
						+ "and award = 'CO_THI_DUA' order by position limit 1", Long.class, closingId()));
		List<String> voters = memberAccounts();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(ballot(voters.get(i), flag)).andExpect(status().is3xxRedirection());
		}
		int version = count("select version from cluster_closings where cluster_id = " + this.cluster);
		this.mvc
			.perform(post("/clusters/{id}/closing", this.cluster).with(leader())
				.with(csrf())
				.param("version", Integer.toString(version))
				.param("heldOn", "19/12/2014")
				.param("nextLeaderId", this.jdbc
					.queryForObject("select leader_unit_id from clusters where id = ?", Long.class, this.cluster)
					.toString()));
		this.mvc.perform(post("/clusters/{id}/closing/close", this.cluster).with(leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForMap(
				"select status, ballots_cast, ballots_valid from cluster_closings " + "where cluster_id = ?",
				this.cluster))
			.containsEntry("status", "CLOSED")
			.containsEntry("ballots_cast", 5)
			.containsEntry("ballots_valid", 5);
		assertThat(count(
				"select votes from closing_candidates where closing_id = " + closingId() + " and position = " + flag))
			.isEqualTo(5);
	}

	@Test
	void votingWaitsForFinalResultsOrTheLeadersAcknowledgement() throws Exception {
		// Cụm 1 has no approved report for the fourth quarter of 2014
		long cluster1 = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 1' and year = 2014",
				Long.class);
		RequestPostProcessor leader = as("cumtruong.quynhluu");
		this.mvc.perform(post("/clusters/{id}/closing/open", cluster1).with(leader).with(csrf()));
		this.mvc.perform(post("/clusters/{id}/closing/candidates", cluster1).with(leader)
			.with(csrf())
			.param("award", "BANG_KHEN")
			.param("unitId",
					Long.toString(this.jdbc.queryForObject(
							"select id from units where level = 'DISTRICT_LEVEL' and name = 'Quỳnh Lưu'", Long.class)))
			.param("reason", "Dẫn đầu cụm"));
		this.mvc.perform(post("/clusters/{id}/closing/voting", cluster1).with(leader).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "closing.missing.unacknowledged"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where cluster_id = ?", String.class,
				cluster1))
			.isEqualTo("DRAFT");
		this.mvc.perform(get("/clusters/{id}/closing", cluster1).with(leader))
			.andExpect(content().string(containsString("Quỳnh Lưu: Quý IV")));
		this.mvc
			.perform(post("/clusters/{id}/closing/acknowledge", cluster1).with(leader).with(csrf()).param("note", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi nội dung xác nhận.")));
		this.mvc
			.perform(post("/clusters/{id}/closing/acknowledge", cluster1).with(leader)
				.with(csrf())
				.param("note", "Quý IV được tính theo số liệu tạm tính, các đơn vị thống nhất."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/clusters/{id}/closing/voting", cluster1).with(leader).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from cluster_closings where cluster_id = ?", String.class,
				cluster1))
			.isEqualTo("VOTING");
	}

	private MockHttpServletRequestBuilder ballot(String username, int... positions) {
		MockHttpServletRequestBuilder request = post("/clusters/{id}/closing/ballot", this.cluster).with(as(username))
			.with(csrf());
		for (int position : positions) {
			request.param("choices", Integer.toString(position));
		}
		return request;
	}

	/** One account per member unit: the leader's, then the others'. */
	private List<String> memberAccounts() {
		List<String> accounts = new ArrayList<>(List.of("cumtruong.tuongduong"));
		accounts.addAll(this.jdbc.queryForList("""
				select min(u.username) from app_users u join cluster_members m on m.unit_id = u.unit_id
				join clusters c on c.id = m.cluster_id
				where m.cluster_id = ? and u.unit_id <> c.leader_unit_id group by u.unit_id""", String.class,
				this.cluster));
		return accounts;
	}

	private long secondRanked(String page, long first) {
		String results = page.substring(page.indexOf("data-testid=\"closing-results\""));
		String name = results.split("<td class=\"text-center\">2</td>")[1];
		name = name.substring(name.indexOf("<span>") + 6, name.indexOf("</span>"));
		long id = this.jdbc.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = ?",
				Long.class, name);
		assertThat(id).isNotEqualTo(first);
		return id;
	}

	private String name(long unit) {
		return this.jdbc.queryForObject("select name from units where id = ?", String.class, unit);
	}

	private long closingId() {
		return this.jdbc.queryForObject("select id from cluster_closings where cluster_id = ?", Long.class,
				this.cluster);
	}

	private int position(String award, long unit) {
		return this.jdbc.queryForObject(
				"select position from closing_candidates where award = ? and unit_id = ? "
						+ "and closing_id = (select id from cluster_closings where cluster_id = ?)",
				Integer.class, award, unit, this.cluster);
	}

	private int count(String sql) {
		this.entityManager.flush();
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private RequestPostProcessor leader() {
		return as("cumtruong.tuongduong");
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

package vn.thidua.closing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.ServerTest;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ballot box over real HTTP with committed transactions, in Cụm 2 of 2014 (8 members,
 * the 2014 rules: a quorum of two thirds, 6 units): members vote while the leader closes
 * the window, and every acknowledged ballot is counted, every refused one told "Cuộc bỏ
 * phiếu đã kết thúc"; once closed, nothing in the tables links a voter to a choice.
 */
@ServerTest
class BallotBoxServerTests {

	static final String ACKNOWLEDGED = "Đã bỏ phiếu. Cảm ơn đơn vị.";

	static final String REFUSED = "Cuộc bỏ phiếu đã kết thúc.";

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	long cluster;

	String page;

	WebClient leader;

	/** A client per member, the leader's unit's own account among them. */
	Map<Long, WebClient> members = new LinkedHashMap<>();

	@BeforeEach
	void cluster2WithAnAccountPerMember() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.cluster = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 2' and year = 2014",
				Long.class);
		this.page = "/clusters/" + this.cluster + "/closing";
		removeTheClosing();
		this.jdbc
			.update("""
					insert into app_users (username, password_hash, full_name, role, province_id, unit_id)
					select 'kiemthu.' || d.code, u.password_hash, 'Cán bộ ' || d.name || ' (kiểm thử)', 'UNIT',
					       d.province_id, d.id
					from cluster_members m join units d on d.id = m.unit_id
					join app_users u on u.username = 'huyen.dienchau'
					where m.cluster_id = ? and not exists (select 1 from app_users a where a.username = 'kiemthu.' || d.code)""",
					this.cluster);
		this.leader = new WebClient(this.port).logIn("cumtruong.yenthanh", "Demo@2014");
		for (Map<String, Object> member : this.jdbc.queryForList("select d.id, d.code from cluster_members m "
				+ "join units d on d.id = m.unit_id where m.cluster_id = ? order by d.code", this.cluster)) {
			this.members.put(((Number) member.get("id")).longValue(),
					new WebClient(this.port).logIn("kiemthu." + member.get("code"), "Demo@2014"));
		}
		assertThat(this.members).hasSize(8);
	}

	@AfterEach
	void removeTheClosing() {
		this.jdbc.update(
				"delete from meetings where closing_id in (select id from cluster_closings " + "where cluster_id = ?)",
				this.cluster);
		this.jdbc.update("delete from cluster_closings where cluster_id = ?", this.cluster);
	}

	@Test
	void everyAcknowledgedBallotIsCountedWhileTheLeaderCloses() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			int closedByTheRace = 0;
			for (int round = 1; round <= 20; round++) {
				List<Integer> positions = openVoting();
				List<WebClient> voters = new ArrayList<>(this.members.values());
				Map<WebClient, List<Integer>> marks = new HashMap<>();
				for (WebClient voter : voters) {
					marks.put(voter,
							positions.stream().filter((p) -> ThreadLocalRandom.current().nextBoolean()).toList());
				}
				Map<WebClient, Boolean> acknowledged = new HashMap<>();
				// four vote first: the quorum (6 of 8) is reached only if two of the
				// other
				// four get in before the window closes
				for (WebClient voter : voters.subList(0, 4)) {
					acknowledged.put(voter, vote(voter, marks.get(voter)));
					assertThat(acknowledged.get(voter)).as("round %d: a ballot before the race", round).isTrue();
				}
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Boolean>> racing = new ArrayList<>();
				for (WebClient voter : voters.subList(4, 8)) {
					racing.add(pool.submit(() -> {
						start.await();
						Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
						return vote(voter, marks.get(voter));
					}));
				}
				Future<HttpResponse<String>> closing = pool.submit(() -> {
					start.await();
					Thread.sleep(ThreadLocalRandom.current().nextInt(0, 40));
					return this.leader.post(this.page, this.page + "/close", Map.of());
				});
				start.countDown();
				for (int i = 0; i < 4; i++) {
					acknowledged.put(voters.get(4 + i), racing.get(i).get(60, TimeUnit.SECONDS));
				}
				assertThat(closing.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
				if ("VOTING".equals(status())) {
					// refused for the quorum (or before enough ballots arrived): closed
					// now
					assertThat(this.leader.post(this.page, this.page + "/close", Map.of()).statusCode()).isEqualTo(302);
				}
				else {
					closedByTheRace++;
				}
				assertThat(status()).as("round %d", round).isEqualTo("CLOSED");
				long counted = acknowledged.values().stream().filter(Boolean::booleanValue).count();
				Map<String, Object> closed = this.jdbc.queryForMap(
						"select id, ballots_cast, ballots_valid from cluster_closings where cluster_id = ?",
						this.cluster);
				System.out.printf("round %d: %d of 8 ballots acknowledged, %s counted%n", round, counted,
						closed.get("ballots_valid"));
				assertThat(((Number) closed.get("ballots_cast")).longValue()).as("round %d: cast", round)
					.isEqualTo(counted);
				assertThat(((Number) closed.get("ballots_valid")).longValue()).as("round %d: valid", round)
					.isEqualTo(counted);
				long closingId = ((Number) closed.get("id")).longValue();
				for (int i = 0; i < positions.size(); i++) {
					int position = positions.get(i);
					long expected = voters.stream()
						.filter(acknowledged::get)
						.filter((v) -> marks.get(v).contains(position))
						.count();
					assertThat(this.jdbc.queryForObject(
							"select votes from closing_candidates where closing_id = ? " + "and position = ?",
							Integer.class, closingId, position))
						.as("round %d: votes of candidate %d", round, position)
						.isEqualTo((int) expected);
				}
				removeTheClosing();
			}
			System.out.printf("the window closed during the race in %d of 20 rounds%n", closedByTheRace);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void onceClosedNothingLinksAVoterToAChoice() throws Exception {
		List<Integer> positions = openVoting();
		assertThat(positions).hasSizeGreaterThanOrEqualTo(3);
		long closingId = this.jdbc.queryForObject("select id from cluster_closings where cluster_id = ?", Long.class,
				this.cluster);
		// eight different ballots over three candidates, cast in a known order
		List<List<Integer>> cast = new ArrayList<>();
		List<Long> order = new ArrayList<>(this.members.keySet());
		for (int i = 0; i < order.size(); i++) {
			List<Integer> marks = new ArrayList<>();
			for (int bit = 0; bit < 3; bit++) {
				if ((i & (1 << bit)) != 0) {
					marks.add(positions.get(bit));
				}
			}
			cast.add(marks);
			assertThat(vote(this.members.get(order.get(i)), marks)).isTrue();
		}
		// while the window is open: sealed ballots of one size, nothing counted, no time
		assertThat(this.jdbc.queryForList(
				"select distinct length(sealed) from closing_sealed_ballots " + "where closing_id = ?", Integer.class,
				closingId))
			.hasSize(1);
		assertThat(count("select count(*) from closing_sealed_ballots where closing_id = ?", closingId)).isEqualTo(8);
		assertThat(count("select count(*) from closing_ballots where closing_id = ?", closingId)).isZero();
		String leaderPage = this.leader.get(this.page).body();
		assertThat(leaderPage).contains("Tất cả các đơn vị đã bỏ phiếu.").doesNotContain(" lúc ");

		assertThat(this.leader.post(this.page, this.page + "/close", Map.of()).statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("CLOSED");

		// the seals are gone; what is left are voters and counted choices
		assertThat(count("select count(*) from closing_sealed_ballots where closing_id = ?", closingId)).isZero();
		assertThat(count("select count(*) from closing_voters where closing_id = ?", closingId)).isEqualTo(8);
		assertThat(count("select count(*) from closing_ballots where closing_id = ?", closingId)).isEqualTo(8);
		assertThat(this.jdbc.queryForObject(
				"select ballot_key_id is null and ballot_public_key is null " + "from cluster_closings where id = ?",
				Boolean.class, closingId))
			.isTrue();
		// no column holds a time finer than the day, nor a voter on the ballots' side
		assertThat(this.jdbc.queryForList("select column_name || ':' || data_type from information_schema.columns "
				+ "where table_name = 'closing_voters' order by column_name", String.class))
			.containsExactly("cast_by:bigint", "closing_id:bigint", "unit_id:bigint", "voted_on:date");
		assertThat(this.jdbc.queryForList("select column_name from information_schema.columns "
				+ "where table_name = 'closing_ballots' order by column_name", String.class))
			.containsExactly("choices", "closing_id", "id");
		// one transaction wrote every voter row and every counted choice: one xmin for
		// all
		assertThat(this.jdbc.queryForList(
				"select xmin::text from closing_voters where closing_id = ? union "
						+ "select xmin::text from closing_ballots where closing_id = ?",
				String.class, closingId, closingId))
			.hasSize(1);
		// neither the voters' nor the choices' physical order is the voting order
		List<Long> votersByPlace = this.jdbc.queryForList(
				"select unit_id from closing_voters where closing_id = ? order by ctid", Long.class, closingId);
		assertThat(votersByPlace).containsExactlyInAnyOrderElementsOf(order).isNotEqualTo(order);
		List<List<Integer>> choicesByPlace = this.jdbc.query(
				"select choices from closing_ballots where closing_id = ? order by ctid",
				(rs, i) -> Arrays.stream((Integer[]) rs.getArray(1).getArray()).toList(), closingId);
		assertThat(choicesByPlace).containsExactlyInAnyOrderElementsOf(cast).isNotEqualTo(cast);
		// the audit names who voted with the count, never a ballot with its time
		assertThat(count("select count(*) from audit_events where action = 'CLOSING_BALLOT_CAST' and entity_id = ?",
				closingId))
			.isZero();
		assertThat(this.jdbc.queryForObject("select summary from audit_events where action = 'CLOSING_CLOSED' "
				+ "and entity_id = ? order by id desc limit 1", String.class, closingId))
			.contains("8/8 đơn vị đã bỏ phiếu");
		// and the round's private key is no longer on the server
		assertThat(java.nio.file.Files.list(java.nio.file.Path.of("target/ballot-keys"))
			.map((p) -> p.getFileName().toString())
			.filter((n) -> n.startsWith("closing-" + closingId + "-"))
			.toList()).isEmpty();
	}

	@Test
	void theLeaderCannotCloseBeforeTheQuorumAndSeesWhoHasNotVoted() throws Exception {
		List<Integer> positions = openVoting();
		List<Long> ids = new ArrayList<>(this.members.keySet());
		for (int i = 0; i < 5; i++) {
			assertThat(vote(this.members.get(ids.get(i)), List.of(positions.get(0)))).isTrue();
		}
		String before = this.leader.get(this.page).body();
		assertThat(before).contains("Cần ít nhất 6 trên 8 đơn vị bỏ phiếu (2/3 số thành viên) trước khi kết thúc.");
		String notVoted = name(ids.get(5));
		assertThat(before).contains("Chưa bỏ phiếu:").contains(notVoted);
		this.leader.post(this.page, this.page + "/close", Map.of());
		assertThat(this.leader.get(this.page).body())
			.contains("Chưa kết thúc được: cần ít nhất 6 trên 8 đơn vị bỏ phiếu (2/3 số thành viên); mới có 5 đơn vị.");
		assertThat(status()).isEqualTo("VOTING");
		assertThat(vote(this.members.get(ids.get(5)), List.of())).isTrue();
		this.leader.post(this.page, this.page + "/close", Map.of());
		assertThat(status()).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject("select ballots_cast from cluster_closings where cluster_id = ?",
				Integer.class, this.cluster))
			.isEqualTo(6);
		// a late ballot is refused with the message, and nothing is written
		WebClient late = this.members.get(ids.get(6));
		assertThat(vote(late, List.of(positions.get(0)))).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from closing_voters v join cluster_closings c "
				+ "on c.id = v.closing_id where c.cluster_id = ?", Integer.class, this.cluster))
			.isEqualTo(6);
	}

	/**
	 * The leader opens the closing, acknowledges the missing fourth quarter, adds three
	 * Bằng khen candidates, records the conference and opens the vote.
	 * @return the candidates' positions of the Bằng khen
	 */
	private List<Integer> openVoting() throws Exception {
		assertThat(this.leader.post(this.page, this.page + "/open", Map.of()).statusCode()).isEqualTo(302);
		if (this.leader.get(this.page).body().contains("id=\"ack-note\"")) {
			assertThat(this.leader
				.post(this.page, this.page + "/acknowledge", Map.of("note", "Quý IV theo số liệu tạm tính."))
				.statusCode()).isEqualTo(302);
		}
		long closingId = this.jdbc.queryForObject("select id from cluster_closings where cluster_id = ?", Long.class,
				this.cluster);
		List<Long> ids = new ArrayList<>(this.members.keySet());
		for (Long member : ids) {
			if (count("select count(*) from closing_candidates where closing_id = ? and award = 'BANG_KHEN'",
					closingId) >= 3) {
				break;
			}
			if (count("select count(*) from closing_candidates where closing_id = ? and unit_id = " + member,
					closingId) == 0) {
				this.leader.post(this.page, this.page + "/candidates", Map.of("award", "BANG_KHEN", "unitId",
						member.toString(), "reason", "Nhiều mô hình chuyển đổi số"));
			}
		}
		Matcher version = VERSION.matcher(this.leader.get(this.page).body());
		assertThat(version.find()).isTrue();
		assertThat(this.leader
			.post(this.page, this.page, Map.of("version", version.group(1), "heldOn", "20/12/2014", "place",
					"UBND huyện Yên Thành", "nextLeaderId", ids.get(1).toString()))
			.statusCode()).isEqualTo(302);
		assertThat(this.leader.post(this.page, this.page + "/voting", Map.of()).statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("VOTING");
		return this.jdbc.queryForList("select position from closing_candidates where closing_id = ? "
				+ "and award = 'BANG_KHEN' order by position", Integer.class, closingId);
	}

	/**
	 * A member's ballot, answered by a redirect to the closing page that says whether it
	 * was cast ({@code true}) or refused because the vote ended ({@code false}).
	 */
	private Boolean vote(WebClient member, List<Integer> marks) throws Exception {
		String token = member.token(this.page);
		StringBuilder body = new StringBuilder("_csrf=").append(java.net.URLEncoder.encode(token, "UTF-8"));
		marks.forEach((m) -> body.append("&choices=").append(m));
		HttpResponse<String> answer = member.postRaw(this.page + "/ballot", body.toString());
		assertThat(answer.statusCode()).isEqualTo(302);
		String after = member.get(this.page).body();
		boolean cast = after.contains(ACKNOWLEDGED);
		boolean refused = after.contains(REFUSED);
		assertThat(cast ^ refused).as("a ballot is acknowledged or refused with the message").isTrue();
		return cast;
	}

	private String status() {
		return this.jdbc.queryForObject("select status from cluster_closings where cluster_id = ?", String.class,
				this.cluster);
	}

	private String name(long unitId) {
		return this.jdbc.queryForObject("select name from units where id = ?", String.class, unitId);
	}

	private int count(String sql, long closingId) {
		return this.jdbc.queryForObject(sql, Integer.class, closingId);
	}

}

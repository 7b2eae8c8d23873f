package vn.thidua.closing;

import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The secret ballots of a closing, kept in two tables that never meet: who voted
 * ({@code closing_voters}: the district, the account, the time) and what was voted
 * ({@code closing_ballots}: a random key and the marked candidates' positions, no time,
 * no voter). One ballot per member district — the primary key refuses a second — and a
 * trigger refuses any change to a cast ballot.
 */
@Component
class Ballots {

	private final JdbcTemplate jdbc;

	Ballots(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Casts a district's ballot: records that it voted and, apart, what it marked.
	 * @return {@code false} when the district had already voted (nothing written)
	 */
	boolean cast(long closingId, long districtId, long userId, Instant at, List<Integer> positions) {
		int voted = this.jdbc
			.update("insert into closing_voters (closing_id, district_id, cast_by, cast_at) values (?, ?, ?, ?) "
					+ "on conflict do nothing", closingId, districtId, userId, java.sql.Timestamp.from(at));
		if (voted == 0) {
			return false;
		}
		this.jdbc.execute((java.sql.Connection connection) -> {
			Array choices = connection.createArrayOf("integer", positions.stream().sorted().toArray());
			try (var statement = connection
				.prepareStatement("insert into closing_ballots (id, closing_id, choices) values (?, ?, ?)")) {
				statement.setObject(1, UUID.randomUUID());
				statement.setLong(2, closingId);
				statement.setArray(3, choices);
				return statement.executeUpdate();
			}
		});
		return true;
	}

	/**
	 * A district that voted (the caller orders them by name).
	 *
	 * @param districtId the district
	 * @param castAt when
	 */
	record Voter(long districtId, Instant castAt) {
	}

	List<Voter> voters(long closingId) {
		return this.jdbc.query("select district_id, cast_at from closing_voters where closing_id = ?",
				(rs, i) -> new Voter(rs.getLong(1), rs.getTimestamp(2).toInstant()), closingId);
	}

	int ballots(long closingId) {
		return this.jdbc.queryForObject("select count(*) from closing_ballots where closing_id = ?", Integer.class,
				closingId);
	}

	/** The votes of each candidate position 0..count-1. */
	List<Integer> votes(long closingId, int candidates) {
		List<Integer> votes = new ArrayList<>(java.util.Collections.nCopies(candidates, 0));
		this.jdbc.query("select p, count(*) from closing_ballots, unnest(choices) as p where closing_id = ? group by p",
				(java.sql.ResultSet rs) -> {
					int position = rs.getInt(1);
					if (position >= 0 && position < candidates) {
						votes.set(position, rs.getInt(2));
					}
				}, closingId);
		return votes;
	}

	/** A new round after a reopening: the earlier ballots and voters go. */
	void clear(long closingId) {
		this.jdbc.update("delete from closing_ballots where closing_id = ?", closingId);
		this.jdbc.update("delete from closing_voters where closing_id = ?", closingId);
	}

}

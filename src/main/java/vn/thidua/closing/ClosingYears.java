package vn.thidua.closing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the closings and the award decision of a province's year stand, for the pages
 * that follow the year: a constant number of statements for every cluster.
 */
@Component
public class ClosingYears {

	private final JdbcTemplate jdbc;

	ClosingYears(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A cluster's closing.
	 *
	 * @param status where it stands
	 * @param candidates how many proposals it holds
	 * @param voted the members that cast their ballot in the open round
	 * @param heldOn the conference's day, once recorded
	 */
	public record State(ClosingStatus status, int candidates, Set<Long> voted, java.time.LocalDate heldOn) {
	}

	/**
	 * The department's decision of the year.
	 *
	 * @param finalizedAt when the director finalized the list, or {@code null}
	 * @param reviewed how many proposals the department has reviewed
	 */
	public record Awards(Instant finalizedAt, int reviewed) {

		public boolean isFinalized() {
			return this.finalizedAt != null;
		}

	}

	/** The closings of the province's clusters of the year, by cluster. */
	public Map<Long, State> of(long provinceId, int year) {
		Map<Long, State> states = new HashMap<>();
		this.jdbc.query("""
				select k.cluster_id, k.status, k.held_on,
				  (select count(*) from closing_candidates d where d.closing_id = k.id),
				  v.unit_id
				from cluster_closings k join clusters c on c.id = k.cluster_id
				left join closing_voters v on v.closing_id = k.id and k.status = 'VOTING'
				where c.province_id = ? and k.year = ?
				""", (java.sql.ResultSet rs) -> {
			long cluster = rs.getLong(1);
			State state = states.get(cluster);
			if (state == null) {
				java.sql.Date held = rs.getDate(3);
				state = new State(ClosingStatus.valueOf(rs.getString(2)), rs.getInt(4), new HashSet<>(),
						(held != null) ? held.toLocalDate() : null);
				states.put(cluster, state);
			}
			long unit = rs.getLong(5);
			if (!rs.wasNull()) {
				state.voted().add(unit);
			}
		}, provinceId, year);
		return states;
	}

	/** The award decision of the province's year. */
	public Awards awards(long provinceId, int year) {
		return this.jdbc.queryForObject("""
				select (select max(d.finalized_at) from award_decisions d
				        where d.province_id = ? and d.year = ? and d.reopened_at is null),
				  (select count(*) from award_reviews r join cluster_closings k on k.id = r.closing_id
				   join clusters c on c.id = k.cluster_id where c.province_id = ? and k.year = ?)
				""", (rs, i) -> {
			java.sql.Timestamp at = rs.getTimestamp(1);
			return new Awards((at != null) ? at.toInstant() : null, rs.getInt(2));
		}, provinceId, year, provinceId, year);
	}

}

package vn.thidua.covenant;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the covenants of a province's year stand, for the pages that follow the year:
 * read in one statement for every cluster.
 */
@Component
public class CovenantYears {

	private final JdbcTemplate jdbc;

	CovenantYears(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A cluster's covenant.
	 *
	 * @param status where it stands
	 * @param registered the members that registered (or whose refusal was recorded)
	 * @param comment the department's comment when it returned the covenant
	 */
	public record State(CovenantStatus status, Set<Long> registered, String comment) {
	}

	/** The covenants of the province's clusters of the year, by cluster. */
	public Map<Long, State> of(long provinceId, int year) {
		Map<Long, State> states = new HashMap<>();
		this.jdbc.query("""
				select v.cluster_id, v.status, v.review_comment, r.unit_id from covenants v
				join clusters c on c.id = v.cluster_id
				left join covenant_registrations r on r.covenant_id = v.id
				where c.province_id = ? and v.year = ?
				""", (java.sql.ResultSet rs) -> {
			State state = states.computeIfAbsent(rs.getLong(1),
					(id) -> new State(CovenantStatus.valueOf(this.string(rs, 2)), new HashSet<>(), this.string(rs, 3)));
			long unit = rs.getLong(4);
			if (!rs.wasNull()) {
				state.registered().add(unit);
			}
		}, provinceId, year);
		return states;
	}

	private String string(java.sql.ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

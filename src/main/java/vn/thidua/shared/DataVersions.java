package vn.thidua.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data version of a province: a number the database changes, in the writing
 * transaction, with every change the province's rankings can show (V12 triggers). Cached
 * data and ETags are keyed by it; one indexed read.
 */
@Component
public class DataVersions {

	private final JdbcTemplate jdbc;

	DataVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long of(long provinceId) {
		Long version = this.jdbc.query("select version from province_data_versions where province_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : 0L, provinceId);
		return (version != null) ? version : 0L;
	}

}

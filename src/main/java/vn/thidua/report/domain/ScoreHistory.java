package vn.thidua.report.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A report's points history as its page shows it: one plain query, newest first. The page
 * only lists the changes (a reviewed report has hundreds), so it reads no
 * {@link ScoreChange} entities with their scores and accounts, only the columns it shows.
 * The report's scores are taken first (a materialized step): joined plainly, PostgreSQL
 * merged the few changes with every score in id order, 750 ms at two million scores
 * against 4 ms (docs/performance.md).
 */
@Component
public class ScoreHistory {

	private final JdbcClient jdbc;

	ScoreHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> of(long reportId) {
		return this.jdbc.sql("""
				with s as materialized (select id, unit_id, criterion_id from scores where report_id = ?)
				select c.changed_at, c.stage, u.full_name, s.unit_id, s.criterion_id, c.old_points,
				       c.new_points, c.reason
				from s
				join score_changes c on c.score_id = s.id
				join app_users u on u.id = c.changed_by
				order by c.changed_at desc, c.id desc""")
			.param(reportId)
			.query((rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), ScoreStage.valueOf(rs.getString(2)),
					rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					rs.getString(8)))
			.list();
	}

	/**
	 * One change of a score's points.
	 *
	 * @param changedAt when
	 * @param stage at which stage
	 * @param changedBy the full name of who changed it
	 * @param unitId the score's unit
	 * @param criterionId the score's criterion
	 * @param oldPoints the points before, or {@code null}
	 * @param newPoints the points after, or {@code null}
	 * @param reason why, or {@code null}
	 */
	public record Entry(Instant changedAt, ScoreStage stage, String changedBy, long unitId, long criterionId,
			BigDecimal oldPoints, BigDecimal newPoints, String reason) {
	}

}

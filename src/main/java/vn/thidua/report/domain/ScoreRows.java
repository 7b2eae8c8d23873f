package vn.thidua.report.domain;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.thidua.report.QuarterlyReport;

/**
 * A report's scores as its pages read them: one plain query mapped to unmanaged
 * {@link Score}s. A page shows 150-odd scores and changes none; managed entities (the
 * workflow's {@link ScoreRepository#findByReport}) would each cost an entity
 * initialisation and a persistence-context entry.
 */
@Component
public class ScoreRows {

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	ScoreRows(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	public List<Score> of(QuarterlyReport report) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& this.entityManager.isJoinedToTransaction()) {
			// scores written earlier in the same transaction are read too (a plain
			// query does not flush them as a JPA query would); a read-only transaction
			// (a page) has written nothing to flush
			this.entityManager.flush();
		}
		return this.jdbc.sql("""
				select id, unit_id, criterion_id, max_points, self_points, self_note, leader_points,
				       leader_note, final_points, note, measured_value
				from scores where report_id = ?""")
			.param(report.getId())
			.query((rs, row) -> Score.read(report, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9),
					rs.getString(10), rs.getBigDecimal(11)))
			.list();
	}

}

package vn.thidua.testsupport;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares (statistics are on in tests), to guard
 * that a page runs a small, constant number of queries whatever the data size.
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public void reset() {
		this.statistics.clear();
	}

	public long count() {
		return this.statistics.getPrepareStatementCount();
	}

}

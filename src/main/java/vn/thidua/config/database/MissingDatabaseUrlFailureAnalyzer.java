package vn.thidua.config.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing production database URL into a short message instead of a stack trace.
 */
class MissingDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseUrlException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
						+ "(see README, 'Chạy với PostgreSQL ngoài'), or run without the prod profile "
						+ "to use the embedded database.",
				cause);
	}

}

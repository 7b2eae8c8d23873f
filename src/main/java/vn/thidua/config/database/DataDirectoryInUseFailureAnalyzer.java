package vn.thidua.config.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second start on the data directory of a running app: a short message and what to do,
 * instead of a stack trace (and instead of stopping the running app's database).
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + "; it was left untouched.",
				"Use the app already running" + (cause.holder().isEmpty() ? "" : " (process " + cause.holder() + ")")
						+ ", or stop it first; to run a second copy, give it its own folder with "
						+ "--thidua.embedded-db.directory=<folder> and its own --server.port.",
				cause);
	}

}

package vn.thidua.config.database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL every two seconds and starts it again on the same data
 * folder when it has died, so that the app serves again without a restart; while it
 * restarts, {@link DatabaseDownFilter} answers at once with a short Vietnamese page.
 */
public final class EmbeddedDatabaseWatchdog implements DatabaseState, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

	private final EmbeddedDatabase database;

	private final ScheduledExecutorService timer;

	private volatile boolean restarting;

	EmbeddedDatabaseWatchdog(EmbeddedDatabase database, long periodMillis) {
		this.database = database;
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-db-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
	}

	void check() {
		if (this.database.isRunning()) {
			return;
		}
		this.restarting = true;
		log.warn("Embedded PostgreSQL is not running: starting it again");
		try {
			this.database.restart();
		}
		catch (Exception ex) {
			log.error("Embedded PostgreSQL could not be started again: {}", ex.getMessage());
		}
		finally {
			this.restarting = !this.database.isRunning();
		}
	}

	@Override
	public boolean isRestarting() {
		return this.restarting;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}

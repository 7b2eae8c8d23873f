package vn.thidua.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import vn.thidua.config.database.DatabaseDownFilter;
import vn.thidua.config.database.EmbeddedDatabase;
import vn.thidua.config.database.EmbeddedDatabaseTesting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL killed with SIGKILL in the middle of a burst of saves: the
 * watchdog starts it again on the same folder and port, the pool (3 s connection timeout)
 * finds it, saves go on within 30 s, and every acknowledged save is there. While the
 * database is out of reach a request gets the short Vietnamese 503 page at once.
 */
class EmbeddedDatabaseComesBackTests {

	@TempDir
	Path folder;

	@Test
	void killedMidBurstTheDatabaseComesBackAndKeepsEveryAcknowledgedSave() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder);
				HikariDataSource pool = EmbeddedDatabaseTesting.pool(database);
				AutoCloseable watchdog = EmbeddedDatabaseTesting.watchdog(database, 500)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("create table saves (id bigint primary key)");
			}
			Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
			AtomicLong failures = new AtomicLong();
			AtomicLong firstAfterKill = new AtomicLong();
			AtomicBoolean killed = new AtomicBoolean();
			AtomicBoolean stop = new AtomicBoolean();
			long[] killedAt = new long[1];
			Thread burst = new Thread(() -> {
				long id = 0;
				while (!stop.get()) {
					id++;
					try (Connection connection = pool.getConnection();
							Statement statement = connection.createStatement()) {
						statement.execute("insert into saves values (" + id + ")");
						acknowledged.add(id);
						if (killed.get() && failures.get() > 0 && firstAfterKill.get() == 0) {
							firstAfterKill.set(System.nanoTime());
						}
					}
					catch (SQLException ex) {
						failures.incrementAndGet();
					}
				}
			});
			burst.start();
			while (acknowledged.size() < 300) {
				Thread.sleep(10);
			}
			long pid = Long.parseLong(
					Files.readAllLines(this.folder.resolve("postgresql").resolve("postmaster.pid")).get(0).strip());
			killedAt[0] = System.nanoTime();
			killed.set(true);
			ProcessHandle.of(pid).orElseThrow().destroyForcibly();
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (firstAfterKill.get() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			int atRecovery = acknowledged.size();
			while (acknowledged.size() < atRecovery + 100 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			stop.set(true);
			burst.join(30_000);
			assertThat(firstAfterKill.get()).as("a save succeeded after the kill had made one fail").isNotZero();
			double seconds = (firstAfterKill.get() - killedAt[0]) / 1e9;
			long present;
			try (Connection connection = pool.getConnection();
					Statement statement = connection.createStatement();
					var rs = statement.executeQuery("select count(*) from saves")) {
				rs.next();
				present = rs.getLong(1);
			}
			System.out.printf(
					"postmaster killed mid-burst: saving again after %.1f s (%d failed tries meanwhile); "
							+ "%d saves acknowledged, %d present%n",
					seconds, failures.get(), acknowledged.size(), present);
			assertThat(seconds).isLessThan(30);
			assertThat(present).isEqualTo(acknowledged.size());
		}
	}

	@Test
	void whileTheDatabaseIsOutOfReachARequestGetsTheShortPageAtOnce() throws Exception {
		MockHttpServletResponse restarting = new MockHttpServletResponse();
		new DatabaseDownFilter(() -> true).doFilter(new MockHttpServletRequest("GET", "/reports"), restarting,
				new MockFilterChain());
		assertThat(restarting.getStatus()).isEqualTo(503);
		assertThat(restarting.getHeader("Retry-After")).isEqualTo("5");
		assertThat(restarting.getContentAsString()).contains("Đang khởi động lại cơ sở dữ liệu");

		MockHttpServletResponse noConnection = new MockHttpServletResponse();
		new DatabaseDownFilter(() -> false).doFilter(new MockHttpServletRequest("GET", "/reports"), noConnection,
				(request, response) -> {
					throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
				});
		assertThat(noConnection.getStatus()).isEqualTo(503);
		assertThat(noConnection.getContentAsString()).contains("Đang khởi động lại cơ sở dữ liệu");
	}

}

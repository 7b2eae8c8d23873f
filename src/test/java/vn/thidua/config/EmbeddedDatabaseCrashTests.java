package vn.thidua.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.config.database.DataDirectoryInUseException;
import vn.thidua.config.database.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database of the default run survives crashes: the app's JVM killed with
 * SIGKILL (its PostgreSQL left running) starts again on the same folder, and every save
 * whose commit was confirmed is still there after both the JVM and PostgreSQL are killed
 * in the middle of a burst of saves. Each run starts the database in a separate JVM,
 * exactly as the app does, and prints its counts.
 */
class EmbeddedDatabaseCrashTests {

	@TempDir
	Path folder;

	@Test
	void theAppKilledWithSigkillStartsAgainOnTheSameFolder() throws Exception {
		Child burst = Child.start(this.folder, "burst");
		long acknowledged = burst.awaitAck(200);
		long server = postmaster(this.folder);
		burst.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM")
			.contains(true);
		acknowledged = Math.max(acknowledged, burst.lastAck());

		Child count = Child.start(this.folder, "count", Long.toString(acknowledged));
		long present = count.awaitPresent();
		System.out.printf("kill -9 of the app: %d saves acknowledged, %d found after restart%n", acknowledged, present);
		assertThat(present).isEqualTo(acknowledged);
		assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false)).as("the left server was stopped")
			.isFalse();
	}

	@Test
	void everyAcknowledgedSaveSurvivesKillingTheAppAndPostgresMidBurst() throws Exception {
		Child burst = Child.start(this.folder, "burst");
		burst.awaitAck(300);
		long server = postmaster(this.folder);
		List<ProcessHandle> postgres = new ArrayList<>();
		ProcessHandle.of(server).ifPresent((p) -> {
			postgres.addAll(p.descendants().toList());
			postgres.add(p);
		});
		// mid-burst: the database first, then the app
		postgres.forEach(ProcessHandle::destroyForcibly);
		burst.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		for (ProcessHandle process : postgres) {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		long acknowledged = burst.lastAck();

		Child count = Child.start(this.folder, "count", Long.toString(acknowledged));
		long present = count.awaitPresent();
		System.out.printf(
				"kill -9 of the app and PostgreSQL mid-burst: %d saves acknowledged, %d found after " + "restart%n",
				acknowledged, present);
		assertThat(acknowledged).isGreaterThanOrEqualTo(300);
		assertThat(present).isEqualTo(acknowledged);
	}

	@Test
	void aSecondStartOnTheFolderOfARunningAppIsRefusedAndLeavesItsDatabaseRunning() throws Exception {
		Child running = Child.start(this.folder, "burst");
		try {
			long before = running.awaitAck(100);
			long server = postmaster(this.folder);
			assertThatThrownBy(() -> EmbeddedDatabase.start(this.folder))
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("process " + running.process.pid());
			assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("the running app's server")
				.contains(true);
			long after = running.awaitAck(before + 100);
			System.out.printf("a second start on a running app's folder: refused; the app went on saving (%d → %d)%n",
					before, after);
			assertThat(after).isGreaterThan(before);
		}
		finally {
			running.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		// the app gone (even by SIGKILL), the folder is free again and its left server
		// stopped
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
			assertThat(database.port()).isPositive();
		}
	}

	@Test
	void theDatabaseAsksForItsPasswordWhichOnlyItsOwnerReads() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.folder)) {
			Path file = this.folder.resolve("postgresql.password");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(Files.readString(file).strip()).isEqualTo(database.password()).hasSizeGreaterThan(20);
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, ""))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "postgres"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
					database.password());
					var statement = connection.createStatement();
					var settings = statement.executeQuery("select current_setting('fsync'), "
							+ "current_setting('synchronous_commit'), current_setting('full_page_writes')")) {
				settings.next();
				assertThat(List.of(settings.getString(1), settings.getString(2), settings.getString(3)))
					.containsOnly("on");
			}
		}
	}

	private static long postmaster(Path folder) throws IOException {
		return Long.parseLong(Files.readAllLines(folder.resolve("postgresql/postmaster.pid")).get(0).strip());
	}

	/** A child JVM running {@link EmbeddedDatabaseChild}, its output read as it comes. */
	static final class Child {

		final Process process;

		final AtomicLong lastAck = new AtomicLong();

		final CompletableFuture<Long> present = new CompletableFuture<>();

		final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

		private Child(Process process) {
			this.process = process;
			Thread reader = new Thread(this::read, "child-output");
			reader.setDaemon(true);
			reader.start();
		}

		static Child start(Path folder, String... args) throws IOException {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			List<String> command = new ArrayList<>(
					List.of(java, "-cp", classpath, EmbeddedDatabaseChild.class.getName(), folder.toString()));
			command.addAll(List.of(args));
			return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
		}

		private void read() {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("ACK ")) {
						this.lastAck.set(Long.parseLong(line.substring(4)));
					}
					else if (line.startsWith("PRESENT ")) {
						this.present.complete(Long.parseLong(line.substring(8)));
					}
					else {
						this.output.add(line);
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				// the process was killed mid-line
			}
			this.present.completeExceptionally(new IllegalStateException("child ended: " + this.output));
		}

		long awaitAck(long atLeast) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (this.lastAck.get() < atLeast) {
				assertThat(System.nanoTime()).as("acknowledged saves, output: %s", this.output).isLessThan(deadline);
				assertThat(this.process.isAlive()).as("child alive, output: %s", this.output).isTrue();
				Thread.sleep(20);
			}
			return this.lastAck.get();
		}

		/**
		 * The last acknowledged save, once the killed child's output is read to its end.
		 */
		long lastAck() throws InterruptedException {
			Thread.sleep(200);
			return this.lastAck.get();
		}

		long awaitPresent() throws Exception {
			long present = this.present.get(120, TimeUnit.SECONDS);
			this.process.waitFor(60, TimeUnit.SECONDS);
			return present;
		}

	}

}

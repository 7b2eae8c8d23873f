package vn.thidua.config.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the default run, kept in a directory ({@code postgresql/}
 * inside it) so that restarts keep data. Unlike the library's test defaults it is:
 * <ul>
 * <li><b>durable</b>: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on, so a save the app confirmed survives a crash;</li>
 * <li><b>password protected</b>: SCRAM for every connection, local or loopback, with a
 * generated password kept in {@code postgresql.password} beside the data, readable by its
 * owner only (a data directory made before this rule is converted at its next
 * start);</li>
 * <li><b>restartable after a crash</b>: a server left running by a killed app (it holds
 * {@code postmaster.pid}) is stopped at the next start, and a stale lock file of a dead
 * one is removed;</li>
 * <li><b>one app's</b>: the app holds {@code app.lock} while it runs, so a second start
 * on the same directory is refused and never mistakes the running app's server for a left
 * one.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

	/** The superuser the app connects as. */
	public static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String HBA = """
			# Written by Cụm thi đua: a password (SCRAM) for every connection, local and loopback.
			local   all          all                 scram-sha-256
			host    all          all   127.0.0.1/32  scram-sha-256
			host    all          all   ::1/128       scram-sha-256
			local   replication  all                 scram-sha-256
			host    replication  all   127.0.0.1/32  scram-sha-256
			host    replication  all   ::1/128       scram-sha-256
			""";

	private volatile EmbeddedPostgres postgres;

	private final String password;

	private final DataDirectoryLock lock;

	private Path base;

	private EmbeddedDatabase(EmbeddedPostgres postgres, String password, DataDirectoryLock lock) {
		this.postgres = postgres;
		this.password = password;
		this.lock = lock;
	}

	/**
	 * Whether the server still runs: the process named by its {@code postmaster.pid} is
	 * alive.
	 */
	public boolean isRunning() {
		return StaleServer.isRunning(this.base.resolve("postgresql"));
	}

	/**
	 * Starts the server again on the same data directory and port after it died (the
	 * connections of the app's pool then find it where they left it); waits for the dead
	 * server's last processes to go first.
	 */
	public synchronized void restart() throws IOException {
		if (isRunning()) {
			return;
		}
		int port = this.postgres.getPort();
		Path data = this.base.resolve("postgresql");
		// the dead server's handle lets go of the data directory's lock (its failed stop
		// is
		// logged by the library)
		this.postgres.close();
		StaleServer.stop(data);
		IOException last = null;
		for (int attempt = 0; attempt < 30; attempt++) {
			try {
				this.postgres = builder(data, this.password).setPort(port).start();
				log.warn("Embedded PostgreSQL had stopped; started again on port {} with the same data", port);
				return;
			}
			catch (IOException | RuntimeException ex) {
				// the dead server's last processes still hold its shared memory: wait
				last = (ex instanceof IOException io) ? io : new IOException(ex);
				LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
			}
		}
		throw last;
	}

	/**
	 * Starts the database kept in {@code directory}, creating it on first use.
	 */
	public static EmbeddedDatabase start(Path directory) throws IOException {
		Path base = directory.toAbsolutePath().normalize();
		Path data = base.resolve("postgresql");
		Files.createDirectories(base);
		ownerOnly(base, "rwx------");
		// a running app's directory is left alone; only then is a server found running
		// stale
		DataDirectoryLock lock = DataDirectoryLock.take(base);
		try {
			return start(base, data, lock);
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	private static EmbeddedDatabase start(Path base, Path data, DataDirectoryLock lock) throws IOException {
		StaleServer.stop(data);
		boolean existing = Files.exists(data.resolve("postgresql.conf"));
		Files.createDirectories(data);
		String password = password(base.resolve("postgresql.password"));
		Path passwordForInitdb = base.resolve(".initdb-password");
		EmbeddedPostgres.Builder builder = builder(data, password);
		if (!existing) {
			Files.writeString(passwordForInitdb, password, StandardCharsets.UTF_8);
			ownerOnly(passwordForInitdb, "rw-------");
			builder.setLocaleConfig("auth-local", "scram-sha-256")
				.setLocaleConfig("auth-host", "scram-sha-256")
				.setLocaleConfig("pwfile", passwordForInitdb.toString());
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			Files.deleteIfExists(passwordForInitdb);
		}
		EmbeddedDatabase database = new EmbeddedDatabase(postgres, password, lock);
		database.base = base;
		database.requirePasswords(data);
		log.info(
				"Embedded PostgreSQL on port {}: data in {} ({}); password in {} (owner only); fsync and "
						+ "synchronous commit on",
				postgres.getPort(), data, existing ? "existing data reused" : "new database created",
				base.resolve("postgresql.password"));
		return database;
	}

	private static EmbeddedPostgres.Builder builder(Path data, String password) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "50")
			.setConnectConfig("password", password);
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.close();
		}
	}

	/**
	 * A data directory created before passwords were required still trusts local
	 * connections: the superuser gets the password and {@code pg_hba.conf} is rewritten
	 * (then reloaded). Nothing to do when it is already so.
	 */
	private void requirePasswords(Path data) throws IOException {
		Path hba = data.resolve("pg_hba.conf");
		if (Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, this.password);
				Statement statement = connection.createStatement()) {
			// the password is generated from [A-Za-z0-9_-]: nothing to escape
			statement.execute("alter role " + USER + " password '" + this.password + "'");
			Files.writeString(hba, HBA, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
			log.warn("Embedded PostgreSQL: password authentication switched on for every connection");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not switch the embedded PostgreSQL to password authentication", ex);
		}
	}

	/**
	 * The generated password kept in {@code file} (made on first use, readable by the
	 * owner only).
	 */
	private static String password(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.writeString(file, password, StandardCharsets.UTF_8);
		ownerOnly(file, "rw-------");
		return password;
	}

	private static void ownerOnly(Path path, String permissions) {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			try {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}

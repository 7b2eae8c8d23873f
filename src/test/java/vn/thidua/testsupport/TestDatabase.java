package vn.thidua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL every database test uses, chosen once per test JVM:
 * {@code TEST_DB_URL} (with {@code TEST_DB_USERNAME}, {@code TEST_DB_PASSWORD}) if set,
 * else a Testcontainers PostgreSQL when a Docker engine answers, else an embedded
 * PostgreSQL in a fresh temporary directory. Never H2, and never skipped.
 */
public final class TestDatabase {

	static final String POSTGRES_IMAGE = "postgres:18-alpine";

	private static Connection connection;

	private TestDatabase() {
	}

	/**
	 * Where the database comes from.
	 */
	public enum Source {

		URL, TESTCONTAINERS, EMBEDDED

	}

	/**
	 * How to reach the chosen database.
	 *
	 * @param source where it comes from
	 * @param url the JDBC URL
	 * @param username the user name
	 * @param password the password
	 */
	public record Connection(Source source, String url, String username, String password) {
	}

	/**
	 * A new, empty database of its own on the same server, for a test that changes data
	 * freely (its application migrates it); dropped first if a run left it.
	 */
	public static synchronized Connection fresh(String name) {
		Connection server = get();
		try (java.sql.Connection admin = java.sql.DriverManager.getConnection(server.url(), server.username(),
				server.password()); java.sql.Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		String url = server.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
		return new Connection(server.source(), url, server.username(), server.password());
	}

	/**
	 * The database of this test run, started on first use.
	 */
	public static synchronized Connection get() {
		if (connection == null) {
			connection = start(choose(System.getenv(), TestDatabase::dockerAvailable));
			System.out.println("Test database: " + connection.source() + " " + connection.url());
		}
		return connection;
	}

	/**
	 * The choice, apart from starting anything: an explicit URL wins, Docker is only
	 * asked when there is none.
	 */
	static Source choose(Map<String, String> env, java.util.function.BooleanSupplier docker) {
		String url = env.get("TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return Source.URL;
		}
		return docker.getAsBoolean() ? Source.TESTCONTAINERS : Source.EMBEDDED;
	}

	private static Connection start(Source source) {
		return switch (source) {
			case URL -> new Connection(source, System.getenv("TEST_DB_URL"),
					System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres"),
					System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
			case TESTCONTAINERS -> startContainer();
			case EMBEDDED -> startEmbedded();
		};
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped with the JVM by Testcontainers' reaper
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
		container.start();
		return new Connection(Source.TESTCONTAINERS, container.getJdbcUrl(), container.getUsername(),
				container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			// a fresh temporary data directory, removed by the shutdown hook
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
				.setServerConfig("fsync", "off")
				.start();
			return new Connection(Source.EMBEDDED, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

}

package vn.thidua.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import vn.thidua.config.database.EmbeddedDatabase;

/**
 * A separate JVM for {@link EmbeddedDatabaseCrashTests}: starts the app's embedded
 * database on a folder exactly as the app does ({@link EmbeddedDatabase#start}), then
 * either saves numbered rows one commit at a time, printing {@code ACK n} after each
 * confirmed commit, until it is killed ({@code burst}), or prints how many of the rows
 * {@code 1..n} are there ({@code count n}) and stops the database cleanly.
 */
public final class EmbeddedDatabaseChild {

	private EmbeddedDatabaseChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
		System.out.println("STARTED " + database.port());
		System.out.flush();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
				database.password())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists saves (id bigint primary key, saved_at timestamptz "
						+ "not null default now(), payload text)");
			}
			if ("burst".equals(args[1])) {
				burst(connection);
			}
			else {
				try (PreparedStatement count = connection
					.prepareStatement("select count(*) from saves where id between 1 and ?")) {
					count.setLong(1, Long.parseLong(args[2]));
					try (ResultSet rows = count.executeQuery()) {
						rows.next();
						System.out.println("PRESENT " + rows.getLong(1));
					}
				}
			}
		}
		database.close();
		System.out.println("STOPPED");
		System.out.flush();
	}

	private static void burst(Connection connection) throws Exception {
		connection.setAutoCommit(true);
		try (PreparedStatement insert = connection.prepareStatement("insert into saves (id, payload) values (?, ?)")) {
			for (long id = 1;; id++) {
				insert.setLong(1, id);
				insert.setString(2, "Báo cáo quý " + (id % 4 + 1));
				insert.executeUpdate();
				// the commit is confirmed: from here on the row must survive any crash
				System.out.println("ACK " + id);
				System.out.flush();
			}
		}
	}

}

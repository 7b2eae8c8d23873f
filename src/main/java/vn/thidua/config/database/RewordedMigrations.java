package vn.thidua.config.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.stereotype.Component;

/**
 * Migrations whose comments were reworded after databases had applied them (a reference
 * to a document outside the repository replaced by {@code docs/specification.md}). Before
 * Flyway validates, the checksum such a database recorded for the old wording is moved to
 * the new wording's, so it starts as before. Only an exact pair of version and old
 * checksum moves: any other difference still fails the validation.
 */
@Component
class RewordedMigrations implements Callback {

	static final List<Rewording> REWORDED = List.of(new Rewording("1", 1466727544, -506164321),
			new Rewording("5.1", -465717430, -1188609267));

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = historyTable(context);
		try {
			Connection connection = context.getConnection();
			if (!exists(connection, table)) {
				return;
			}
			try (PreparedStatement update = connection
				.prepareStatement("update " + table + " set checksum = ? where version = ? and checksum = ?")) {
				for (Rewording rewording : REWORDED) {
					update.setInt(1, rewording.after());
					update.setString(2, rewording.version());
					update.setInt(3, rewording.before());
					update.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not move the checksums of reworded migrations", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "reworded-migrations";
	}

	private static String historyTable(Context context) {
		String schema = context.getConfiguration().getDefaultSchema();
		String table = quoted(context.getConfiguration().getTable());
		return (schema != null) ? quoted(schema) + "." + table : table;
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
			query.setString(1, table);
			try (ResultSet result = query.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	record Rewording(String version, int before, int after) {
	}

}

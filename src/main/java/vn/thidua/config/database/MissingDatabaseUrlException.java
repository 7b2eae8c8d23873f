package vn.thidua.config.database;

/**
 * The {@code prod} profile was started without {@code SPRING_DATASOURCE_URL}.
 */
public class MissingDatabaseUrlException extends IllegalStateException {

	MissingDatabaseUrlException() {
		super("Profile 'prod' requires SPRING_DATASOURCE_URL (spring.datasource.url); no database URL is configured.");
	}

}

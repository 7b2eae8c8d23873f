package vn.thidua.config;

/**
 * The {@code prod} profile was started without {@code SPRING_DATASOURCE_URL}.
 */
class MissingDatabaseUrlException extends IllegalStateException {

	MissingDatabaseUrlException() {
		super("Profile 'prod' requires SPRING_DATASOURCE_URL (spring.datasource.url); no database URL is configured.");
	}

}

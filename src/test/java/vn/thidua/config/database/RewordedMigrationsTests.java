package vn.thidua.config.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.config.database.RewordedMigrations.Rewording;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated before a migration's comment was reworded still validates: its
 * recorded checksum moves to the new wording's, and nothing else does.
 */
@IntegrationTest
class RewordedMigrationsTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restore() {
		for (Rewording rewording : RewordedMigrations.REWORDED) {
			this.jdbc.update("update flyway_schema_history set checksum = ? where version = ?", rewording.after(),
					rewording.version());
		}
	}

	@Test
	void aFreshDatabaseRecordsTheNewWording() {
		for (Rewording rewording : RewordedMigrations.REWORDED) {
			assertThat(checksum(rewording.version())).as(rewording.version()).isEqualTo(rewording.after());
		}
	}

	@Test
	void aDatabaseOfTheOldWordingValidatesWithTheCallbackOnly() {
		for (Rewording rewording : RewordedMigrations.REWORDED) {
			this.jdbc.update("update flyway_schema_history set checksum = ? where version = ?", rewording.before(),
					rewording.version());
		}
		Flyway without = Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.callbacks(new Callback[0])
			.load();
		assertThat(without.validateWithResult().validationSuccessful).isFalse();

		Flyway with = Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.callbacks(new RewordedMigrations())
			.load();
		assertThat(with.validateWithResult().validationSuccessful).isTrue();
		for (Rewording rewording : RewordedMigrations.REWORDED) {
			assertThat(checksum(rewording.version())).as(rewording.version()).isEqualTo(rewording.after());
		}
	}

	@Test
	void anyOtherChecksumStaysAndFails() {
		this.jdbc.update("update flyway_schema_history set checksum = 42 where version = '1'");
		Flyway with = Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.callbacks(new RewordedMigrations())
			.load();
		assertThat(with.validateWithResult().validationSuccessful).isFalse();
		assertThat(checksum("1")).isEqualTo(42);
	}

	private Integer checksum(String version) {
		return this.jdbc.queryForObject("select checksum from flyway_schema_history where version = ?", Integer.class,
				version);
	}

}

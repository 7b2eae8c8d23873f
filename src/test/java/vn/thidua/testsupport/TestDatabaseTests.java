package vn.thidua.testsupport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTests {

	@Test
	void explicitUrlWinsWithoutAskingDocker() {
		AtomicBoolean asked = new AtomicBoolean();
		TestDatabase.Source source = TestDatabase.choose(Map.of("TEST_DB_URL", "jdbc:postgresql://db/test"), () -> {
			asked.set(true);
			return true;
		});
		assertThat(source).isEqualTo(TestDatabase.Source.URL);
		assertThat(asked).isFalse();
	}

	@Test
	void testcontainersWhenDockerAnswers() {
		assertThat(TestDatabase.choose(Map.of(), () -> true)).isEqualTo(TestDatabase.Source.TESTCONTAINERS);
	}

	@Test
	void embeddedWhenNoUrlAndNoDocker() {
		assertThat(TestDatabase.choose(Map.of("TEST_DB_URL", " "), () -> false))
			.isEqualTo(TestDatabase.Source.EMBEDDED);
	}

	@Test
	void theDatabaseOfThisRunIsPostgreSql() throws Exception {
		TestDatabase.Connection connection = TestDatabase.get();
		try (var jdbc = java.sql.DriverManager.getConnection(connection.url(), connection.username(),
				connection.password())) {
			assertThat(jdbc.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

}

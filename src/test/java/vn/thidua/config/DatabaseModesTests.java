package vn.thidua.config;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.CumThiDuaApplication;
import vn.thidua.config.database.MissingDatabaseUrlException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways the packaged application finds its database outside tests: the embedded
 * default (data kept across restarts) and the prod profile (an explicit URL or nothing
 * starts).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseModesTests {

	@Test
	void withoutAUrlTheEmbeddedDatabaseKeepsDataAcrossRestarts(@TempDir Path directory, CapturedOutput output) {
		try (ConfigurableApplicationContext first = start(directory)) {
			new JdbcTemplate(first.getBean(DataSource.class))
				.update("update clusters set name = 'Cụm Bắc' where name = 'Cụm 1' and year = 2014");
		}
		assertThat(output).contains("new database created");
		assertThat(Files.exists(directory.resolve("postgresql/postgresql.conf"))).isTrue();
		try (ConfigurableApplicationContext second = start(directory)) {
			Integer renamed = new JdbcTemplate(second.getBean(DataSource.class))
				.queryForObject("select count(*) from clusters where name = 'Cụm Bắc'", Integer.class);
			assertThat(renamed).isEqualTo(1);
		}
		assertThat(output).contains("data in " + directory.resolve("postgresql") + " (existing data reused)");
	}

	@Test
	void prodWithoutAUrlStopsWithAClearMessage(CapturedOutput output) {
		SpringApplicationBuilder prod = new SpringApplicationBuilder(CumThiDuaApplication.class).profiles("prod");
		assertThatThrownBy(() -> prod.run("--server.port=0")).hasRootCauseInstanceOf(MissingDatabaseUrlException.class);
		assertThat(output).contains("Profile 'prod' requires SPRING_DATASOURCE_URL")
			.doesNotContain("Embedded PostgreSQL: data in");
	}

	private static ConfigurableApplicationContext start(Path directory) {
		return new SpringApplicationBuilder(CumThiDuaApplication.class).run("--server.port=0",
				"--thidua.embedded-db.directory=" + directory);
	}

}

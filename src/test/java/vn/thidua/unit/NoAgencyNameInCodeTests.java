package vn.thidua.unit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department's name and sector are data of a province and a period: none is written
 * into the code, the templates, the messages or the configuration (only the migrations,
 * which load the data, name them).
 */
class NoAgencyNameInCodeTests {

	static final List<String> NAMES = List.of("thông tin và truyền thông", "khoa học và công nghệ", "tt&tt", "kh&cn",
			"tt-tt", "sở tttt", "sở khcn");

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Test
	void noAgencyOrSectorNameIsALiteralOutsideTheMigrations() throws IOException {
		Path main = Path.of("src/main");
		List<String> found;
		try (Stream<Path> files = Files.walk(main)) {
			found = files.filter(Files::isRegularFile)
				.filter((file) -> !file.startsWith(main.resolve("resources/db")))
				.filter((file) -> file.toString().matches(".*\\.(java|html|properties|js|css|txt|xml|yml)$"))
				.flatMap(NoAgencyNameInCodeTests::namesIn)
				.toList();
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsANameWrittenInAnyCase() {
		assertThat(names("Kính gửi: SỞ KHOA HỌC VÀ CÔNG NGHỆ")).containsExactly("khoa học và công nghệ");
		assertThat(names("ngành Thông tin và Truyền thông")).containsExactly("thông tin và truyền thông");
		assertThat(names("Cơ quan thường trực thi đua")).isEmpty();
	}

	private static Stream<String> namesIn(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			return names(text).stream().map((name) -> file + ": " + name);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> names(String text) {
		String lower = text.toLowerCase(VIETNAMESE);
		return NAMES.stream().filter(lower::contains).toList();
	}

}

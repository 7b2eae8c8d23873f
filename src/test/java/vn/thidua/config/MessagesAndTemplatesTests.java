package vn.thidua.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text goes through messages: no hard-coded words in templates, every key
 * used exists in Vietnamese and English, and the two bundles have the same keys.
 */
class MessagesAndTemplatesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text between tags: letters there are hard-coded text (placeholders are "…"). */
	static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");

	/** Attributes a person reads. */
	static final Pattern READABLE_ATTRIBUTE = Pattern
		.compile("\\s(?:title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");

	/** A literal message key: #{key} or #{key(…)}. */
	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	/** A key built from an enum: #{'Prefix.' + …}. */
	static final Pattern ENUM_KEY = Pattern.compile("#\\{'([A-Za-z]+)\\.' \\+");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			collect(template, TEXT_NODE.matcher(html), offences);
			collect(template, READABLE_ATTRIBUTE.matcher(html), offences);
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void everyKeyUsedInATemplateExistsInBothLanguages() throws IOException {
		Properties vi = load("messages.properties");
		Properties en = load("messages_en.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher keys = MESSAGE_KEY.matcher(html);
			while (keys.find()) {
				String key = keys.group(1);
				if (!vi.containsKey(key) || !en.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
			Matcher prefixes = ENUM_KEY.matcher(html);
			while (prefixes.find()) {
				String prefix = prefixes.group(1) + ".";
				if (vi.stringPropertyNames().stream().noneMatch((k) -> k.startsWith(prefix))) {
					missing.add(TEMPLATES.relativize(template) + ": " + prefix + "*");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = load("messages.properties").stringPropertyNames();
		Set<String> en = load("messages_en.properties").stringPropertyNames();
		assertThat(vi).containsExactlyInAnyOrderElementsOf(en);
	}

	@Test
	void everyEnumShownToUsersIsTranslated() throws IOException {
		Properties vi = load("messages.properties");
		List<Class<? extends Enum<?>>> shown = List.of(vn.thidua.shared.Role.class, vn.thidua.unit.UnitType.class,
				vn.thidua.report.ReportStatus.class, vn.thidua.criteria.Field.class,
				vn.thidua.criteria.CriterionKind.class, vn.thidua.criteria.CriteriaSetStatus.class);
		for (Class<? extends Enum<?>> type : shown) {
			for (Enum<?> constant : type.getEnumConstants()) {
				assertThat(vi).containsKey(type.getSimpleName() + "." + constant.name());
			}
		}
	}

	@Test
	void theVietnameseBundleIsVietnamese() throws IOException {
		Properties vi = load("messages.properties");
		assertThat(vi.getProperty("login.submit")).isEqualTo("Đăng nhập");
		assertThat(vi.getProperty("nav.clusters")).isEqualTo("Cụm thi đua");
	}

	/**
	 * The words written in Vietnamese whatever the reader's language, the documents'
	 * ({@code doc.} in documents.properties) and the audit trail's ({@code trail.} in
	 * trail.properties): every key the code names exists in its bundle (a key the code
	 * completes, {@code "doc.x." + …}, by its prefix), and every entry of the bundle is
	 * named by the code, so none is dead.
	 */
	@ParameterizedTest
	@CsvSource({ "documents.properties, doc", "trail.properties, trail" })
	void everyKeyTheCodeNamesExistsAndNoneIsDead(String bundle, String prefix) throws IOException {
		Properties words = load(bundle);
		Pattern named = Pattern.compile("\"(" + prefix + "\\.[\\w.]+)\"");
		Set<String> keys = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = named.matcher(Files.readString(file));
				while (matcher.find()) {
					(matcher.group(1).endsWith(".") ? prefixes : keys).add(matcher.group(1));
				}
			}
		}
		assertThat(keys).isNotEmpty();
		assertThat(keys).allSatisfy((key) -> assertThat(words).as(bundle).containsKey(key));
		assertThat(prefixes)
			.allSatisfy((start) -> assertThat(words.stringPropertyNames()).anyMatch((key) -> key.startsWith(start)));
		assertThat(words.stringPropertyNames())
			.allSatisfy((key) -> assertThat(keys.contains(key) || prefixes.stream().anyMatch(key::startsWith))
				.as("%s: %s is named nowhere", bundle, key)
				.isTrue());
	}

	private static void collect(Path template, Matcher matcher, List<String> offences) {
		while (matcher.find()) {
			String text = matcher.group(1).strip();
			if (text.codePoints().anyMatch(Character::isLetter) && !text.startsWith("[[")) {
				offences.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				MessagesAndTemplatesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

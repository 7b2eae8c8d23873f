package vn.thidua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of the application and their allowed dependencies
 * ({@code package-info.java} of each): no cycle, no module reaching into another's
 * internal packages. Writes the module diagrams to {@code docs/modules/} in a fixed
 * order, and only when they changed, so a test run leaves the tree as it found it.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CumThiDuaApplication.class);

	static final Path GENERATED = Path.of("target", "modules");

	static final Path DOCS = Path.of("docs", "modules");

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentationInAFixedOrder() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Files.createDirectories(DOCS);
		List<Path> diagrams;
		try (Stream<Path> files = Files.list(GENERATED)) {
			diagrams = files.filter((file) -> file.toString().endsWith(".puml")).sorted().toList();
		}
		assertThat(diagrams).isNotEmpty();
		for (Path diagram : diagrams) {
			String sorted = sorted(Files.readString(diagram, StandardCharsets.UTF_8));
			assertThat(sorted(sorted)).isEqualTo(sorted);
			Path doc = DOCS.resolve(diagram.getFileName());
			if (!Files.exists(doc) || !Files.readString(doc, StandardCharsets.UTF_8).equals(sorted)) {
				Files.writeString(doc, sorted, StandardCharsets.UTF_8);
			}
		}
	}

	/**
	 * The diagram with each run of consecutive element or relation lines in alphabetical
	 * order: the documenter writes them in the order of a hash set.
	 */
	static String sorted(String diagram) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : diagram.split("\n", -1)) {
			String kind = kind(line);
			if (kind == null || !kind.equals(runKind)) {
				flush(run, out);
				runKind = kind;
			}
			if (kind == null) {
				out.add(line);
			}
			else {
				run.add(line);
			}
		}
		flush(run, out);
		return String.join("\n", out);
	}

	private static String kind(String line) {
		String trimmed = line.stripLeading();
		for (String kind : List.of("Component(", "Rel(", "Container(")) {
			if (trimmed.startsWith(kind)) {
				return line.substring(0, line.length() - trimmed.length()) + kind;
			}
		}
		return null;
	}

	private static void flush(List<String> run, List<String> out) {
		run.sort(null);
		out.addAll(run);
		run.clear();
	}

}

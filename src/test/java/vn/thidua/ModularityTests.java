package vn.thidua;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of the application and their allowed dependencies
 * ({@code package-info.java} of each): no cycle, no module reaching into another's
 * internal packages. Writes the module documentation to {@code docs/modules/}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CumThiDuaApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}

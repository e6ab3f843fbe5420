package dev.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApis() {
		modules.verify();
	}

	@Test
	void writesTheModuleMap() {
		new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

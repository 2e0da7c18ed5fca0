package dev.pincer.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "dev.pincer.runtime", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reflectionOnlyInTheLoader = noClasses()
            .that().resideOutsideOfPackage("dev.pincer.runtime.load..")
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .because("only the loader may instantiate integrations reflectively; everything else uses plain calls, "
                    + "so that reflection stays in one small, reviewed place");

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the runtime reports through exceptions and the integration's log; only the CLI prints");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.pincer.runtime.(*)..").should().beFreeOfCycles()
            .because("each area (store, route, agent, run, …) builds on lower ones only, so it can be read and tested alone");

    @ArchTest
    static final ArchRule onlyRunAssemblesTheAssistant = noClasses()
            .that().resideOutsideOfPackage("dev.pincer.runtime.run..")
            .should().dependOnClassesThat().resideInAPackage("dev.pincer.runtime.run..")
            .because("pincer run wires the parts together; the parts do not know how they are wired");

    @ArchTest
    static final ArchRule theStoreKnowsNoPolicy = noClasses()
            .that().resideInAPackage("dev.pincer.runtime.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.pincer.runtime.route..", "dev.pincer.runtime.agent..",
                    "dev.pincer.runtime.run..", "dev.pincer.runtime.load..", "dev.pincer.runtime.vet..")
            .because("the store keeps what happened durably; deciding what happens is the router's and the agent's job");
}

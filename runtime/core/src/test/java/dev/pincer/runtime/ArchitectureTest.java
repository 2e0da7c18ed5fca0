package dev.pincer.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}

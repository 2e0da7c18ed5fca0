package dev.pincer.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pincer.conformance");

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the suite returns reports; printing them is the CLI's job")
                .check(MAIN);
    }

    @Test
    void fakesKnowNothingOfTheChecks() {
        noClasses().that().resideInAPackage("..fake..")
                .should().dependOnClassesThat().resideInAnyPackage("..conformance.check..", "..conformance.telegram..", "..conformance.slack..", "..conformance.discord..", "..conformance.anthropic..", "..conformance.openai..", "..conformance.github..", "..conformance.gmail..",
                        "..conformance.report..", "dev.pincer.runtime..")
                .because("a fake mimics the platform's published API; it must not bend to the checks or the runtime")
                .check(MAIN);
    }

    @Test
    void theSpecParserStandsAlone() {
        noClasses().that().resideInAPackage("..conformance.spec..")
                .should().dependOnClassesThat().resideInAnyPackage("..conformance.check..", "..conformance.telegram..", "..conformance.slack..", "..conformance.discord..", "..conformance.anthropic..", "..conformance.openai..", "..conformance.github..", "..conformance.gmail..",
                        "..conformance.fake..", "..conformance.report..", "dev.pincer.runtime..")
                .because("specs are data; any tool may read them without the suite")
                .check(MAIN);
    }

    @Test
    void checksReachIntegrationsOnlyThroughTheSpi() {
        noClasses().that().resideInAnyPackage("..conformance.telegram..", "..conformance.slack..", "..conformance.discord..",
                        "..conformance.anthropic..", "..conformance.openai..", "..conformance.github..", "..conformance.gmail..")
                .should().dependOnClassesThat().haveNameMatching("example\\..*")
                .because("checks judge whatever integration they are given, never a particular example")
                .check(MAIN);
    }
}

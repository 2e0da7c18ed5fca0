package dev.pincer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Suite;
import dev.pincer.conformance.check.Suites;
import dev.pincer.conformance.spec.Level;
import dev.pincer.conformance.spec.Requirement;
import dev.pincer.conformance.spec.Spec;
import dev.pincer.conformance.spec.SpecLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceabilityTest {
    private final SpecLibrary specs = SpecLibrary.load(Repository.specs());

    @Test
    void everyMustOfEverySuitedSpecHasACheck() {
        List<String> unchecked = new ArrayList<>();
        for (Suite suite : Suites.all()) {
            Set<String> proven = suite.provenRequirements();
            for (Spec spec : specs.chain(suite.specId())) {
                for (Requirement r : spec.requirements()) {
                    if (r.level() == Level.MUST && !proven.contains(r.id())) {
                        unchecked.add(r.id() + " (" + r.file().getFileName() + ":" + r.line() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), unchecked, "MUST requirements without a check; add a check that proves each");
    }

    @Test
    void everyCheckNamesOnlyRequirementsThatExist() {
        List<String> unknown = new ArrayList<>();
        for (Suite suite : Suites.all()) {
            for (Check<?> check : suite.checks()) {
                for (String id : check.proves()) {
                    if (specs.requirement(id).isEmpty()) {
                        unknown.add("'" + check.name() + "' proves " + id);
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "checks naming requirement IDs that no spec defines");
    }

    @Test
    void everyCheckProvesRequirementsOfItsOwnSpecChain() {
        for (Suite suite : Suites.all()) {
            Set<String> inChain = specs.chain(suite.specId()).stream()
                    .flatMap(s -> s.requirements().stream()).map(Requirement::id)
                    .collect(java.util.stream.Collectors.toSet());
            for (Check<?> check : suite.checks()) {
                assertTrue(inChain.containsAll(check.proves()),
                        "'" + check.name() + "' proves " + check.proves() + ", outside " + suite.specId() + " and the specs it extends");
            }
        }
    }
}

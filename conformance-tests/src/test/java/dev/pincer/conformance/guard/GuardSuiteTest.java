package dev.pincer.conformance.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.spec.Fixture;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.spi.GuardAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard suites run every decision table their specs write, and read tables as specs/guard.md says. */
class GuardSuiteTest {
    private static final SpecLibrary SPECS = SpecLibrary.load(Path.of("..", "specs"));

    @Test
    void everyDecisionTableSitsUnderARequirementItsSuiteRuns() {
        List<String> unrun = new ArrayList<>();
        for (GuardSuite suite : GuardSuite.profiles()) {
            for (Fixture fixture : SPECS.spec(suite.specId()).fixtures()) {
                if (DecisionTable.isTable(fixture)
                        && !fixture.requirementId().map(suite.tableRequirements()::contains).orElse(false)) {
                    unrun.add(fixture.location() + " " + fixture.name());
                }
            }
            for (String id : suite.tableRequirements()) {
                assertFalse(SPECS.spec(suite.specId()).fixtures().stream()
                        .filter(f -> f.requirementId().equals(Optional.of(id))).noneMatch(DecisionTable::isTable),
                        id + " has no decision table");
            }
        }
        assertEquals(List.of(), unrun, "tables no suite runs; add their requirement to GuardSuite.profiles()");
    }

    @Test
    void everyTableOfTheRepositoryReads() {
        int steps = 0;
        for (GuardSuite suite : GuardSuite.profiles()) {
            for (Fixture fixture : SPECS.spec(suite.specId()).fixtures()) {
                if (DecisionTable.isTable(fixture)) {
                    steps += DecisionTable.read(fixture).steps().size();
                }
            }
        }
        assertTrue(steps >= 80, "only " + steps + " steps in the guard profiles' tables");
    }

    @Test
    void leftOutFieldsTakeTheSpecsDefaults() {
        DecisionTable table = DecisionTable.read(fixture("""
                {"config": {"limit": "5", "window": null},
                 "steps": [
                  {"at": "PT1H", "action": {"effect": "spend", "amount": "2.50", "currency": "EUR"}, "expect": "pass"},
                  {"restart": true},
                  {"action": {"kind": "reply", "text": "hi", "chat": "slack:C1"}, "expect": "deny", "reasonMentions": "x"}
                 ]}"""));
        assertEquals(Map.of("limit", "5", "currency", "USD"), table.configOver(Map.of("currency", "USD", "window", "day")));
        DecisionTable.Inspect spend = (DecisionTable.Inspect) table.steps().get(0);
        assertEquals(Duration.ofHours(1), spend.at());
        assertEquals(GuardAction.tool("shop", "act", "spend", "shop.item:1", dev.pincer.spi.json.Json.object().build(),
                "owner", "telegram:42", false).withAmount(new BigDecimal("2.50"), "EUR"), spend.action());
        assertEquals(new DecisionTable.Restart(), table.steps().get(1));
        DecisionTable.Inspect reply = (DecisionTable.Inspect) table.steps().get(2);
        assertEquals(Duration.ofHours(1), reply.at(), "a step without at happens with the one before");
        assertEquals(GuardAction.reply("slack", "C1", "hi", "owner", false), reply.action());
        assertEquals(Optional.of("x"), reply.reasonMentions());
    }

    @Test
    void aMalformedStepIsReportedWithTheFixtureAndTheStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecisionTable.read(fixture("""
                {"steps": [{"at": "PT1H", "action": {}, "expect": "pass"},
                           {"at": "PT0S", "action": {}, "expect": "pass"}]}""")));
        assertEquals("specs/guards/x.md:3: fixture x-table, step 2: at PT0S is before the previous step's PT1H",
                e.getMessage());
        IllegalArgumentException expect = assertThrows(IllegalArgumentException.class, () -> DecisionTable.read(fixture("""
                {"steps": [{"action": {"effect": "modify"}, "expect": "allow"}]}""")));
        assertTrue(expect.getMessage().contains("expect must be pass, ask or deny, was \"allow\""), expect.getMessage());
    }

    private static Fixture fixture(String content) {
        return new Fixture("x-table", "json", content, Optional.of("X-001"), Path.of("specs/guards/x.md"), 3);
    }
}

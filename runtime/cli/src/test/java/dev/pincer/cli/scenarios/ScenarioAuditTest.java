package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditEntry;
import dev.pincer.runtime.audit.AuditVerification;
import dev.pincer.runtime.audit.AuditVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the audit log records of egress, and that tampering with a scenario's log is found and located. */
class ScenarioAuditTest extends WithScenarioWorld {
    @BeforeEach
    void prepareTheFakes() {
        world.github.addRepository("acme", "site");
    }

    @Test
    void egressDeniedByThePolicyRefusesTheToolsRequest() {
        world.withPolicy("""
                  - allow: "github.read"
                  - deny: "host:api.github.com:connect"
                """).withTools("github").start();
        world.model.calls("github", "list_issues", "{\"owner\": \"acme\", \"repo\": \"site\"}").says("GitHub is off limits.");
        world.ownerSays("which issues are open in acme/site?");
        world.awaitMessage(OWNER, "GitHub is off limits.");

        assertTrue(world.github.requests().stream().noneMatch(r -> r.path().startsWith("/repos/")),
                "no request reached GitHub: " + world.github.requests());
        AuditView audit = world.audit();
        assertEquals(List.of("allow"), audit.outcomes("github", "list_issues"), "the call itself is allowed");
        AuditEntry egress = audit.of("egress").stream().filter(e -> "api.github.com".equals(e.data().get("host")))
                .findFirst().orElseThrow(() -> new AssertionError("no egress entry for api.github.com:\n" + audit));
        assertEquals("deny", egress.data().get("outcome"));
        assertEquals("github", egress.data().get("integration"));
        assertTrue(egress.data().get("rule").contains("host:api.github.com:connect"), egress.toString());
        assertTrue(audit.has("tool.result", e -> e.data().get("outcome").startsWith("failed")), audit.toString());
    }

    @Test
    void anEditedEntryIsFoundAtItsLine() throws IOException {
        List<String> lines = scenarioLog();
        int target = lineOf(lines, "\"decision\"");
        lines.set(target, lines.get(target).replace("\"outcome\":\"allow\"", "\"outcome\":\"deny\""));
        assertBreak(lines, target + 1, AuditVerification.Reason.EDITED);
    }

    @Test
    void aDeletedEntryIsFoundWhereItIsMissing() throws IOException {
        List<String> lines = scenarioLog();
        int target = lineOf(lines, "\"decision\"");
        lines.remove(target);
        assertBreak(lines, target + 1, AuditVerification.Reason.DELETED);
    }

    @Test
    void reorderedEntriesAreFound() throws IOException {
        List<String> lines = scenarioLog();
        int target = lineOf(lines, "\"decision\"");
        Collections.swap(lines, target, target + 1);
        AuditVerification verified = verify(lines);
        assertTrue(verified.firstBreak().isPresent(), "a swap must break the chain");
        assertEquals(target + 1, verified.firstBreak().get().line(), verified.firstBreak().get().toString());
    }

    /** Runs a small scenario, stops the assistant, and returns its audit log's lines, checked intact first. */
    private List<String> scenarioLog() throws IOException {
        world.withPolicy("  - allow: \"github.read\"\n").withTools("github").start();
        world.model.calls("github", "list_issues", "{\"owner\": \"acme\", \"repo\": \"site\"}").says("No open issues.");
        world.ownerSays("which issues are open in acme/site?");
        world.awaitMessage(OWNER, "No open issues.");
        world.stop();
        assertTrue(AuditVerifier.verify(world.auditFile()).intact(), "the untouched log verifies");
        return new ArrayList<>(Files.readAllLines(world.auditFile()));
    }

    private void assertBreak(List<String> lines, long line, AuditVerification.Reason reason) throws IOException {
        AuditVerification verified = verify(lines);
        assertTrue(verified.firstBreak().isPresent(), "tampering must break the chain");
        assertEquals(reason, verified.firstBreak().get().reason(), verified.firstBreak().get().toString());
        assertEquals(line, verified.firstBreak().get().line(), verified.firstBreak().get().toString());
        assertEquals(line - 1, verified.intactEntries(), "every entry before it is intact");
    }

    private AuditVerification verify(List<String> lines) throws IOException {
        Path copy = dir.resolve("tampered-audit.jsonl");
        Files.writeString(copy, String.join("\n", lines) + "\n");
        return AuditVerifier.verify(copy);
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && AuditEntry.parse(lines.get(i)).kind().equals("decision")) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + " in " + lines);
    }
}

package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.gmail.MailMessage;
import dev.pincer.runtime.audit.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grants in policy.yaml: what a rule allows happens, what no rule allows or a rule denies does not. */
class ScenarioGrantsTest extends WithScenarioWorld {
    private String mail;

    @BeforeEach
    void prepareTheFakes() {
        mail = world.gmail.addMessage(MailMessage.of("Ada <ada@example.com>", FakeGmail.ADDRESS, "Lunch",
                "See you at noon.", List.of("INBOX", "UNREAD")));
    }

    @Test
    void aReadOnlyMailGrantReadsButDoesNotSend() {
        readThenTry("send_message", "{\"to\": \"bob@example.com\", \"subject\": \"Fwd: Lunch\", \"body\": \"noon\"}");
        assertEquals(List.of(), world.gmail.sent(), "nothing is sent under a read-only grant");
    }

    @Test
    void aReadOnlyMailGrantReadsButDoesNotDelete() {
        readThenTry("delete_message", "{\"id\": \"" + mail + "\"}");
        assertEquals(List.of(), world.gmail.trashed(), "nothing is trashed under a read-only grant");
        assertEquals(List.of(), world.gmail.deleted(), "nothing is deleted under a read-only grant");
    }

    @Test
    void aReadOnlyMailGrantReadsButDoesNotMove() {
        readThenTry("move_message", "{\"id\": \"" + mail + "\", \"remove_labels\": [\"INBOX\"]}");
        assertEquals(List.of(), world.gmail.relabelled(), "no labels change under a read-only grant");
        assertTrue(world.gmail.labelsOf(mail).contains("INBOX"), "the message stays in the inbox");
    }

    @Test
    void repositoryAIsWritableAndRepositoryBIsDenied() {
        world.github.addRepository("acme", "site");
        world.github.addRepository("acme", "secret");
        world.withPolicy("""
                  - allow: "github.repo:acme/site:write"
                  - deny: "github.repo:acme/secret:*"
                """).withTools("github").start();
        world.model.calls("github", "create_issue", "{\"owner\": \"acme\", \"repo\": \"site\", \"title\": \"Fix the footer\"}")
                .calls("github", "create_issue", "{\"owner\": \"acme\", \"repo\": \"secret\", \"title\": \"Fix the footer\"}")
                .says("Filed in acme/site; acme/secret refused.");
        world.ownerSays("file 'Fix the footer' in acme/site and acme/secret");
        world.awaitMessage(OWNER, "acme/secret refused");

        assertEquals(1, world.github.issues("acme", "site").size(), "the issue is created in the allowed repository");
        assertEquals(List.of(), world.github.issues("acme", "secret"), "and not in the denied one");
        AuditView audit = world.audit();
        List<AuditEntry> decisions = audit.decisions("github", "create_issue");
        assertEquals(List.of("allow", "deny"), audit.outcomes("github", "create_issue"), audit.toString());
        assertEquals("github.repo:acme/secret", decisions.get(1).data().get("resource"));
        assertTrue(decisions.get(1).data().get("rule").contains("acme/secret"), decisions.get(1).toString());
    }

    @Test
    void withNoMatchingRuleTheCallIsDeniedAndTheReasonNamesTheRuleToAdd() {
        world.github.addRepository("acme", "site");
        world.withPolicy("").withTools("github").start();
        world.model.calls("github", "list_issues", "{\"owner\": \"acme\", \"repo\": \"site\"}").says("I may not look.");
        world.ownerSays("which issues are open in acme/site?");
        world.awaitMessage(OWNER, "I may not look.");

        assertTrue(world.github.requests().stream().noneMatch(r -> r.path().startsWith("/repos/")),
                "the tool never reached GitHub: " + world.github.requests());
        AuditEntry decision = world.audit().onlyDecision("github", "list_issues");
        assertEquals("deny", decision.data().get("outcome"));
        assertEquals("default deny", decision.data().get("rule"));
        assertTrue(decision.data().get("reason").contains("add \"allow: github.read\""), decision.data().get("reason"));
        assertTrue(world.model.everythingSent().contains("not allowed: no rule allows github.read"),
                "the model is told why, to tell the owner");
    }

    private void readThenTry(String action, String input) {
        world.withPolicy("""
                  - allow: "gmail.read"
                """).withTools("gmail").start();
        world.model.calls("gmail", "get_message", "{\"id\": \"" + mail + "\"}").calls("gmail", action, input)
                .says("Read it; " + action + " was not allowed.");
        world.ownerSays("read the lunch mail, then " + action);
        world.awaitMessage(OWNER, action + " was not allowed");

        AuditView audit = world.audit();
        assertEquals(List.of("allow"), audit.outcomes("gmail", "get_message"), audit.toString());
        assertTrue(audit.has("tool.result", e -> "get_message".equals(e.data().get("action"))
                && "done".equals(e.data().get("outcome"))), "the read ran:\n" + audit);
        AuditEntry denied = audit.onlyDecision("gmail", action);
        assertEquals("deny", denied.data().get("outcome"), denied.toString());
        assertEquals("default deny", denied.data().get("rule"));
        assertFalse(audit.has("tool.result", e -> action.equals(e.data().get("action"))),
                "the denied action never ran:\n" + audit);
    }
}

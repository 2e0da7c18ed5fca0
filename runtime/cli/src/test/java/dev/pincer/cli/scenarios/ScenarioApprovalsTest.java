package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.GROUP;
import static dev.pincer.cli.scenarios.ScenarioWorld.OWNER;
import static dev.pincer.cli.scenarios.ScenarioWorld.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner answers an approval request in the approvals chat: approve, deny, silence, and a replayed approval. */
class ScenarioApprovalsTest extends WithScenarioWorld {
    @Test
    void anApprovedActionRunsOnceAndItsResultReachesTheChatThatAsked() {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "10m");
        world.model.says("The issue is filed.");
        assertEquals(List.of(), world.github.issues("acme", "site"), "nothing is filed before the owner approves");

        world.ownerSays("approve " + code);
        world.awaitMessage(OWNER, "Approved " + code);
        world.awaitMessage(GROUP, "The issue is filed.");

        assertEquals(1, world.github.issues("acme", "site").size(), "the approved issue is filed once");
        AuditView audit = world.audit();
        assertEquals(List.of("ask"), audit.outcomes("github", "create_issue"), audit.toString());
        assertTrue(audit.has("approval.requested", e -> code.equals(e.data().get("code"))), audit.toString());
        assertTrue(audit.has("approval.granted", e -> code.equals(e.data().get("code"))
                && "goes ahead".equals(e.data().get("outcome"))), audit.toString());
        for (String kind : List.of("tool.call", "tool.result")) {
            assertEquals(1, audit.of(kind).stream()
                    .filter(e -> ("approval:" + code).equals(e.data().get("invocation"))).count(), kind + ":\n" + audit);
        }
        assertTrue(world.model.everythingSent().contains("[approval " + code + "]"),
                "the outcome reaches the model in the group's conversation");
    }

    @Test
    void aDeniedActionIsNotDoneAndTheChatThatAskedIsTold() {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "10m");
        world.model.says("The owner said no.");

        world.ownerSays("deny " + code);
        world.awaitMessage(OWNER, "Denied " + code);
        world.awaitMessage(GROUP, "The owner said no.");

        assertEquals(List.of(), world.github.issues("acme", "site"), "a denied issue is not filed");
        AuditView audit = world.audit();
        assertTrue(audit.has("approval.denied", e -> code.equals(e.data().get("code"))), audit.toString());
        assertTrue(audit.of("approval.granted").isEmpty(), audit.toString());
        assertTrue(world.model.everythingSent().contains("The owner denied request " + code));
    }

    @Test
    void silenceUntilTheTimeoutDeniesTheActionAndTellsTheChatThatAsked() {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "2s");
        world.model.says("No answer, so not filed.");

        world.awaitMessage(GROUP, "No answer, so not filed.");

        assertEquals(List.of(), world.github.issues("acme", "site"), "an expired request does nothing");
        AuditView audit = world.audit();
        assertTrue(audit.has("approval.expired", e -> code.equals(e.data().get("code"))), audit.toString());
        assertTrue(world.model.everythingSent().contains("did not answer request " + code + " in time"));

        world.ownerSays("approve " + code);
        world.awaitAudit("approval.rejected", code);
        assertEquals(List.of(), world.github.issues("acme", "site"), "approving after the timeout does nothing");
    }

    @Test
    void aReplayedApprovalDoesNothingMore() {
        String code = ApprovalScene.ownerAsksForAnIssue(world, "10m");
        world.model.says("The issue is filed.");
        world.ownerSays("approve " + code);
        world.awaitMessage(GROUP, "The issue is filed.");

        world.ownerSays("approve " + code);
        world.awaitMessage(OWNER, "nothing was approved");

        assertEquals(1, world.github.issues("acme", "site").size(), "the tool ran once");
        AuditView audit = world.audit();
        assertEquals(1, audit.of("approval.granted").size(), audit.toString());
        AuditEntry rejected = audit.of("approval.rejected").getFirst();
        assertEquals(code, rejected.data().get("code"));
        assertTrue(rejected.data().get("why").contains("answered once"), rejected.toString());
    }

    @Test
    void aHeldReplyToAStrangerIsSentOnceTheOwnerApprovesIt() {
        world.withPolicy("""
                  - ask: "telegram.reply"
                    for: [anyone]
                    in: ["telegram:%d"]
                """.formatted(STRANGER)).start();
        world.model.says("Hello, I am the owner's assistant.");
        world.strangerSays("hi, who are you?");
        String code = world.awaitApprovalCode();
        assertEquals(List.of(), world.messagesTo(STRANGER), "the reply is held until the owner approves");

        world.ownerSays("approve " + code);
        world.awaitMessage(STRANGER, "Hello, I am the owner's assistant.");

        assertEquals(1, world.messagesTo(STRANGER).size(), "the held reply is sent once");
        AuditView audit = world.audit();
        AuditEntry asked = audit.decisions("telegram", "reply").stream()
                .filter(e -> ("chat:telegram:" + STRANGER).equals(e.data().get("resource"))).findFirst().orElseThrow();
        assertEquals("ask", asked.data().get("outcome"), asked.toString());
        assertTrue(audit.has("approval.granted", e -> code.equals(e.data().get("code"))), audit.toString());
    }
}

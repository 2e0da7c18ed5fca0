package dev.pincer.runtime.permit;

import static dev.pincer.runtime.permit.PermitFixture.OWNER_CHAT;
import static dev.pincer.runtime.permit.PermitFixture.STRANGER_CHAT;
import static dev.pincer.runtime.permit.PermitFixture.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.audit.AuditEntry;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.guard.LoadedGuard;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions: the policy and the guards combined, strictest first, each on disk in the audit log before it returns. */
class PermissionsTest {
    private static final String POLICY = """
            owner: {ids: ["telegram:111"], approvals: "telegram:111"}
            rules:
              - allow: ["gmail.read", "*.reply"]
                for: [anyone]
              - allow: "gmail.send"
                for: [anyone]
              - deny: "gmail.delete"
            """;

    @TempDir
    Path dir;

    @Test
    void anAllowedActionIsInTheAuditLogWithItsRuleBeforeTheDecisionReturns() {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            Decision decision = fixture.permissions.decide(tool(OWNER_CHAT, "list_messages", Effect.READ, "gmail.mailbox:me"));

            assertEquals(new Decision.Allow(), decision);
            AuditEntry entry = fixture.entries("decision").getLast();
            assertEquals("allow", entry.data().get("outcome"));
            assertEquals("policy.yaml:3: allow gmail.read", entry.data().get("rule"));
            assertEquals("gmail", entry.data().get("integration"));
            assertEquals("owner", entry.data().get("principal"));
            assertEquals("telegram:111", entry.data().get("chat"));
        }
    }

    @Test
    void aDeniedActionSaysWhyAndWhichRuleDeniedIt() {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            Decision decision = fixture.permissions.decide(tool(OWNER_CHAT, "delete_message", Effect.DELETE, "gmail.message:1"));

            Decision.Deny deny = assertInstanceOf(Decision.Deny.class, decision);
            assertTrue(deny.reason().contains("policy.yaml:7: deny gmail.delete"), deny.reason());
            assertEquals("deny", fixture.entries("decision").getLast().data().get("outcome"));
        }
    }

    @Test
    void aGuardTightensAnAllowedActionAndTheAuditNamesIt() {
        GuardChain guards = GuardChain.of(List.of(new LoadedGuard("no-send", guard(action ->
                action.effect().equals("send") && action.kind() == GuardAction.Kind.TOOL
                        ? GuardVerdict.deny("no-send: nothing is sent today") : GuardVerdict.pass()))));
        try (PermitFixture fixture = new PermitFixture(dir, POLICY, guards, fixedClock())) {
            Decision decision = fixture.permissions.decide(tool(OWNER_CHAT, "send_message", Effect.SEND, "gmail.to:x@example.com"));

            Decision.Deny deny = assertInstanceOf(Decision.Deny.class, decision);
            assertTrue(deny.reason().contains("guard no-send"), deny.reason());
            assertEquals("guard no-send", fixture.entries("decision").getLast().data().get("rule"));
        }
    }

    @Test
    void aGuardThatPassesEverythingCannotWidenADenial() {
        GuardChain guards = GuardChain.of(List.of(new LoadedGuard("lenient", guard(action -> GuardVerdict.pass()))));
        try (PermitFixture fixture = new PermitFixture(dir, POLICY, guards, fixedClock())) {
            assertInstanceOf(Decision.Deny.class,
                    fixture.permissions.decide(tool(OWNER_CHAT, "delete_message", Effect.DELETE, "gmail.message:1")));
        }
    }

    @Test
    void aStrangersMessageTaintsTheConversationSoASendNeedsTheOwnersApproval() throws Exception {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            Decision decision = fixture.permissions.decide(tool(STRANGER_CHAT, "send_message", Effect.SEND, "gmail.to:x@example.com"));

            Decision.Ask ask = assertInstanceOf(Decision.Ask.class, decision);
            assertEquals("taint", fixture.entries("decision").getLast().data().get("rule"));
            assertEquals("a message from stranger (telegram:222)", fixture.entries("taint").getFirst().data().get("source"));
            PermitFixture.eventually("the owner is asked", () -> fixture.telegram.sent().stream()
                    .anyMatch(m -> m.conversation().equals("111") && m.text().contains("request " + ask.code())));
        }
    }

    @Test
    void anUntrustedToolResultTaintsTheOwnersOwnConversation() {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            var read = tool(OWNER_CHAT, "get_message", Effect.READ, "gmail.message:9");
            assertEquals(new Decision.Allow(), fixture.permissions.decide(read));
            fixture.permissions.toolReturned(read, "telegram:m1:1:0", new ToolOutcome.Done(Json.parseObject("{}")));

            assertInstanceOf(Decision.Ask.class,
                    fixture.permissions.decide(tool(OWNER_CHAT, "send_message", Effect.SEND, "gmail.to:x@example.com")));
            assertEquals("the result of gmail.get_message on gmail.message:9",
                    fixture.entries("taint").getFirst().data().get("source"));
            assertEquals("done", fixture.entries("tool.result").getFirst().data().get("outcome"));
        }
    }

    static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    }

    static Guard guard(Function<GuardAction, GuardVerdict> verdicts) {
        return new Guard() {
            @Override
            public void start(IntegrationContext context) {}

            @Override
            public GuardVerdict inspect(GuardAction action) {
                return verdicts.apply(action);
            }
        };
    }
}

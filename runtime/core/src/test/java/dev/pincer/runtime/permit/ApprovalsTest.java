package dev.pincer.runtime.permit;

import static dev.pincer.runtime.permit.PermitFixture.OWNER_CHAT;
import static dev.pincer.runtime.permit.PermitFixture.STRANGER_CHAT;
import static dev.pincer.runtime.permit.PermitFixture.message;
import static dev.pincer.runtime.permit.PermitFixture.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.route.Approvals.Answer;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.ApprovalStatus;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests for the owner's approval: bound to one action, answered once, only by the owner in the approvals chat. */
class ApprovalsTest {
    private static final String POLICY = """
            owner: {ids: ["telegram:111"], approvals: "telegram:111"}
            approvals: {timeout: 2m}
            rules:
              - allow: "*.reply"
                for: [anyone]
              - ask: "gmail.send"
                for: [anyone]
            """;
    private static final ProposedAction.InvokeTool SEND =
            tool(OWNER_CHAT, "send_message", Effect.SEND, "gmail.to:x@example.com");

    @TempDir
    Path dir;

    @Test
    void theOwnersAnswerInTheApprovalsChatRunsExactlyTheAskedActionOnce() throws Exception {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            String code = ask(fixture, SEND);

            Answer.RunTool run = assertInstanceOf(Answer.RunTool.class,
                    fixture.permissions.answer(OWNER_CHAT, message("a1", OWNER_CHAT, "  Approve " + code.toLowerCase() + " ")));
            assertEquals(SEND, run.action());
            assertEquals("approval:" + code, run.invocationId());
            String told = fixture.permissions.ran(code, run.action(), new ToolOutcome.Done(Json.parseObject("{\"id\":\"m9\"}")));
            assertTrue(told.startsWith("Approved " + code + ": gmail.send_message ran"), told);
            PermitFixture.eventually("the asking conversation hears the outcome", () -> fixture.answered.stream()
                    .anyMatch(m -> m.text().orElse("").startsWith("[approval " + code + "] The owner approved")));

            Answer again = fixture.permissions.answer(OWNER_CHAT, message("a2", OWNER_CHAT, "approve " + code));
            assertTrue(assertInstanceOf(Answer.Reply.class, again).text().contains("was approved already"), again.toString());
            assertEquals(1, fixture.entries("approval.granted").size());
            assertEquals("request " + code + " was approved already; each request is answered once",
                    fixture.entries("approval.rejected").getLast().data().get("why"));
        }
    }

    @Test
    void anAnswerFromAnyoneButTheOwnerOrOutsideTheApprovalsChatApprovesNothing() {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            String code = ask(fixture, SEND);
            TaskOrigin ownerElsewhere = new TaskOrigin(new ConversationRef("telegram", "-100555"), PermitFixture.OWNER);

            assertInstanceOf(Answer.Reply.class, fixture.permissions.answer(STRANGER_CHAT,
                    message("s1", STRANGER_CHAT, "approve " + code)));
            assertInstanceOf(Answer.Reply.class, fixture.permissions.answer(ownerElsewhere,
                    message("o1", ownerElsewhere, "approve " + code)));
            assertInstanceOf(Answer.NotAnAnswer.class, fixture.permissions.answer(OWNER_CHAT,
                    message("o2", OWNER_CHAT, "the email says: approve " + code)));

            assertEquals(ApprovalStatus.PENDING, fixture.store.approval(code).orElseThrow().status());
            assertEquals(3, fixture.entries("approval.rejected").size());
            assertEquals("the sender is not the owner", fixture.entries("approval.rejected").get(0).data().get("why"));
        }
    }

    @Test
    void aDeniedRequestIsNotDoneAndTheAskingConversationIsTold() throws Exception {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            String code = ask(fixture, SEND);

            Answer denied = fixture.permissions.answer(OWNER_CHAT, message("a1", OWNER_CHAT, "deny " + code));

            assertTrue(assertInstanceOf(Answer.Reply.class, denied).text().startsWith("Denied " + code), denied.toString());
            assertEquals(ApprovalStatus.DENIED, fixture.store.approval(code).orElseThrow().status());
            PermitFixture.eventually("the asking conversation hears the denial", () -> fixture.answered.stream()
                    .anyMatch(m -> m.text().orElse("").startsWith("[approval " + code + "] The owner denied")));
        }
    }

    @Test
    void silenceUntilTheTimeoutDeniesTheRequest() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (PermitFixture fixture = new PermitFixture(dir, POLICY, GuardChain.empty(), clock)) {
            String code = ask(fixture, SEND);
            assertEquals(0, fixture.permissions.expireApprovals());

            now.set(now.get().plus(Duration.ofMinutes(2)));

            assertEquals(1, fixture.permissions.expireApprovals());
            assertEquals(ApprovalStatus.EXPIRED, fixture.store.approval(code).orElseThrow().status());
            assertInstanceOf(Answer.Reply.class, fixture.permissions.answer(OWNER_CHAT, message("late", OWNER_CHAT,
                    "approve " + code)));
            PermitFixture.eventually("the asking conversation hears the request expired", () -> fixture.answered.stream()
                    .anyMatch(m -> m.text().orElse("").contains("did not answer request " + code + " in time")));
        }
    }

    @Test
    void aStoredRequestWhoseActionWasChangedIsNotCarriedOut() throws Exception {
        try (PermitFixture fixture = new PermitFixture(dir, POLICY)) {
            String code = ask(fixture, SEND);
            try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pincer.db"));
                    var update = connection.prepareStatement("UPDATE approvals SET action = replace(action, "
                            + "'x@example.com', 'attacker@example.com') WHERE code = ?")) {
                update.setString(1, code);
                assertEquals(1, update.executeUpdate());
            }

            Answer answer = fixture.permissions.answer(OWNER_CHAT, message("a1", OWNER_CHAT, "approve " + code));

            assertTrue(assertInstanceOf(Answer.Reply.class, answer).text().contains("does not match its hash"),
                    answer.toString());
        }
    }

    private static String ask(PermitFixture fixture, ProposedAction action) {
        return assertInstanceOf(Decision.Ask.class, fixture.permissions.decide(action)).code();
    }
}

package dev.pincer.runtime.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.route.Approvals;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.Turn;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.Sender;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.json.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLoopTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final ConversationRef CHAT = new ConversationRef("telegram", "42");
    private static final AgentSettings SETTINGS = new AgentSettings("be brief", 4_000, 3, 256);
    private static final ModelResult.Usage USAGE = new ModelResult.Usage(1, 1);

    @TempDir
    Path dir;
    private Store store;
    private final VirtualClock clock = new VirtualClock(T0);
    private final ScriptedModel model = new ScriptedModel();
    private final List<ProposedAction> decided = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("pincer.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AgentLoop agent(DecisionPoint decisions, UnaryOperator<String> redact) {
        return agent(decisions, Approvals.none(), redact);
    }

    private AgentLoop agent(DecisionPoint decisions, Approvals approvals, UnaryOperator<String> redact) {
        DecisionPoint recording = action -> {
            decided.add(action);
            return decisions.decide(action);
        };
        return new AgentLoop(model, List.of(new Reminders(store, ZoneId.of("Europe/Paris"), clock::now, new Random(1))),
                SETTINGS, recording, approvals, clock, redact);
    }

    private static InboundMessage message(String text) {
        return new InboundMessage("m1", "42", "7", new Sender("u1", "Ann", false), T0, new Content.Text(text));
    }

    private static ModelResult text(String text) {
        return new ModelResult.Reply(text, List.of(), ModelResult.StopReason.END_TURN, USAGE);
    }

    private static ModelResult toolUse(String id, String name, String arguments) {
        return new ModelResult.Reply("", List.of(new ToolCall(id, name, Json.parseObject(arguments))),
                ModelResult.StopReason.TOOL_USE, USAGE);
    }

    @Test
    void aTextAnswerIsTheReply() throws InterruptedException {
        model.script.add(text("hello Ann"));
        List<String> replies = agent(DecisionPoint.allowAll(), UnaryOperator.identity()).respond(CHAT, message("hi"), List.of());
        assertEquals(List.of("hello Ann"), replies);
        ModelRequest request = model.requests.getFirst();
        assertEquals("be brief", request.system());
        assertEquals(List.of(new ModelMessage.User("hi")), request.messages());
        assertEquals(List.of("schedule_task", "list_tasks", "cancel_task"),
                request.tools().stream().map(t -> t.name()).toList());
    }

    @Test
    void anAllowedToolCallRunsAndItsResultGoesBackWithTheCallId() throws InterruptedException {
        model.script.add(toolUse("call_1", "schedule_task",
                "{\"text\": \"water the plants\", \"weekly_day\": \"MONDAY\", \"weekly_time\": \"09:00\"}"));
        model.script.add(text("Done: every Monday at 9."));
        List<String> replies = agent(DecisionPoint.allowAll(), UnaryOperator.identity())
                .respond(CHAT, message("remind me every Monday at 9 to water the plants"), List.of());
        assertEquals(List.of("Done: every Monday at 9."), replies);
        assertEquals(1, store.tasks().size());
        ProposedAction.InvokeTool action = assertInstanceOf(ProposedAction.InvokeTool.class, decided.getFirst());
        assertEquals(Effect.WRITE, action.effect());
        assertEquals("pincer.tasks:telegram/42", action.resource());
        ModelMessage.ToolResults results = assertInstanceOf(ModelMessage.ToolResults.class,
                model.requests.get(1).messages().getLast());
        assertEquals("call_1", results.results().getFirst().callId());
        assertFalse(results.results().getFirst().error(), results.toString());
        assertTrue(results.results().getFirst().content().contains("MONDAY"), results.toString());
    }

    @Test
    void aDeniedToolCallDoesNothingAndTellsTheModelWhy() throws InterruptedException {
        model.script.add(toolUse("call_1", "schedule_task", "{\"text\": \"x\", \"once_at\": \"2027-01-01T09:00\"}"));
        model.script.add(text("I may not schedule that."));
        agent(action -> new Decision.Deny("the owner allows no tasks"), UnaryOperator.identity())
                .respond(CHAT, message("remind me"), List.of());
        assertTrue(store.tasks().isEmpty());
        ModelMessage.ToolResults results = (ModelMessage.ToolResults) model.requests.get(1).messages().getLast();
        assertTrue(results.results().getFirst().error());
        assertEquals("not allowed: the owner allows no tasks", results.results().getFirst().content());
    }

    @Test
    void aToolCallPutToTheOwnerDoesNotRunAndTheModelIsToldItWaits() throws InterruptedException {
        model.script.add(toolUse("call_1", "schedule_task", "{\"text\": \"x\", \"once_at\": \"2027-01-01T09:00\"}"));
        model.script.add(text("I asked the owner."));
        agent(action -> new Decision.Ask("K7Q2XM", "writes need the owner's approval"), UnaryOperator.identity())
                .respond(CHAT, message("remind me"), List.of());
        assertTrue(store.tasks().isEmpty());
        ModelMessage.ToolResults results = (ModelMessage.ToolResults) model.requests.get(1).messages().getLast();
        assertFalse(results.results().getFirst().error());
        assertTrue(results.results().getFirst().content().startsWith("waiting for the owner's approval (request K7Q2XM): "
                + "writes need the owner's approval. It has not run."), results.toString());
    }

    @Test
    void anApprovedToolCallRunsOnceWithoutAskingTheModel() throws InterruptedException {
        ProposedAction.InvokeTool approved = new ProposedAction.InvokeTool("pincer", "schedule_task",
                Json.parseObject("{\"text\": \"x\", \"once_at\": \"2027-01-01T09:00\"}"), Effect.WRITE,
                "pincer.tasks:telegram/42", new TaskOrigin(CHAT, "u1"));
        List<String> ran = new ArrayList<>();
        Approvals approvals = new Approvals() {
            @Override
            public Answer answer(TaskOrigin origin, InboundMessage message) {
                return new Answer.RunTool("K7Q2XM", approved);
            }

            @Override
            public String ran(String code, ProposedAction.InvokeTool action, ToolOutcome outcome) {
                ran.add(code + " " + outcome.getClass().getSimpleName());
                return "Approved " + code;
            }
        };
        List<String> replies = agent(DecisionPoint.allowAll(), approvals, UnaryOperator.identity())
                .respond(CHAT, message("approve K7Q2XM"), List.of());
        assertEquals(List.of("Approved K7Q2XM"), replies);
        assertEquals(List.of("K7Q2XM Done"), ran);
        assertEquals(1, store.tasks().size());
        assertTrue(model.requests.isEmpty(), "the model never sees an answer to an approval request");
        assertTrue(decided.isEmpty(), "the approval was the decision");
    }

    @Test
    void invalidArgumentsAndUnknownToolsAreErrorsForTheModelNotDecisions() throws InterruptedException {
        model.script.add(toolUse("call_1", "schedule_task", "{\"text\": \"x\", \"once_at\": \"yesterday\"}"));
        model.script.add(toolUse("call_2", "delete_everything", "{}"));
        model.script.add(text("ok"));
        agent(DecisionPoint.allowAll(), UnaryOperator.identity()).respond(CHAT, message("remind me"), List.of());
        assertTrue(decided.isEmpty(), decided.toString());
        String first = ((ModelMessage.ToolResults) model.requests.get(1).messages().getLast()).results().getFirst().content();
        assertTrue(first.startsWith("invalid arguments: the time is not valid"), first);
        String second = ((ModelMessage.ToolResults) model.requests.get(2).messages().getLast()).results().getFirst().content();
        assertTrue(second.startsWith("there is no tool named 'delete_everything'"), second);
    }

    @Test
    void toolRoundsAreBounded() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            model.script.add(toolUse("call_" + i, "list_tasks", "{}"));
        }
        List<String> replies = agent(DecisionPoint.allowAll(), UnaryOperator.identity()).respond(CHAT, message("loop"), List.of());
        assertEquals(3, model.requests.size());
        assertTrue(replies.getFirst().startsWith("I stopped after 3 tool rounds"), replies.toString());
    }

    @Test
    void aContextTooLongAnswerShrinksTheHistory() throws InterruptedException {
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            history.add(new Turn(i % 2 == 0 ? Role.USER : Role.ASSISTANT, "turn " + i + " " + "x".repeat(150), T0));
        }
        model.script.add(new ModelResult.ContextTooLong("prompt is too long"));
        model.script.add(text("short answer"));
        assertEquals(List.of("short answer"),
                agent(DecisionPoint.allowAll(), UnaryOperator.identity()).respond(CHAT, message("now"), history));
        int before = model.requests.get(0).messages().size();
        int after = model.requests.get(1).messages().size();
        assertTrue(after < before, before + " -> " + after);
        assertEquals(new ModelMessage.User("now"), model.requests.get(1).messages().getLast());
    }

    @Test
    void aShortRateLimitIsWaitedOutOnTheClockAndALongOneIsLeftToTheRouter() throws InterruptedException {
        model.script.add(new ModelResult.RetryAfter(Duration.ofSeconds(5), "rate limited"));
        model.script.add(text("after the wait"));
        AgentLoop agent = agent(DecisionPoint.allowAll(), UnaryOperator.identity());
        assertEquals(List.of("after the wait"), agent.respond(CHAT, message("hi"), List.of()));
        assertEquals(T0.plusSeconds(5), clock.now());
        model.script.add(new ModelResult.RetryAfter(Duration.ofMinutes(5), "overloaded"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> agent.respond(CHAT, message("hi"), List.of()));
        assertTrue(e.getMessage().contains("300 s (overloaded)"), e.getMessage());
    }

    @Test
    void aFailedModelGivesThePersonAnAnswerThatSaysSo() throws InterruptedException {
        model.script.add(new ModelResult.Failed("authentication_error: invalid x-api-key"));
        List<String> replies = agent(DecisionPoint.allowAll(), UnaryOperator.identity()).respond(CHAT, message("hi"), List.of());
        assertTrue(replies.getFirst().contains("invalid x-api-key") && replies.getFirst().contains("pincer status"),
                replies.toString());
    }

    @Test
    void theModelNeverSeesASecretValue() throws InterruptedException {
        model.script.add(text("ok"));
        agent(DecisionPoint.allowAll(), text -> text.replace("s3cr3t-value", "[secret]"))
                .respond(CHAT, message("my token is s3cr3t-value"),
                        List.of(new Turn(Role.USER, "earlier s3cr3t-value", T0), new Turn(Role.ASSISTANT, "noted", T0)));
        String seen = model.requests.getFirst().messages().toString();
        assertFalse(seen.contains("s3cr3t-value"), seen);
        assertTrue(seen.contains("my token is [secret]"), seen);
    }

    /** A model that answers from a script and records every request. */
    private static final class ScriptedModel implements Model {
        final Deque<ModelResult> script = new ArrayDeque<>();
        final List<ModelRequest> requests = new ArrayList<>();

        @Override
        public void start(IntegrationContext context) {}

        @Override
        public ModelResult complete(ModelRequest request) {
            requests.add(request);
            ModelResult next = script.poll();
            return next == null ? new ModelResult.Failed("script ran out") : next;
        }

        @Override
        public void stop() {}
    }
}

package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's messages reach the router and its replies reach the owner, through a real router and store. */
class LocalChatMessagingTest {

    @TempDir
    Path dir;

    @Test
    void aWaitingLongPollReturnsTheOwnersMessageAndThenTheReply() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            CompletableFuture<JsonObject> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return run.poll(0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertTrue(!waiting.isDone(), "an empty transcript holds the poll open");

            HttpResponse<String> posted = run.post("hello");

            assertEquals(202, posted.statusCode(), posted.body());
            JsonObject accepted = Json.parseObject(posted.body());
            assertEquals("local:1", accepted.string("id"));
            JsonObject first = waiting.get(5, TimeUnit.SECONDS).array("entries").objects().getFirst();
            assertEquals("owner", first.string("role"));
            assertEquals("hello", first.string("text"));
            assertEquals(accepted.longValue("seq"), first.longValue("seq"));
            List<JsonObject> entries = run.pollUntil("the reply", entry -> entry.string("role").equals("assistant"));
            assertEquals(List.of("owner: hello", "assistant: echo: hello"), lines(entries));
            assertEquals("local:1", entries.getLast().string("inReplyTo"), "the reply names the message it answers");
            InboundMessage message = run.delivered.getFirst();
            assertEquals("local", message.conversation());
            assertEquals("owner", message.sender().id());
            assertEquals("Ada", message.sender().displayName());
        }
    }

    @Test
    void aReplySentAgainWithTheSameIdIsShownOnceAlsoAfterARestart() throws Exception {
        OutboundMessage reply = OutboundMessage.of("reply:7:0", "local", "only once");
        SendResult first;
        try (ChatRun run = ChatRun.start(dir)) {
            first = run.chat.send(reply);
            SendResult again = run.chat.send(reply);

            assertInstanceOf(SendResult.Delivered.class, first);
            assertEquals(first, again, "the resend reports the entry already shown");
            assertEquals(List.of("assistant: only once"), lines(run.poll(0).array("entries").objects()));
        }
        try (ChatRun restarted = ChatRun.start(dir)) {
            assertEquals(first, restarted.chat.send(reply));
            assertEquals(List.of("assistant: only once"), lines(restarted.poll(0).array("entries").objects()));
        }
    }

    @Test
    void aMessageOver4096CharactersOrABlankOneIsRefusedWith400AndTheReason() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            HttpResponse<String> tooLong = run.post("x".repeat(4097));
            HttpResponse<String> blank = run.post(" \n ");
            HttpResponse<String> notJson = ChatRun.send(run.authorized("/api/messages")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build());
            HttpResponse<String> longest = run.post("y".repeat(4096));

            assertEquals(400, tooLong.statusCode());
            assertEquals("text is 4097 characters long, but a local chat message may have at most 4096; split it"
                    + " into several messages", Json.parseObject(tooLong.body()).string("error"));
            assertEquals(400, blank.statusCode());
            assertEquals("text must not be blank; write something to send", Json.parseObject(blank.body()).string("error"));
            assertEquals(400, notJson.statusCode());
            assertTrue(Json.parseObject(notJson.body()).string("error")
                    .startsWith("the body must be a JSON object such as {\"text\": \"hello\"}"), notJson.body());
            assertEquals(202, longest.statusCode(), longest.body());
            assertEquals(1, run.delivered.size(), "only the 4096-character message reached the inbox");
        }
    }

    @Test
    void messageIdsStayUniqueAcrossARestartSoNoMessageIsDroppedAsADuplicate() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            run.post("one");
            run.pollUntil("the first reply", entry -> entry.string("text").equals("echo: one"));
            run.post("two");
            run.pollUntil("the second reply", entry -> entry.string("text").equals("echo: two"));
        }
        try (ChatRun restarted = ChatRun.start(dir)) {
            assertEquals(List.of("owner: one", "assistant: echo: one", "owner: two", "assistant: echo: two"),
                    lines(restarted.poll(0).array("entries").objects()), "a page opened after the restart shows them");

            HttpResponse<String> third = restarted.post("three");

            assertEquals("local:3", Json.parseObject(third.body()).string("id"));
            assertEquals(List.of(new Acceptance.Accepted()), restarted.acceptances, "not taken for message 1 again");
            restarted.pollUntil("the reply after the restart", entry -> entry.string("text").equals("echo: three"));
        }
    }

    @Test
    void whenTheRuntimeCannotStoreTheMessageThePostAnswers503WithTheReason() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            run.router.close();
            run.store.close();

            HttpResponse<String> refused = run.post("are you there?");

            assertEquals(503, refused.statusCode());
            String error = Json.parseObject(refused.body()).string("error");
            assertTrue(error.startsWith("Pincer cannot take the message now: "), error);
            assertTrue(error.endsWith("; send it again in a moment"), error);
            HttpResponse<String> info = ChatRun.send(run.authorized("/api/info").build());
            assertEquals(0, Json.parseObject(info.body()).longValue("latest"), "nothing was added to the transcript");
        }
    }

    @Test
    void theTranscriptKeepsTheLast500Entries() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            for (int i = 1; i <= Transcript.CAPACITY + 1; i++) {
                run.chat.send(OutboundMessage.of("reply:" + i, "local", "reply " + i));
            }

            List<JsonObject> entries = run.poll(0).array("entries").objects();

            assertEquals(Transcript.CAPACITY, entries.size());
            assertEquals("reply 2", entries.getFirst().string("text"));
            assertEquals(Transcript.CAPACITY + 1, entries.getLast().longValue("seq"));
        }
        try (ChatRun restarted = ChatRun.start(dir)) {
            List<JsonObject> entries = restarted.poll(0).array("entries").objects();
            assertEquals(Transcript.CAPACITY, entries.size(), "the same 500 after a restart");
            assertEquals("reply 2", entries.getFirst().string("text"));
            assertTrue(restarted.state.get("transcript.1").isEmpty(), "the entry that fell off was removed from state");
        }
    }

    @Test
    void stopEndsALongPollAtOnceAndReceiveReportsTheStop() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    run.poll(0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            long started = System.nanoTime();

            run.chat.stop();

            try {
                waiting.get(3, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException endedByTheServer) {
                // the connection was closed under the poll: that also ends it
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
            assertInstanceOf(ReceiveResult.Stop.class, run.chat.receive());
            assertInstanceOf(SendResult.RetryLater.class, run.chat.send(OutboundMessage.of("late", "local", "late")),
                    "a reply after the stop waits for the next run");
        }
    }

    @Test
    void receiveWaitsOneRoundOnTheContextClockAndAsksToBeCalledAgain() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            assertEquals(ReceiveResult.idle(), run.chat.receive());
            assertEquals(Duration.ofSeconds(1), run.clock.totalSlept());
        }
    }

    @Test
    void aReplyToAnotherConversationFails() {
        try (ChatRun run = ChatRun.start(dir)) {
            SendResult result = run.chat.send(OutboundMessage.of("r1", "telegram-chat-42", "hi"));
            assertEquals(new SendResult.Failed("the local chat has one conversation, \"local\"; it cannot deliver to"
                    + " 'telegram-chat-42'"), result);
        }
    }

    private static List<String> lines(List<JsonObject> entries) {
        return entries.stream().map(entry -> entry.string("role") + ": " + entry.string("text")).toList();
    }
}

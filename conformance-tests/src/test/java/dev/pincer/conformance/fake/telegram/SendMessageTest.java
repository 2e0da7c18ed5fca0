package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SendMessageTest {
    private static final String EMOJI = "😀"; // one code point, two UTF-16 units

    private final VirtualClock clock = new VirtualClock();
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, clock);
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private BotApiClient.Reply send(String text) {
        return client.postForm("sendMessage", Map.of("chat_id", "42", "text", text));
    }

    private BotApiClient.Reply send(String text, String parseMode) {
        return client.postForm("sendMessage", Map.of("chat_id", "42", "text", text, "parse_mode", parseMode));
    }

    @Test
    void answersTheMessageItCreated() {
        clock.advance(Duration.ofSeconds(90));
        JsonObject message = send("hello").json().object("result");

        assertEquals(1, message.longValue("message_id"));
        assertEquals(123456789L, message.object("from").longValue("id"));
        assertTrue(message.object("from").bool("is_bot"));
        assertEquals(42, message.object("chat").longValue("id"));
        assertEquals("private", message.object("chat").string("type"));
        assertEquals(VirtualClock.START.getEpochSecond() + 90, message.longValue("date"));
        assertEquals("hello", message.string("text"));
        SentMessage sent = fake.sentMessages().getFirst();
        assertEquals(new SentMessage(42, 1, "hello", "hello", Optional.empty(), Optional.empty(),
                VirtualClock.START.plusSeconds(90)), sent);
    }

    @Test
    void numbersMessagesPerChatAfterIncomingOnes() {
        fake.enqueueMessage(42, 42, "one");
        fake.enqueueMessage(42, 42, "two");

        assertEquals(3, send("three").json().object("result").longValue("message_id"));
        assertEquals(1, client.postForm("sendMessage", Map.of("chat_id", "43", "text", "x")).json()
                .object("result").longValue("message_id"));
    }

    @Test
    void acceptsExactly4096Characters() {
        assertEquals(200, send("a".repeat(4096)).status());
    }

    @Test
    void rejects4097CharactersAsTooLong() {
        BotApiClient.Reply reply = send("a".repeat(4097));

        assertEquals(400, reply.status());
        assertEquals("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is too long\"}",
                reply.body());
        assertEquals(List.of(), fake.sentMessages());
    }

    @Test
    void countsASurrogatePairAsTwoUnits() {
        assertEquals(200, send(EMOJI.repeat(2048)).status());
        assertEquals("Bad Request: message is too long", send(EMOJI.repeat(2048) + "a").description());
    }

    @Test
    void canCountCodePointsInsteadAsTdlibDoes() {
        fake.countLengthInCodePoints(true);

        assertEquals(200, send(EMOJI.repeat(4096)).status());
        assertEquals(400, send(EMOJI.repeat(4097)).status());
    }

    @Test
    void countsTheLengthAfterEntityParsing() {
        assertEquals(200, send("*" + "a".repeat(4096) + "*", "MarkdownV2").status());
        assertEquals(200, send("\\.".repeat(4096), "MarkdownV2").status());
    }

    @Test
    void rejectsEmptyAndBlankText() {
        assertEquals("Bad Request: message text is empty",
                client.postForm("sendMessage", Map.of("chat_id", "42")).description());
        assertEquals("Bad Request: message text is empty", send("").description());
        assertEquals("Bad Request: message text is empty", send(" \n ").description());
        assertEquals("Bad Request: message text is empty", send("**", "MarkdownV2").description());
    }

    @Test
    void rejectsAnUnescapedDotInMarkdownV2WithTelegramsWords() {
        BotApiClient.Reply reply = send("Version 1.0", "MarkdownV2");

        assertEquals(400, reply.status());
        assertEquals("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the"
                + " preceding '\\'", reply.description());
    }

    @Test
    void deliversEscapedMarkdownV2Unescaped() {
        BotApiClient.Reply reply = send("*Hi* \\- version 1\\.0\\! \\(beta\\) _it_ `x\\`y`", "MarkdownV2");

        assertEquals(200, reply.status(), reply.body());
        SentMessage sent = fake.sentMessages().getFirst();
        assertEquals("Hi - version 1.0! (beta) it x`y", sent.text());
        assertEquals("*Hi* \\- version 1\\.0\\! \\(beta\\) _it_ `x\\`y`", sent.rawText());
        assertEquals(Optional.of("MarkdownV2"), sent.parseMode());
        List<JsonObject> entities = reply.json().object("result").array("entities").objects();
        assertEquals("bold", entities.get(0).string("type"));
        assertEquals(0, entities.get(0).longValue("offset"));
        assertEquals(2, entities.get(0).longValue("length"));
        assertEquals("italic", entities.get(1).string("type"));
        assertEquals("code", entities.get(2).string("type"));
    }

    @Test
    void rejectsAnUnclosedMarkdownV2EntityNamingItsByteOffset() {
        assertEquals("Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 6",
                send("Hello *world", "MarkdownV2").description());
    }

    @Test
    void parsesHtml() {
        BotApiClient.Reply reply = send("<b>bold</b> &lt;tag&gt; &amp; <a href=\"https://example.org\">link</a>",
                "HTML");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("bold <tag> & link", fake.sentMessages().getFirst().text());
        List<JsonObject> entities = reply.json().object("result").array("entities").objects();
        assertEquals("text_link", entities.get(1).string("type"));
        assertEquals("https://example.org/", entities.get(1).string("url"));
    }

    @Test
    void rejectsAnUnsupportedHtmlTag() {
        assertEquals("Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0",
                send("<p>paragraph</p>", "HTML").description());
    }

    @Test
    void rejectsAnUnknownParseMode() {
        assertEquals("Bad Request: unsupported parse_mode", send("x", "Markdown3").description());
    }

    @Test
    void acceptsParseModeNamesInAnyCase() {
        assertEquals(200, send("a\\.b", "markdownv2").status());
        assertEquals("a.b", fake.sentMessages().getFirst().text());
    }

    @Test
    void requiresAChatId() {
        assertEquals("Bad Request: chat_id is empty",
                client.postForm("sendMessage", Map.of("text", "x")).description());
        assertEquals("Bad Request: chat not found",
                client.postForm("sendMessage", Map.of("chat_id", "me", "text", "x")).description());
    }

    @Test
    void sendsToAChannelByUsername() {
        BotApiClient.Reply reply = client.postForm("sendMessage", Map.of("chat_id", "@pincer_news", "text", "x"));

        assertEquals(200, reply.status(), reply.body());
        JsonObject chat = reply.json().object("result").object("chat");
        assertEquals("channel", chat.string("type"));
        assertEquals(chat.longValue("id"), fake.sentMessages().getFirst().chatId());
    }

    @Test
    void refusesScriptedChats() {
        fake.forbidChat(42);
        fake.missingChat(43);

        BotApiClient.Reply blocked = send("x");
        assertEquals(403, blocked.status());
        assertEquals("Forbidden: bot was blocked by the user", blocked.description());
        BotApiClient.Reply missing = client.postForm("sendMessage", Map.of("chat_id", "43", "text", "x"));
        assertEquals(400, missing.status());
        assertEquals("Bad Request: chat not found", missing.description());
    }

    @Test
    void pointsToTheSupergroupAfterAMigration() {
        fake.migrateChat(-4001, -1001234567890L);

        BotApiClient.Reply reply = client.postForm("sendMessage", Map.of("chat_id", "-4001", "text", "x"));

        assertEquals(400, reply.status());
        assertEquals("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a"
                + " supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1001234567890}}", reply.body());
        assertEquals(200, client.postForm("sendMessage", Map.of("chat_id", "-1001234567890", "text", "x")).status());
    }

    @Test
    void repliesWithReplyParametersAsAJsonObject() {
        fake.enqueueMessage(42, 42, "question");

        BotApiClient.Reply reply = client.postJson("sendMessage",
                "{\"chat_id\":42,\"text\":\"answer\",\"reply_parameters\":{\"message_id\":1}}");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("question", reply.json().object("result").object("reply_to_message").string("text"));
        assertEquals(Optional.of(1L), fake.sentMessages().getFirst().replyToMessageId());
    }

    @Test
    void repliesWithReplyParametersAsJsonTextInAForm() {
        fake.enqueueMessage(42, 42, "question");

        client.postForm("sendMessage", Map.of("chat_id", "42", "text", "a", "reply_parameters", "{\"message_id\":1}"));

        assertEquals(Optional.of(1L), fake.sentMessages().getFirst().replyToMessageId());
    }

    @Test
    void repliesWithTheLegacyReplyToMessageId() {
        fake.enqueueMessage(42, 42, "question");

        client.postForm("sendMessage", Map.of("chat_id", "42", "text", "a", "reply_to_message_id", "1"));

        assertEquals(Optional.of(1L), fake.sentMessages().getFirst().replyToMessageId());
    }

    @Test
    void rejectsAReplyToAnUnknownMessageUnlessAllowed() {
        assertEquals("Bad Request: message to be replied not found", client.postJson("sendMessage",
                "{\"chat_id\":42,\"text\":\"a\",\"reply_parameters\":{\"message_id\":77}}").description());

        BotApiClient.Reply allowed = client.postJson("sendMessage", "{\"chat_id\":42,\"text\":\"a\","
                + "\"reply_parameters\":{\"message_id\":77,\"allow_sending_without_reply\":true}}");
        assertEquals(200, allowed.status());
        assertEquals(Optional.empty(), fake.sentMessages().getFirst().replyToMessageId());
    }

    @Test
    void rejectsReplyParametersThatAreNotJson() {
        assertEquals("Bad Request: can't parse reply parameters JSON object", client.postForm("sendMessage",
                Map.of("chat_id", "42", "text", "a", "reply_parameters", "{oops")).description());
    }
}

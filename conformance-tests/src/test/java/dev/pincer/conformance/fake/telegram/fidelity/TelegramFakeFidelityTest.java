package dev.pincer.conformance.fake.telegram.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.MessageEntity;
import com.pengrad.telegrambot.model.PhotoSize;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.model.request.ChatAction;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendChatAction;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.response.SendResponse;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.fake.telegram.Fault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the fake against pengrad's java-telegram-bot-api, a client written against the real Bot API: what the
 * fake answers must parse into the library's model with the right fields, and what the library sends must be
 * understood by the fake.
 */
class TelegramFakeFidelityTest {
    static final long BOT_ID = 123456789;
    static final String TOKEN = BOT_ID + ":AAHfidelityTokenOfThirtyFiveChars_-x";
    static final Instant NOW = Instant.ofEpochSecond(UpdateFixtures.DATE);

    private final FakeTelegram fake = FakeTelegram.start(TOKEN, () -> NOW);
    private final TelegramBot bot = Library.bot(fake, TOKEN);

    @AfterEach
    void close() {
        bot.shutdown();
        fake.close();
    }

    @Test
    void getMeParsesIntoTheLibrarysUser() {
        GetMeResponse response = bot.execute(new GetMe());

        assertTrue(response.isOk(), response.toString());
        User me = response.user();
        assertEquals(BOT_ID, me.id());
        assertTrue(me.isBot());
        assertEquals("pincer_test_bot", me.username());
        assertEquals("Pincer Test", me.firstName());
        assertTrue(me.canJoinGroups());
        assertFalse(me.canReadAllGroupMessages());
        assertFalse(me.supportsInlineQueries());
    }

    @Test
    void textUpdateParsesWithSenderChatAndCommandEntity() {
        long id = fake.enqueueMessage(UpdateFixtures.USER_ID, UpdateFixtures.USER_ID, "/start hello");

        Update update = single(bot.execute(new GetUpdates().limit(10).timeout(1)));

        assertEquals(id, update.updateId().longValue());
        Message message = update.message();
        assertEquals(1, message.messageId());
        assertEquals("/start hello", message.text());
        assertEquals(UpdateFixtures.DATE, message.date().longValue());
        assertEquals(UpdateFixtures.USER_ID, message.from().id());
        assertFalse(message.from().isBot());
        assertEquals(UpdateFixtures.USER_ID, message.chat().id());
        assertEquals(Chat.Type.Private, message.chat().type());
        MessageEntity command = message.entities()[0];
        assertEquals(MessageEntity.Type.bot_command, command.type());
        assertEquals(0, command.offset());
        assertEquals(6, command.length());
    }

    @Test
    void editedPhotoChannelAndCallbackUpdatesParseIntoTheirFields() {
        long first = fake.enqueueUpdate(UpdateFixtures.editedMessage());
        fake.enqueueUpdate(UpdateFixtures.photoMessage());
        fake.enqueueUpdate(UpdateFixtures.channelPost());
        long last = fake.enqueueUpdate(UpdateFixtures.callbackQuery(BOT_ID));

        List<Update> updates = bot.execute(new GetUpdates().limit(10).timeout(1)).updates();

        assertEquals(List.of(first, first + 1, first + 2, last),
                updates.stream().map(u -> u.updateId().longValue()).toList());
        Message edited = updates.get(0).editedMessage();
        assertNull(updates.get(0).message());
        assertEquals(5, edited.messageId());
        assertEquals("fixed the typo", edited.text());
        assertEquals(UpdateFixtures.DATE + 60, edited.editDate().longValue());

        Message photo = updates.get(1).message();
        PhotoSize[] sizes = photo.photo();
        assertEquals(2, sizes.length);
        assertEquals("AgACAgQAAxkBAAIBlarge", sizes[1].fileId());
        assertEquals("AQADlarge", sizes[1].fileUniqueId());
        assertEquals(1280, sizes[1].width());
        assertEquals(960, sizes[1].height());
        assertEquals(83211L, sizes[1].fileSize());
        assertEquals("the cat", photo.caption());
        assertNull(photo.text());

        Message post = updates.get(2).channelPost();
        assertEquals(UpdateFixtures.CHANNEL_ID, post.chat().id());
        assertEquals(Chat.Type.channel, post.chat().type());
        assertEquals("pincer_news", post.chat().username());
        assertEquals(UpdateFixtures.CHANNEL_ID, post.senderChat().id());
        assertNull(post.from());
        assertEquals("release 1.0", post.text());

        CallbackQuery callback = updates.get(3).callbackQuery();
        assertEquals(UpdateFixtures.CALLBACK_ID, callback.id());
        assertEquals("choice:2", callback.data());
        assertEquals(UpdateFixtures.CHAT_INSTANCE, callback.chatInstance());
        assertEquals(UpdateFixtures.USER_ID, callback.from().id());
        assertEquals(8, callback.maybeInaccessibleMessage().messageId());
        assertEquals(UpdateFixtures.USER_ID, callback.maybeInaccessibleMessage().chat().id());
    }

    @Test
    void limitAndOffsetSentByTheLibraryPageAndConfirmUpdates() {
        long a = fake.enqueueMessage(1, 1, "a");
        long b = fake.enqueueMessage(1, 1, "b");
        long c = fake.enqueueMessage(1, 1, "c");

        List<Update> page = bot.execute(new GetUpdates().limit(2).timeout(0)).updates();
        assertEquals(List.of(a, b), ids(page));
        assertEquals(0, fake.confirmedOffset());

        List<Update> next = bot.execute(new GetUpdates().offset((int) b + 1).limit(2).timeout(0)).updates();
        assertEquals(List.of(c), ids(next));
        assertEquals(b + 1, fake.confirmedOffset());
        assertEquals(1, fake.pendingUpdateCount());

        GetUpdatesResponse empty = bot.execute(new GetUpdates().offset((int) c + 1).timeout(0));
        assertTrue(empty.isOk(), empty.toString());
        assertEquals(List.of(), empty.updates());
        assertEquals(c + 1, fake.confirmedOffset());
        assertEquals(0, fake.pendingUpdateCount());
        assertEquals(List.of("2", "2", String.valueOf(b + 1)), List.of(
                param(0, "limit"), param(1, "limit"), param(1, "offset")));
    }

    @Test
    void allowedUpdatesSentByTheLibraryFilterLaterUpdates() {
        GetUpdatesResponse subscribe = bot.execute(new GetUpdates().allowedUpdates("callback_query").timeout(0));
        assertTrue(subscribe.isOk(), subscribe.toString());
        assertEquals("[\"callback_query\"]", param(0, "allowed_updates"));

        fake.enqueueMessage(UpdateFixtures.USER_ID, UpdateFixtures.USER_ID, "not subscribed");
        long callback = fake.enqueueUpdate(UpdateFixtures.callbackQuery(BOT_ID));

        Update update = single(bot.execute(new GetUpdates().timeout(0)));
        assertEquals(callback, update.updateId().longValue());
        assertEquals("choice:2", update.callbackQuery().data());
    }

    @Test
    void theLibrarysOwnPollingLoopReceivesAndConfirmsEveryUpdate() throws Exception {
        long a = fake.enqueueMessage(7, 7, "one");
        long b = fake.enqueueMessage(7, 7, "two");
        Library.Listener listener = Library.listen(bot, new GetUpdates().timeout(1));

        List<Update> received = listener.await(2);
        Library.awaitConfirmed(fake, b + 1);
        listener.stop();

        assertEquals(List.of(a, b), ids(received));
        assertArrayEquals(new String[] {"one", "two"},
                received.stream().map(u -> u.message().text()).toArray(String[]::new));
        assertEquals(List.of(), listener.errors());
        assertEquals(0, fake.pendingUpdateCount());
    }

    @Test
    void concurrentPollsThroughTheLibraryEndOneWith409() throws Exception {
        fake.setHotLoopThrottle(false);
        fake.setLongPollHold(java.time.Duration.ofSeconds(20));

        Library.TwoPolls polls = Library.twoConcurrentPolls(bot, fake);

        GetUpdatesResponse terminated = polls.first();
        assertFalse(terminated.isOk());
        assertEquals(409, terminated.errorCode());
        assertEquals("Conflict: terminated by other getUpdates request; make sure that only one bot instance is"
                + " running", terminated.description());
        long id = fake.enqueueMessage(3, 3, "for the survivor");
        GetUpdatesResponse survivor = polls.second();
        assertTrue(survivor.isOk(), survivor.toString());
        assertEquals(List.of(id), ids(survivor.updates()));
    }

    @Test
    void plainSendMessageAnswersAMessageTheLibraryParses() {
        SendResponse response = bot.execute(new SendMessage(UpdateFixtures.USER_ID, "hello"));

        Message sent = sent(response);
        assertEquals(1, sent.messageId());
        assertEquals(UpdateFixtures.USER_ID, sent.chat().id());
        assertEquals(Chat.Type.Private, sent.chat().type());
        assertEquals("hello", sent.text());
        assertEquals(BOT_ID, sent.from().id());
        assertTrue(sent.from().isBot());
        assertEquals(UpdateFixtures.DATE, sent.date().longValue());
        assertEquals("hello", fake.sentMessages().getFirst().text());
    }

    @Test
    void escapedMarkdownV2IsFormattedIntoTextAndEntities() {
        SendMessage request = new SendMessage(UpdateFixtures.USER_ID, "*Total:* 3\\.50 \\(approx\\)")
                .parseMode(ParseMode.MarkdownV2);

        Message sent = sent(bot.execute(request));

        assertEquals("Total: 3.50 (approx)", sent.text());
        MessageEntity bold = sent.entities()[0];
        assertEquals(MessageEntity.Type.bold, bold.type());
        assertEquals(0, bold.offset());
        assertEquals(6, bold.length());
        assertEquals("MarkdownV2", fake.requests("sendMessage").getFirst().params().string("parse_mode"));
    }

    @Test
    void replyParametersFromTheLibraryReplyToAnExistingMessage() {
        fake.enqueueMessage(UpdateFixtures.USER_ID, UpdateFixtures.USER_ID, "what time is it?");

        Message sent = sent(bot.execute(new SendMessage(UpdateFixtures.USER_ID, "ten o'clock")
                .replyParameters(new ReplyParameters(1))));

        assertEquals(2, sent.messageId());
        assertEquals(1, sent.replyToMessage().messageId());
        assertEquals("what time is it?", sent.replyToMessage().text());
        assertEquals(UpdateFixtures.USER_ID, sent.replyToMessage().from().id());
        assertEquals(java.util.Optional.of(1L), fake.sentMessages().getFirst().replyToMessageId());
    }

    @Test
    void replyToAMissingMessageIsTheLibrarysError400() {
        assertError(400, "Bad Request: message to be replied not found", bot.execute(
                new SendMessage(UpdateFixtures.USER_ID, "hi").replyParameters(new ReplyParameters(99))));
    }

    @Test
    void textOver4096IsTheLibrarysError400MessageIsTooLong() {
        assertTrue(bot.execute(new SendMessage(UpdateFixtures.USER_ID, "a".repeat(4096))).isOk());

        assertError(400, "Bad Request: message is too long",
                bot.execute(new SendMessage(UpdateFixtures.USER_ID, "a".repeat(4097))));
    }

    @Test
    void unescapedMarkdownV2DotIsTheLibrarysError400CantParseEntities() {
        assertError(400, "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the"
                + " preceding '\\'", bot.execute(new SendMessage(UpdateFixtures.USER_ID, "Done.")
                        .parseMode(ParseMode.MarkdownV2)));
    }

    @Test
    void wrongTokenIsTheLibrarysError401() {
        TelegramBot stranger = Library.bot(fake, BOT_ID + ":AAHsomeoneElsesTokenOfThirtyFiveChar");
        try {
            assertError(401, "Unauthorized", stranger.execute(new GetMe()));
        } finally {
            stranger.shutdown();
        }
    }

    @Test
    void blockedChatIsTheLibrarysError403ForMessagesAndActions() {
        fake.forbidChat(UpdateFixtures.USER_ID);

        assertError(403, "Forbidden: bot was blocked by the user",
                bot.execute(new SendMessage(UpdateFixtures.USER_ID, "hi")));
        assertError(403, "Forbidden: bot was blocked by the user",
                bot.execute(new SendChatAction(UpdateFixtures.USER_ID, ChatAction.typing)));
    }

    @Test
    void unknownChatIsTheLibrarysError400ChatNotFound() {
        fake.missingChat(77);

        assertError(400, "Bad Request: chat not found", bot.execute(new SendMessage(77L, "hi")));
    }

    @Test
    void floodWaitIsTheLibrarysError429WithRetryAfterParameter() {
        fake.failNext("sendMessage", Fault.tooManyRequests(7));

        SendResponse response = bot.execute(new SendMessage(UpdateFixtures.USER_ID, "hi"));

        assertError(429, "Too Many Requests: retry after 7", response);
        assertEquals(7, response.parameters().retryAfter());
        assertTrue(bot.execute(new SendMessage(UpdateFixtures.USER_ID, "hi")).isOk(), "only the next call fails");
    }

    @Test
    void migratedGroupIsTheLibrarysError400WithMigrateToChatId() {
        fake.migrateChat(-4001, -1001234500001L);

        SendResponse response = bot.execute(new SendMessage(-4001L, "hi"));

        assertError(400, "Bad Request: group chat was upgraded to a supergroup chat", response);
        assertEquals(-1001234500001L, response.parameters().migrateToChatId());
    }

    @Test
    void sendChatActionSucceeds() {
        BaseResponse response = bot.execute(new SendChatAction(UpdateFixtures.USER_ID, ChatAction.typing));

        assertTrue(response.isOk(), response.toString());
        assertEquals("typing", fake.requests("sendChatAction").getFirst().params().string("action"));
    }

    private static Message sent(SendResponse response) {
        assertTrue(response.isOk(), response.toString());
        return response.message();
    }

    private static void assertError(int code, String description, BaseResponse response) {
        assertFalse(response.isOk(), response.toString());
        assertEquals(code, response.errorCode(), response.toString());
        assertEquals(description, response.description());
    }

    private String param(int request, String name) {
        return fake.requests("getUpdates").get(request).params().string(name);
    }

    private static Update single(GetUpdatesResponse response) {
        assertTrue(response.isOk(), response.toString());
        assertEquals(1, response.updates().size(), response.updates().toString());
        return response.updates().getFirst();
    }

    private static List<Long> ids(List<Update> updates) {
        return updates.stream().map(u -> u.updateId().longValue()).toList();
    }
}

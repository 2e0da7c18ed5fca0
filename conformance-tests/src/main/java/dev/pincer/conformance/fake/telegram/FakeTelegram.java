package dev.pincer.conformance.fake.telegram;

import com.sun.net.httpserver.HttpServer;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A faithful fake of the Telegram Bot API on 127.0.0.1, for conformance checks.
 *
 * <p>It routes {@code /bot<token>/<method>} like {@code api.telegram.org}, keeps {@code getUpdates} offsets and
 * long polls as the real server does (one waiting poll; a newer one terminates it with 409), parses
 * {@code sendMessage} text in MarkdownV2, HTML and Markdown with Telegram's error messages, and can be scripted
 * to fail with {@link Fault}s. Requests are recorded with the supplied virtual clock; waits use real time.
 * All methods are thread-safe.
 */
public final class FakeTelegram implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18}):[A-Za-z0-9_-]+");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String token;
    private final Supplier<Instant> clock;
    private final UpdateQueue updates = new UpdateQueue();
    private final Chats chats = new Chats();
    private final FaultPlan faults = new FaultPlan();
    private final RequestLog log = new RequestLog();
    private final List<SentMessage> sent = new ArrayList<>();
    private final SendMessageMethod sendMessage;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeTelegram(String token, long botId, Supplier<Instant> clock) throws IOException {
        this.token = token;
        this.clock = clock;
        this.sendMessage = new SendMessageMethod(chats, botId, this::recordSent);
        BotMethods methods = new BotMethods(updates, chats, sendMessage, botId);
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext("/", new TelegramHandler(token, clock, faults, log, methods));
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a fake on 127.0.0.1 with a free port.
     *
     * @param validToken the one token accepted, like {@code 123456:ABC-def}; its number is the bot's user id
     * @param clock the virtual time stamped on records, messages and updates
     * @throws IllegalArgumentException if the token does not look like a bot token
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeTelegram start(String validToken, Supplier<Instant> clock) {
        Objects.requireNonNull(validToken, "validToken");
        Objects.requireNonNull(clock, "clock");
        var matcher = TOKEN.matcher(validToken);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a bot token looks like <bot id>:<secret>, e.g. 123456:ABC-def_1;"
                    + " got a value of " + validToken.length() + " characters that does not");
        }
        try {
            return new FakeTelegram(validToken, Long.parseLong(matcher.group(1)), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the fake Telegram server on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://api.telegram.org}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The URI of {@code method} with the valid token: {@code http://127.0.0.1:PORT/bot<token>/<method>}. */
    public URI methodUri(String method) {
        Objects.requireNonNull(method, "method");
        return baseUri().resolve("/bot" + token + "/" + method);
    }

    /**
     * Queues a {@code message} update: a text message from user {@code fromId} in chat {@code chatId} (private
     * for positive ids, a group for negative ones), dated by the clock, with the chat's next message id.
     *
     * @return the {@code update_id} it got
     */
    public long enqueueMessage(long chatId, long fromId, String text) {
        Objects.requireNonNull(text, "text");
        if (chatId == 0 || fromId <= 0) {
            throw new IllegalArgumentException("a message needs a non-zero chat id (positive: private chat, negative:"
                    + " group) and a positive user id; got chatId=" + chatId + ", fromId=" + fromId);
        }
        int messageId = chats.nextMessageId(chatId);
        JsonObject message = TelegramObjects.textMessage(messageId, fromId, chats.chatJson(chatId), clock.get(), text);
        chats.remember(message);
        return updates.enqueue(Json.object().put("message", message).build());
    }

    /**
     * Queues any update body, e.g. {@code {"edited_message":{…}}}; the fake puts the next {@code update_id} first.
     *
     * @return the {@code update_id} it got
     * @throws IllegalArgumentException if the text is not a JSON object or already has an {@code update_id}
     */
    public long enqueueUpdate(String updateJsonWithoutUpdateId) {
        JsonObject body = parseUpdate(updateJsonWithoutUpdateId, "enqueueUpdate");
        if (body.members().containsKey("update_id")) {
            throw new IllegalArgumentException("enqueueUpdate assigns update_id itself; use enqueueRaw to send an"
                    + " update with a chosen update_id: " + updateJsonWithoutUpdateId);
        }
        rememberMessages(body);
        return updates.enqueue(body);
    }

    /**
     * Queues a complete update exactly as given, {@code update_id} included, for stale or duplicate ids. It is
     * delivered at least once even when its id is already below the confirmed offset.
     *
     * @throws IllegalArgumentException if the text is not a JSON object with a whole-number {@code update_id}
     */
    public void enqueueRaw(String completeUpdateJson) {
        JsonObject update = parseUpdate(completeUpdateJson, "enqueueRaw");
        rememberMessages(update);
        updates.enqueueRaw(update);
    }

    /** Queues {@code fault} for the next call of {@code method} (case-insensitive; {@code "*"} = any method). */
    public void failNext(String method, Fault fault) {
        faults.failNext(method, fault);
    }

    /** Answers every call of {@code method} with {@code fault} (after queued ones) until {@link #clearFaults()}. */
    public void failAlways(String method, Fault fault) {
        faults.failAlways(method, fault);
    }

    /** Removes all queued and standing faults. */
    public void clearFaults() {
        faults.clear();
    }

    /** The longest real time a {@code getUpdates} waits when nothing is pending: min(timeout, this). Default 100 ms. */
    public void setLongPollHold(Duration maxRealHold) {
        Objects.requireNonNull(maxRealHold, "maxRealHold");
        if (maxRealHold.isNegative()) {
            throw new IllegalArgumentException("the long-poll hold must not be negative, was " + maxRealHold);
        }
        updates.setLongPollHold(maxRealHold);
    }

    /** When true, a {@code getUpdates} with timeout > 0 waits until an update arrives or the fake closes. */
    public void holdPollsUntilClosed(boolean hold) {
        updates.holdUntilClosed(hold);
    }

    /**
     * Switches the real server's anti-hot-loop rule (on by default): re-polling the same offset within 3 s with a
     * timeout under 3 gets timeout 3, and within 0.5 s gets limit 1.
     */
    public void setHotLoopThrottle(boolean on) {
        updates.hotLoopThrottle(on);
    }

    /** The {@code update_id} the next enqueued update gets (default 100000001). */
    public void setNextUpdateId(long updateId) {
        if (updateId <= 0) {
            throw new IllegalArgumentException("update ids are positive, was " + updateId);
        }
        updates.setNextUpdateId(updateId);
    }

    /** Sets a webhook as {@code setWebhook} would ({@code ""} removes it); while set, getUpdates answers 409. */
    public void setWebhookUrl(String url) {
        updates.setWebhook(Objects.requireNonNull(url, "url"), false);
    }

    /** Makes sendMessage and sendChatAction to this chat fail with 403 (blocked by the user / kicked). */
    public void forbidChat(long chatId) {
        chats.block(chatId);
    }

    /** Makes sendMessage and sendChatAction to this chat fail with 400 {@code Bad Request: chat not found}. */
    public void missingChat(long chatId) {
        chats.markMissing(chatId);
    }

    /**
     * Turns group {@code fromChatId} into supergroup {@code toChatId}: sending to the old id then fails with 400
     * {@code group chat was upgraded to a supergroup chat} and {@code parameters.migrate_to_chat_id}.
     */
    public void migrateChat(long fromChatId, long toChatId) {
        if (fromChatId >= 0 || toChatId > -1_000_000_000_000L) {
            throw new IllegalArgumentException("a group (negative id) migrates to a supergroup (id -100…); got "
                    + fromChatId + " -> " + toChatId);
        }
        chats.migrate(fromChatId, toChatId);
    }

    /**
     * Counts the 4096 limit in Unicode code points, as TDLib does, instead of UTF-16 units (the default, which
     * is what the Pincer spec requires of integrations).
     */
    public void countLengthInCodePoints(boolean codePoints) {
        sendMessage.countCodePoints(codePoints);
    }

    /** Every request in arrival order; ones still being answered have status 0. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** The requests for {@code method} (case-insensitive), in arrival order. */
    public List<RecordedRequest> requests(String method) {
        return log.snapshot(Objects.requireNonNull(method, "method"));
    }

    /** Every message sendMessage accepted, in order. */
    public List<SentMessage> sentMessages() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The highest getUpdates offset that confirmed at least one update; 0 if none did. */
    public long confirmedOffset() {
        return updates.confirmedOffset();
    }

    /** How many updates are queued and not yet confirmed. */
    public int pendingUpdateCount() {
        return updates.pendingCount();
    }

    /** Stops the server; polls still waiting are answered with no updates first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        updates.close();
        server.stop(0); // pending polls were answered above; waiting for idle keep-alive connections only costs time
        executor.shutdownNow();
    }

    private void recordSent(SentMessage message) {
        synchronized (sent) {
            sent.add(message);
        }
    }

    private void rememberMessages(JsonObject update) {
        update.members().values().forEach(value -> {
            if (value instanceof JsonObject message && message.has("message_id") && message.has("chat")) {
                chats.remember(message);
            }
        });
    }

    private static JsonObject parseUpdate(String json, String caller) {
        Objects.requireNonNull(json, "json");
        try {
            JsonObject update = Json.parseObject(json);
            if (update.members().isEmpty()) {
                throw new IllegalArgumentException(caller + " needs an update with a body such as"
                        + " {\"message\":{…}}, got {}");
            }
            return update;
        } catch (JsonException e) {
            throw new IllegalArgumentException(caller + " needs one JSON object: " + e.getMessage(), e);
        }
    }
}

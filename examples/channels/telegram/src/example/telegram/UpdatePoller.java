package example.telegram;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Optional;

/**
 * One {@code receive} round: a {@code getUpdates} long poll, then each update handed to the inbox in order.
 *
 * <p>The offset only moves past an update once the inbox accepted it (or the update carries nothing
 * to deliver), and it is stored after every update, so a crash at any point re-delivers at most the
 * update in hand, which the runtime recognises as a duplicate. Used by the receiving thread only.
 */
final class UpdatePoller {
    /** Seconds Telegram holds a poll open when nothing arrives; the server allows up to 50. */
    static final int POLL_TIMEOUT_SECONDS = 30;
    /** The HTTP timeout must outlast the poll, or every quiet poll would end in a timeout error. */
    static final Duration POLL_HTTP_TIMEOUT = Duration.ofSeconds(40);
    private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

    private final ChannelContext context;
    private final BotApi api;
    private final StopFlag stopping;
    private final OffsetStore offsets;
    private final Backoff backoff;

    UpdatePoller(ChannelContext context, BotApi api, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.stopping = stopping;
        this.offsets = new OffsetStore(context.state(), context.log());
        this.backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), context.random());
    }

    ReceiveResult poll() throws InterruptedException {
        stopping.check();
        Optional<Long> offset = offsets.load();
        JsonObject.Builder parameters = Json.object();
        offset.ifPresent(value -> parameters.put("offset", value)); // none yet: Telegram starts from the oldest
        parameters.put("timeout", POLL_TIMEOUT_SECONDS);
        ApiResult result = api.call("getUpdates", parameters.build(), POLL_HTTP_TIMEOUT);
        return switch (result) {
            case ApiResult.Ok ok -> deliver(ok.result(), offset);
            case ApiResult.Error error -> failed(error);
            case ApiResult.Malformed malformed -> new ReceiveResult.RetryAfter(backoff.next(),
                    "getUpdates returned a body that is not a Telegram response: " + malformed.problem());
            case ApiResult.NoResponse none -> none.kind() == EgressException.Kind.REFUSED
                    // The runtime will refuse the same request every time: only the owner can fix this.
                    ? new ReceiveResult.Stop("getUpdates failed: " + none.describe())
                    : new ReceiveResult.RetryAfter(backoff.next(), "getUpdates failed: " + none.describe());
        };
    }

    private ReceiveResult deliver(Json result, Optional<Long> storedOffset) throws InterruptedException {
        if (!(result instanceof JsonArray updates)) {
            return new ReceiveResult.RetryAfter(backoff.next(),
                    "getUpdates returned " + result.kind() + " where Telegram sends an array of updates");
        }
        long offset = storedOffset.orElse(Long.MIN_VALUE);
        for (Json element : updates) {
            stopping.check(); // the offset stored so far is consistent: stopping here loses nothing
            if (!(element instanceof JsonObject update) || !update.has("update_id")) {
                // Without an update_id the offset cannot move past it; a later update's id will.
                context.log().warn("skipping an item in the getUpdates result that has no update_id");
                continue;
            }
            long updateId;
            try {
                updateId = update.longValue("update_id");
            } catch (RuntimeException e) {
                context.log().warn("skipping an update whose update_id is not a whole number");
                continue;
            }
            if (updateId < offset) {
                continue; // already handled: Telegram re-sent an update this channel acknowledged
            }
            Optional<InboundMessage> message = map(update, updateId);
            if (message.isPresent()) {
                Acceptance acceptance = context.inbox().deliver(message.get());
                if (acceptance instanceof Acceptance.Unavailable unavailable) {
                    // Do not acknowledge this update, and do not deliver later ones before it.
                    offsets.save(updateId);
                    return new ReceiveResult.RetryAfter(backoff.next(), "runtime unavailable: " + unavailable.reason());
                }
            }
            offset = updateId + 1;
            offsets.save(offset);
        }
        backoff.reset();
        return new ReceiveResult.Continue();
    }

    /** Maps one update; a malformed one is logged and skipped, so it cannot block the updates behind it. */
    private Optional<InboundMessage> map(JsonObject update, long updateId) {
        try {
            return UpdateMapper.map(update);
        } catch (RuntimeException e) {
            context.log().warn("skipping update " + updateId + " that could not be read: "
                    + api.redact(shorten(e.getMessage())));
            return Optional.empty();
        }
    }

    private ReceiveResult failed(ApiResult.Error error) {
        int code = error.code();
        String description = error.description();
        if (code == 401) {
            return new ReceiveResult.Stop("Telegram answered 401 Unauthorized: the bot token was revoked or is wrong;"
                    + " set a valid one with: pincer secret set TELEGRAM_BOT_TOKEN");
        }
        if (code == 409) {
            String reason = "409 Conflict: " + description + " (another poller or a webhook is active)";
            context.log().warn("getUpdates: " + reason);
            return new ReceiveResult.RetryAfter(backoff.next(), reason);
        }
        if (code == 429) {
            Duration wait = error.retryAfter()
                    .map(asked -> asked.compareTo(MIN_RATE_LIMIT_WAIT) < 0 ? MIN_RATE_LIMIT_WAIT : asked)
                    .orElseGet(backoff::next);
            return new ReceiveResult.RetryAfter(wait, "429 Too Many Requests on getUpdates: " + description
                    + "; polling again in " + wait.toMillis() + " ms");
        }
        // 5xx, and any other refusal: nothing this channel can fix, so wait longer each time and try again.
        return new ReceiveResult.RetryAfter(backoff.next(), "getUpdates failed with " + code + ": " + description);
    }

    private static String shorten(String text) {
        String safe = text == null ? "(no detail)" : text;
        return safe.length() <= 300 ? safe : safe.substring(0, 300) + "…";
    }
}

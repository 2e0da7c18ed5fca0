package example.discord;

import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends one outbound message with Create Message, split into parts, each retried within limits.
 *
 * <p>Per part at most {@link #MAX_ATTEMPTS} attempts, each with the same nonce:
 * <ul>
 *   <li>429: hold the route (or every route, when global) for {@code retry_after}; wait it out, or
 *       hand it back to the runtime ({@code RetryLater}) when over {@link #LONGEST_BLOCKING_WAIT};
 *   <li>5xx, an unreadable answer or a network error: wait with backoff and try again;
 *   <li>401: fail, the token is wrong; any other 4xx: fail with Discord's message.
 * </ul>
 * Before every request the route's known limits are waited out. Thread-safe: per-message state lives in the call.
 */
final class MessageSender {
    static final int MAX_ATTEMPTS = 5;
    static final Duration LONGEST_BLOCKING_WAIT = Duration.ofSeconds(60);

    private final ChannelContext context;
    private final RestApi api;
    private final RateLimits limits;
    private final StopFlag stopping;

    MessageSender(ChannelContext context, RestApi api, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.limits = new RateLimits(context.clock());
        this.stopping = stopping;
    }

    SendResult send(OutboundMessage message) throws InterruptedException {
        stopping.check();
        if (!message.conversation().matches("[0-9]{1,20}")) {
            return new SendResult.Failed("'" + message.conversation() + "' is not a Discord channel id (a snowflake of digits)");
        }
        List<String> parts = TextSplitter.split(message.text(), TextSplitter.DISCORD_LIMIT);
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < parts.size(); index++) {
            JsonObject.Builder body = Json.object()
                    .put("content", MarkdownEscaper.escape(parts.get(index)))
                    .put("nonce", Nonce.of(message.id(), index))
                    .put("enforce_nonce", true)
                    .put("allowed_mentions", Json.object().put("parse", Json.array(List.of())).build());
            if (index == 0 && message.replyTo().filter(id -> id.matches("[0-9]{1,20}")).isPresent()) {
                body.put("message_reference", Json.object().put("message_id", message.replyTo().get())
                        .put("fail_if_not_exists", false).build());
            }
            Outcome outcome = sendPart(message.conversation(), body.build());
            switch (outcome) {
                case Outcome.Sent sent -> ids.add(sent.id());
                case Outcome.Ended ended -> {
                    return ended.result();
                }
            }
        }
        return new SendResult.Delivered(ids);
    }

    private sealed interface Outcome {
        record Sent(String id) implements Outcome {}

        record Ended(SendResult result) implements Outcome {}
    }

    private Outcome sendPart(String channelId, JsonObject body) throws InterruptedException {
        String route = "channels/" + channelId;
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), context.random());
        String lastProblem = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Duration hold = limits.waitFor(route);
            if (hold.compareTo(LONGEST_BLOCKING_WAIT) > 0) {
                return new Outcome.Ended(new SendResult.RetryLater(hold, "Discord rate limit: "
                        + (lastProblem.isEmpty() ? "the route is held" : lastProblem)));
            }
            if (!hold.isZero()) {
                context.clock().sleep(hold);
            }
            stopping.check();
            RestResult result = api.post("/" + route + "/messages", body);
            Duration wait = Duration.ZERO;
            switch (result) {
                case RestResult.Ok ok -> {
                    ok.bucketEmptyFor().ifPresent(reset -> limits.hold(route, reset, false));
                    Optional<String> id = ok.body().optString("id");
                    if (id.isPresent()) {
                        return new Outcome.Sent(id.get());
                    }
                    lastProblem = "Create Message returned no id";
                    wait = backoff.next();
                }
                case RestResult.Error error when error.status() == 429 -> {
                    lastProblem = error.describe();
                    Duration retryAfter = error.retryAfter().orElseGet(backoff::next);
                    limits.hold(route, retryAfter, error.global());
                    if (retryAfter.compareTo(LONGEST_BLOCKING_WAIT) > 0) {
                        return new Outcome.Ended(new SendResult.RetryLater(retryAfter, "Discord rate limit: " + lastProblem));
                    }
                }
                case RestResult.Error error when error.status() == 401 -> {
                    return new Outcome.Ended(new SendResult.Failed("Discord rejected the bot token (" + error.describe()
                            + "); set a valid one with: pincer secret set " + DiscordChannel.TOKEN_SECRET));
                }
                case RestResult.Error error when error.serverError() -> {
                    lastProblem = error.describe();
                    wait = backoff.next();
                }
                case RestResult.Error error -> {
                    return new Outcome.Ended(new SendResult.Failed("Discord refused the message: " + error.describe()));
                }
                case RestResult.Malformed malformed -> {
                    lastProblem = "Create Message answered " + malformed.status() + " with " + malformed.problem();
                    wait = backoff.next();
                }
                case RestResult.NoResponse none -> {
                    if (!none.transientFailure()) {
                        return new Outcome.Ended(new SendResult.Failed("Create Message failed: " + none.describe()));
                    }
                    lastProblem = "Create Message failed: " + none.describe();
                    wait = backoff.next();
                }
            }
            if (attempt < MAX_ATTEMPTS && !wait.isZero()) {
                context.clock().sleep(wait);
            }
        }
        return new Outcome.Ended(new SendResult.Failed("gave up after " + MAX_ATTEMPTS + " attempts: " + lastProblem));
    }
}

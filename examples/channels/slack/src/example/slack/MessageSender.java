package example.slack;

import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends one outbound message with {@code chat.postMessage}, split into parts, each retried within limits.
 *
 * <p>Text is escaped for mrkdwn and sent with {@code "mrkdwn": false}, so Slack shows every
 * character as written. Per part, at most {@link #MAX_ATTEMPTS} attempts:
 * <ul>
 *   <li>429: wait {@code Retry-After}, or hand a wait over {@link #LONGEST_BLOCKING_WAIT} back to
 *       the runtime ({@code RetryLater});
 *   <li>5xx, a malformed body, a network error, or {@code internal_error}-like codes: back off and retry;
 *   <li>{@code invalid_auth}-like codes: fail and stop the channel; any other error: fail at once.
 * </ul>
 * Safe to use from several threads: per-message state lives in the call.
 */
final class MessageSender {
    static final int MAX_ATTEMPTS = 5;
    static final Duration LONGEST_BLOCKING_WAIT = Duration.ofSeconds(60);

    private final ChannelContext context;
    private final WebApi api;
    private final BotIdentity bot;
    private final StopFlag stopping;

    MessageSender(ChannelContext context, WebApi api, BotIdentity bot, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.bot = bot;
        this.stopping = stopping;
    }

    SendResult send(OutboundMessage message) throws InterruptedException {
        stopping.check();
        List<String> parts = TextSplitter.split(message.text());
        SentParts sent = SentParts.load(context.state(), message.id());
        String conversation = message.conversation();
        int slash = conversation.indexOf('/');
        String channel = slash < 0 ? conversation : conversation.substring(0, slash);
        Optional<String> thread = slash < 0 ? message.replyTo() : Optional.of(conversation.substring(slash + 1));
        for (int index = sent.count(); index < parts.size(); index++) {
            stopping.check();
            JsonObject.Builder parameters = Json.object().put("channel", channel)
                    .put("text", Mrkdwn.escape(parts.get(index))).put("mrkdwn", false);
            thread.ifPresent(ts -> parameters.put("thread_ts", ts));
            switch (sendPart(parameters.build())) {
                case PartOutcome.Sent delivered -> sent.add(delivered.ts());
                case PartOutcome.Ended ended -> {
                    return ended.result();
                }
            }
        }
        return new SendResult.Delivered(sent.messageIds());
    }

    /** Either the part's ts, or the result that ends this send. */
    private sealed interface PartOutcome {
        record Sent(String ts) implements PartOutcome {}

        record Ended(SendResult result) implements PartOutcome {}
    }

    private PartOutcome sendPart(JsonObject parameters) throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), context.random());
        String lastProblem = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            stopping.check();
            Duration wait;
            switch (api.call("chat.postMessage", parameters)) {
                case ApiResult.Ok ok -> {
                    Optional<String> ts = ok.body().optString("ts");
                    if (ts.isPresent()) {
                        return new PartOutcome.Sent(ts.get());
                    }
                    lastProblem = "chat.postMessage returned no ts";
                    wait = backoff.next();
                }
                case ApiResult.Error error when error.credentials() -> {
                    return ended(new SendResult.Failed(bot.rejected(error.code())));
                }
                case ApiResult.Error error when error.transientFailure() -> {
                    lastProblem = "Slack answered " + error.code();
                    wait = backoff.next();
                }
                case ApiResult.Error error -> {
                    return ended(new SendResult.Failed("Slack refused the message: " + error.code()));
                }
                case ApiResult.RateLimited limited -> {
                    lastProblem = "429 ratelimited";
                    wait = limited.retryAfter().orElseGet(backoff::next);
                    if (wait.compareTo(LONGEST_BLOCKING_WAIT) > 0) {
                        return ended(new SendResult.RetryLater(wait, lastProblem + ": Slack asked to wait " + wait.toSeconds() + " s"));
                    }
                }
                case ApiResult.HttpStatus status when status.serverError() -> {
                    lastProblem = "HTTP " + status.status() + " from chat.postMessage";
                    wait = backoff.next();
                }
                case ApiResult.HttpStatus status -> {
                    return ended(new SendResult.Failed("Slack refused the message with HTTP " + status.status()));
                }
                case ApiResult.Malformed malformed -> {
                    lastProblem = "chat.postMessage: " + malformed.problem();
                    wait = backoff.next();
                }
                case ApiResult.NoResponse none -> {
                    if (!none.transientFailure()) {
                        return ended(new SendResult.Failed("chat.postMessage failed: " + none.describe()));
                    }
                    lastProblem = "chat.postMessage failed: " + none.describe();
                    wait = backoff.next();
                }
            }
            if (attempt < MAX_ATTEMPTS) {
                context.clock().sleep(wait);
            }
        }
        return ended(new SendResult.Failed("gave up after " + MAX_ATTEMPTS + " attempts: " + lastProblem));
    }

    private static PartOutcome ended(SendResult result) {
        return new PartOutcome.Ended(result);
    }
}

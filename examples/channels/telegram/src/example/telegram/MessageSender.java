package example.telegram;

import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends one outbound message with {@code sendMessage}, split into parts, each retried within limits.
 *
 * <p>Text goes out as plain text (no {@code parse_mode}), so Telegram shows every character exactly
 * as written and nothing needs escaping. Per part, at most {@link #MAX_ATTEMPTS} attempts:
 * <ul>
 *   <li>429: wait the {@code retry_after} Telegram asks for, or hand the wait back to the runtime
 *       ({@code RetryLater}) when it is over {@link #LONGEST_BLOCKING_WAIT};
 *   <li>5xx, a malformed response, a network error or a timeout: wait with backoff and try again;
 *   <li>any other error (400 chat not found, 403 blocked by the user, 401 …): fail at once, since
 *       sending the same request again would get the same answer.
 * </ul>
 * Safe to use from several threads: all per-message state lives in the call.
 */
final class MessageSender {
    static final int MAX_ATTEMPTS = 5;
    static final Duration LONGEST_BLOCKING_WAIT = Duration.ofSeconds(60);

    private final ChannelContext context;
    private final BotApi api;
    private final StopFlag stopping;

    MessageSender(ChannelContext context, BotApi api, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.stopping = stopping;
    }

    SendResult send(OutboundMessage message) throws InterruptedException {
        stopping.check();
        List<String> parts = TextSplitter.split(message.text());
        SentParts sent = SentParts.load(context.state(), message.id());
        Json chatId = chatId(message.conversation());
        for (int index = sent.count(); index < parts.size(); index++) {
            stopping.check();
            // No parse_mode: plain text, so Telegram interprets no character as formatting.
            JsonObject.Builder parameters = Json.object().put("chat_id", chatId).put("text", parts.get(index));
            if (index == 0) { // only the first part is the reply; the rest follow it
                replyTo(message).ifPresent(id ->
                        parameters.put("reply_parameters", Json.object().put("message_id", id).build()));
            }
            PartOutcome outcome = sendPart(parameters.build());
            switch (outcome) {
                case PartOutcome.Sent delivered -> sent.add(delivered.messageId());
                case PartOutcome.Ended ended -> {
                    return ended.result();
                }
            }
        }
        return new SendResult.Delivered(sent.messageIds());
    }

    /** Either the part's message_id, or the result that ends this send. */
    private sealed interface PartOutcome {
        record Sent(String messageId) implements PartOutcome {}

        record Ended(SendResult result) implements PartOutcome {}
    }

    private PartOutcome sendPart(JsonObject parameters) throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), context.random());
        String lastProblem = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            stopping.check();
            ApiResult result = api.call("sendMessage", parameters, Duration.ofSeconds(30));
            Duration wait;
            switch (result) {
                case ApiResult.Ok ok -> {
                    Optional<String> messageId = messageId(ok.result());
                    if (messageId.isPresent()) {
                        return new PartOutcome.Sent(messageId.get());
                    }
                    lastProblem = "sendMessage returned no message_id";
                    wait = backoff.next();
                }
                case ApiResult.Error error when error.code() == 429 -> {
                    lastProblem = "429 Too Many Requests: " + error.description();
                    wait = error.retryAfter().orElseGet(backoff::next);
                    if (wait.compareTo(LONGEST_BLOCKING_WAIT) > 0) {
                        // Blocking this long would hold up the conversation; let the runtime schedule it.
                        return new PartOutcome.Ended(new SendResult.RetryLater(wait, lastProblem));
                    }
                }
                case ApiResult.Error error when error.serverError() -> {
                    lastProblem = error.code() + ": " + error.description();
                    wait = backoff.next();
                }
                case ApiResult.Error error -> {
                    return new PartOutcome.Ended(new SendResult.Failed(
                            "Telegram refused the message (" + error.code() + "): " + error.description()));
                }
                case ApiResult.Malformed malformed -> {
                    lastProblem = "sendMessage returned a body that is not a Telegram response: " + malformed.problem();
                    wait = backoff.next();
                }
                case ApiResult.NoResponse none -> {
                    if (!none.transientFailure()) {
                        return new PartOutcome.Ended(new SendResult.Failed("sendMessage failed: " + none.describe()));
                    }
                    lastProblem = "sendMessage failed: " + none.describe();
                    wait = backoff.next();
                }
            }
            if (attempt < MAX_ATTEMPTS) {
                context.clock().sleep(wait);
            }
        }
        return new PartOutcome.Ended(
                new SendResult.Failed("gave up after " + MAX_ATTEMPTS + " attempts: " + lastProblem));
    }

    /** A numeric conversation is a chat id and goes as a JSON number; anything else (an @username) as a string. */
    static Json chatId(String conversation) {
        try {
            return Json.of(Long.parseLong(conversation));
        } catch (NumberFormatException e) {
            return Json.of(conversation);
        }
    }

    private Optional<Long> replyTo(OutboundMessage message) {
        Optional<String> replyTo = message.replyTo();
        if (replyTo.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(replyTo.get()));
        } catch (NumberFormatException e) {
            context.log().warn("not replying to message '" + replyTo.get() + "': Telegram message ids are numbers");
            return Optional.empty();
        }
    }

    private static Optional<String> messageId(Json result) {
        try {
            return result instanceof JsonObject sentMessage
                    ? Optional.of(Long.toString(sentMessage.longValue("message_id")))
                    : Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}

package example.anthropic;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code complete}: up to 3 attempts. Rate limits (429, and the overload status 529) wait what Anthropic asks,
 * or 5 s, when that is at most 10 s; transient failures (other 5xx, network errors, time-outs) back off 1 s, 2 s,
 * jittered. Context-length errors, refused keys and other 4xx end at once. Not thread-safe: one per call.
 */
final class Attempts {
    static final int MAX_ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(5);

    private final IntegrationContext context;
    private final MessagesApi api;
    private final StopFlag stopping;
    private final Backoff backoff;

    Attempts(IntegrationContext context, MessagesApi api, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.stopping = stopping;
        this.backoff = new Backoff(context.random());
    }

    /** Sends {@code body} until an answer decides the outcome or the attempts run out. */
    ModelResult run(String body) throws InterruptedException {
        Duration wait = Duration.ZERO;
        String failure = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            stopping.check();
            ApiAnswer answer = api.send(body);
            Optional<ModelResult> decided = decide(answer);
            if (decided.isPresent()) {
                return decided.get();
            }
            failure = describe(answer);
            wait = wait(answer);
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                return new ModelResult.RetryAfter(wait, "Anthropic asked to wait " + wait.toSeconds() + " s: " + failure);
            }
            if (attempt < MAX_ATTEMPTS) {
                context.log().warn("Anthropic call failed (" + failure + "); attempt " + (attempt + 1) + " of " + MAX_ATTEMPTS
                        + " in " + wait.toMillis() + " ms");
                context.clock().sleep(wait);
            }
        }
        return new ModelResult.RetryAfter(wait, "Anthropic failed " + MAX_ATTEMPTS + " attempts; the last: " + failure);
    }

    /** The outcome an answer settles, or empty when it is worth another attempt. */
    private static Optional<ModelResult> decide(ApiAnswer answer) {
        return switch (answer) {
            case ApiAnswer.Message message -> Optional.of(ReplyReader.read(message.body()));
            case ApiAnswer.Unreadable unreadable -> Optional.of(new ModelResult.Failed("Anthropic's answer could not be read: "
                    + unreadable.problem()));
            case ApiAnswer.NoAnswer none -> none.kind() == dev.pincer.spi.EgressException.Kind.NETWORK
                    || none.kind() == dev.pincer.spi.EgressException.Kind.TIMEOUT
                    ? Optional.empty() : Optional.of(new ModelResult.Failed(none.describe()));
            case ApiAnswer.Error error -> decideError(error);
        };
    }

    private static Optional<ModelResult> decideError(ApiAnswer.Error error) {
        int status = error.status();
        if (contextLength(error)) {
            return Optional.of(new ModelResult.ContextTooLong(error.message()));
        }
        if (status == 401 || status == 403) {
            return Optional.of(new ModelResult.Failed("Anthropic refused the API key (" + error.describe() + "); check the secret "
                    + AnthropicModel.KEY_SECRET + ": pincer secret set " + AnthropicModel.KEY_SECRET));
        }
        if (status == 429 && error.errorCode().filter("enforced_spend_limit_reached"::equals).isPresent()) {
            return Optional.of(new ModelResult.Failed("Anthropic's monthly spend limit is reached (" + error.describe() + ")"));
        }
        if (status == 429 || status >= 500) {
            return Optional.empty();
        }
        return Optional.of(new ModelResult.Failed("Anthropic refused the request (" + error.describe() + ")"));
    }

    /** The profile's context-length errors: 413, and a 400 whose message says the prompt is too long. */
    static boolean contextLength(ApiAnswer.Error error) {
        String message = error.message().toLowerCase(Locale.ROOT);
        return error.status() == 413
                || error.status() == 400 && (message.startsWith("prompt is too long") || message.contains("exceed context limit"));
    }

    /** The wait before the next attempt: Anthropic's, or 5 s, for a rate limit; the backoff otherwise. */
    private Duration wait(ApiAnswer answer) {
        if (answer instanceof ApiAnswer.Error error && (error.status() == 429 || error.status() == 529)) {
            return error.retryAfter().orElse(DEFAULT_RATE_LIMIT_WAIT);
        }
        return backoff.next();
    }

    private static String describe(ApiAnswer answer) {
        return switch (answer) {
            case ApiAnswer.Error error -> error.describe();
            case ApiAnswer.NoAnswer none -> none.describe();
            case ApiAnswer.Message message -> "an answer";
            case ApiAnswer.Unreadable unreadable -> unreadable.problem();
        };
    }
}

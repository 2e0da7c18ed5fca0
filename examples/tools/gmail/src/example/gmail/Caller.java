package example.gmail;

import dev.pincer.spi.Clock;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Calls the API the way the tool spec asks: reads are retried after transient failures with jittered
 * backoff, at most 3 attempts; changes are sent once, because Gmail has no idempotency key; rate limits of
 * up to 10 s are waited out on the context clock, longer ones become {@code RetryAfter}.
 */
final class Caller {
    private static final int ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY_LATER = Duration.ofSeconds(30);

    private final RestApi api;
    private final Clock clock;
    private final RandomGenerator random;

    Caller(RestApi api, Clock clock, RandomGenerator random) {
        this.api = api;
        this.clock = clock;
        this.random = random;
    }

    /** Reads {@code relative}; {@code doing} names the action for reasons, such as "reading message 18c2f". */
    Reply read(String doing, String relative) throws InterruptedException {
        return call(doing, relative, null);
    }

    /** Sends a change once (rate limits aside). */
    Reply change(String doing, String relative, JsonObject body) throws InterruptedException {
        return call(doing, relative, body);
    }

    private Reply call(String doing, String relative, JsonObject body) throws InterruptedException {
        boolean change = body != null;
        Backoff backoff = new Backoff(random);
        for (int attempt = 1; ; attempt++) {
            Answer answer = change ? api.post(relative, body) : api.get(relative);
            String failure;
            switch (answer) {
                case Answer.NoResponse none -> {
                    if (none.kind() == EgressException.Kind.REFUSED || none.kind() == EgressException.Kind.TOO_LARGE) {
                        return fail("the runtime did not let the request for " + doing + " through (" + none.kind() + ")");
                    }
                    failure = "the connection to Gmail failed (" + none.kind() + ")";
                }
                case Answer.Response response -> {
                    if (response.http().successful()) {
                        if (response.body().orElse(null) instanceof JsonObject data) {
                            return new Reply.Data(data);
                        }
                        failure = "Gmail answered " + response.status() + " with a body that is not a JSON object";
                    } else {
                        Optional<Duration> wait = RateLimits.waitFor(response);
                        if (wait.isPresent()) {
                            if (wait.get().compareTo(LONGEST_WAIT) > 0 || attempt >= ATTEMPTS) {
                                return new Reply.Final(new ToolOutcome.RetryAfter(wait.get(), "Gmail's rate limit ("
                                        + response.status() + " " + response.message() + "); try again in " + wait.get().toSeconds() + " s"));
                            }
                            clock.sleep(wait.get());
                            continue;
                        }
                        if (response.status() < 500) {
                            return fail(Refusals.reason(response, doing));
                        }
                        failure = "Gmail answered " + response.status() + " (" + response.message() + ")";
                    }
                }
            }
            if (change) {
                return fail(failure + " while " + doing + "; whether it took effect is unknown, look in the mailbox"
                        + " before trying again");
            }
            if (attempt >= ATTEMPTS) {
                return new Reply.Final(new ToolOutcome.RetryAfter(RETRY_LATER, failure + " " + ATTEMPTS + " times while " + doing));
            }
            clock.sleep(backoff.next());
        }
    }

    private static Reply fail(String reason) {
        return new Reply.Final(new ToolOutcome.Failed(reason));
    }
}

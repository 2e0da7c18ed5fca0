package example.github;

import dev.pincer.spi.Clock;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Calls the API the way the tool spec asks: reads are retried after transient failures with jittered
 * backoff, at most 3 attempts; changes are sent once, because GitHub has no idempotency key; rate limits of
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

    /** Reads {@code pathAndQuery}; {@code doing} names the action for reasons, such as "listing the issues". */
    Reply read(Target target, String doing, String pathAndQuery) throws InterruptedException {
        return call(target, doing, pathAndQuery, null);
    }

    /** Sends a change once (rate limits aside). */
    Reply change(Target target, String doing, String path, JsonObject body) throws InterruptedException {
        return call(target, doing, path, body);
    }

    private Reply call(Target target, String doing, String path, JsonObject body) throws InterruptedException {
        boolean change = body != null;
        Backoff backoff = new Backoff(random);
        String failure = "";
        for (int attempt = 1; ; attempt++) {
            Answer answer = change ? api.post(path, body) : api.get(path);
            switch (answer) {
                case Answer.NoResponse none -> {
                    if (none.kind() == EgressException.Kind.REFUSED || none.kind() == EgressException.Kind.TOO_LARGE) {
                        return fail("the runtime did not let the request for " + doing + " through (" + none.kind() + ")");
                    }
                    failure = "the connection to GitHub failed (" + none.kind() + ")";
                }
                case Answer.Response response -> {
                    if (response.status() >= 200 && response.status() < 300) {
                        if (response.body().isPresent()) {
                            return new Reply.Data(response.body().get());
                        }
                        failure = "GitHub answered " + response.status() + " with a body that is not JSON";
                    } else {
                        Optional<Duration> wait = RateLimits.waitFor(response, clock.now());
                        if (wait.isPresent()) {
                            if (wait.get().compareTo(LONGEST_WAIT) > 0 || attempt >= ATTEMPTS) {
                                return new Reply.Final(new ToolOutcome.RetryAfter(wait.get(), "GitHub's rate limit ("
                                        + response.status() + " " + response.message() + "); try again in " + wait.get().toSeconds() + " s"));
                            }
                            clock.sleep(wait.get());
                            continue;
                        }
                        if (response.status() < 500) {
                            return fail(Refusals.reason(response, doing, target));
                        }
                        failure = "GitHub answered " + response.status() + " (" + response.message() + ")";
                    }
                }
            }
            if (change) {
                return fail(failure + " while " + doing + " in " + target.name() + "; whether it took effect is unknown,"
                        + " look at " + target.name() + " before trying again");
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

package example.openai;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.ModelResult;
import java.time.Duration;

/**
 * One {@code complete}: up to 3 attempts, waiting out rate limits of at most 10 s and backing off after
 * transient failures, as the model spec's defaults and the profile's table say.
 */
final class Attempts {
    static final int MAX_ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT_INSIDE = Duration.ofSeconds(10);
    private static final Duration WAIT_WHEN_NONE_NAMED = Duration.ofSeconds(5);

    private final IntegrationContext context;
    private final ChatApi api;
    private final StopFlag stopping;

    Attempts(IntegrationContext context, ChatApi api, StopFlag stopping) {
        this.context = context;
        this.api = api;
        this.stopping = stopping;
    }

    ModelResult run(String body) throws InterruptedException {
        Backoff backoff = new Backoff(context.random());
        String problem = "";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            stopping.check();
            Duration pause;
            switch (api.send(body)) {
                case ChatApi.Outcome.NoResponse none -> {
                    problem = ChatApi.describe(none.kind());
                    if (!ChatApi.transientFailure(none.kind())) {
                        return new ModelResult.Failed(problem);
                    }
                    pause = backoff.next();
                }
                case ChatApi.Outcome.Answered answered when answered.response().successful() -> {
                    return ReplyReader.read(answered.response().bodyText());
                }
                case ChatApi.Outcome.Answered answered -> {
                    ApiError error = ApiError.read(answered.response());
                    problem = api.redact(error.describe());
                    if (error.status() == 429 && !error.quotaExhausted() || error.status() == 503) {
                        Duration wait = error.delay().orElse(WAIT_WHEN_NONE_NAMED);
                        if (wait.compareTo(LONGEST_WAIT_INSIDE) > 0 || attempt == MAX_ATTEMPTS) {
                            return new ModelResult.RetryAfter(wait, "rate limited (" + problem + ")");
                        }
                        pause = wait;
                    } else if (error.status() >= 500) {
                        pause = backoff.next();
                    } else {
                        return refused(error, problem);
                    }
                }
            }
            if (attempt < MAX_ATTEMPTS) {
                context.log().warn("attempt " + attempt + " of " + MAX_ATTEMPTS + " failed: " + problem + "; trying again in "
                        + pause.toMillis() + " ms");
                stopping.check();
                context.clock().sleep(pause);
            }
        }
        return new ModelResult.RetryAfter(backoff.next(), "gave up after " + MAX_ATTEMPTS + " attempts: " + problem);
    }

    /** A 4xx other than a rate limit: not retried. */
    private static ModelResult refused(ApiError error, String problem) {
        if (error.contextTooLong()) {
            return new ModelResult.ContextTooLong(problem);
        }
        if (error.status() == 401 || error.status() == 403) {
            return new ModelResult.Failed("the server refused the credentials (" + problem + "); check OPENAI_API_KEY, or"
                    + " set apiKey to none for a local server that needs no key");
        }
        if (error.quotaExhausted()) {
            return new ModelResult.Failed("the account's quota is used up (" + problem + "); add credit or raise the"
                    + " spending limit, then try again");
        }
        return new ModelResult.Failed("the server refused the request (" + problem + ")");
    }
}

package dev.pincer.conformance.fake.openai;

import dev.pincer.conformance.fake.LoopbackHttpServer;
import dev.pincer.spi.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * A faithful fake of OpenAI's Chat Completions endpoint on 127.0.0.1, for conformance checks.
 *
 * <p>It serves {@code POST /v1/chat/completions} only, checks {@code Authorization: Bearer <key>} (or nothing,
 * like a local server started without a key), refuses bodies OpenAI refuses with OpenAI's 400 messages, then
 * answers the next scripted {@link Answer}: completions, rate limits, overload, errors of OpenAI, llama.cpp and
 * vLLM, malformed bodies, dropped connections and requests that never end. Unscripted requests get a short text
 * completion. Every request is recorded with the virtual time it arrived. All methods are thread-safe.
 */
public final class FakeOpenAi implements AutoCloseable {
    /** The one path the fake serves. */
    public static final String CHAT_PATH = "/v1/chat/completions";

    private final Deque<Answer> scripted = new ArrayDeque<>();
    private final RequestLog log = new RequestLog();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final LoopbackHttpServer server;
    private Answer always;

    private FakeOpenAi(Optional<String> validKey, Supplier<Instant> clock) {
        this.server = LoopbackHttpServer.start("OpenAI server", new ChatHandler(validKey, clock, this::next, log, closing),
                closing);
    }

    /**
     * Starts a fake on a free port of 127.0.0.1.
     *
     * @param validKey the one API key accepted, or empty to accept any or none, as a local server does
     * @param clock the virtual time stamped on records and completions
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeOpenAi start(Optional<String> validKey, Supplier<Instant> clock) {
        Objects.requireNonNull(validKey, "validKey");
        Objects.requireNonNull(clock, "clock");
        return new FakeOpenAi(validKey, clock);
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://api.openai.com}. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Queues answers for the next valid chat completion requests, in order. */
    public synchronized void answerNext(Answer... answers) {
        for (Answer answer : answers) {
            scripted.addLast(Objects.requireNonNull(answer, "answer"));
        }
    }

    /** Answers every valid request with {@code answer} once the queued answers are used up. */
    public synchronized void answerAlways(Answer answer) {
        this.always = Objects.requireNonNull(answer, "answer");
    }

    /** Every request in arrival order; one still unanswered has status 0. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** The {@code POST /v1/chat/completions} requests, in arrival order. */
    public List<RecordedRequest> completionRequests() {
        return log.snapshot().stream().filter(RecordedRequest::chatCompletion).toList();
    }

    /** Stops the server; held requests end without an answer. */
    @Override
    public void close() {
        server.close();
    }

    private synchronized Answer next(JsonObject request) {
        if (!scripted.isEmpty()) {
            return scripted.removeFirst();
        }
        if (always != null) {
            return always;
        }
        return Answers.text("This is the fake OpenAI server's answer.", 12, 9);
    }
}

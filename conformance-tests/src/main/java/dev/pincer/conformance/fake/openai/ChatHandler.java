package dev.pincer.conformance.fake.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers every request to the fake: records it, routes it, checks the key and the body as OpenAI does, then
 * answers the next scripted {@link Answer} (or a short text completion).
 */
final class ChatHandler implements HttpHandler {
    private final Optional<String> validKey;
    private final Supplier<Instant> clock;
    private final Function<JsonObject, Answer> script;
    private final RequestLog log;
    private final CountDownLatch closed;
    private final AtomicLong ids = new AtomicLong(1);

    ChatHandler(Optional<String> validKey, Supplier<Instant> clock, Function<JsonObject, Answer> script, RequestLog log,
            CountDownLatch closed) {
        this.validKey = validKey;
        this.clock = clock;
        this.script = script;
        this.log = log;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = clock.get();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        int entry = log.arrived(new RecordedRequest(at, method, path, headers, body, 0));
        Answer answer = answer(method, path, headers, body);
        switch (answer) {
            case Answer.Drop drop -> {
                log.answered(entry, -1);
                exchange.close();
            }
            case Answer.Hold hold -> {
                awaitClose();
                exchange.close();
            }
            case Answer.Status status -> respond(exchange, entry, status);
            case Answer.Completion completion -> {
                String model = Json.parseObject(body).optString("model").orElse("gpt-4.1-mini"); // checked by the rules
                String id = "chatcmpl-pincerfake" + ids.getAndIncrement();
                respond(exchange, entry, new Answer.Status(200, Map.of(), Answers.JSON,
                        CompletionJson.render(completion, id, model, at)));
            }
        }
    }

    private Answer answer(String method, String path, Map<String, List<String>> headers, String body) {
        if (!method.equals("POST") || !path.equals(FakeOpenAi.CHAT_PATH)) {
            return Answers.error(404, ErrorBody.invalidRequest("Invalid URL (" + method + " " + path + ")", null, null));
        }
        Optional<Answer.Status> refused = authorization(headers);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Answer.Status> invalid = ChatRequestRules.check(body);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return script.apply(Json.parseObject(body));
    }

    private Optional<Answer.Status> authorization(Map<String, List<String>> headers) {
        if (validKey.isEmpty()) {
            return Optional.empty(); // a local server without --api-key ignores the header
        }
        List<String> values = headers.getOrDefault("authorization", List.of());
        if (values.isEmpty()) {
            return Optional.of(Answers.missingApiKey());
        }
        String value = values.getFirst();
        String key = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).strip() : value;
        return key.equals(validKey.get()) ? Optional.empty() : Optional.of(Answers.invalidApiKey(key));
    }

    private void respond(HttpExchange exchange, int entry, Answer.Status status) throws IOException {
        byte[] bytes = status.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status.contentType());
        exchange.getResponseHeaders().set("x-request-id", "req_pincerfake" + ids.getAndIncrement());
        status.headers().forEach(exchange.getResponseHeaders()::set);
        log.answered(entry, status.status());
        exchange.sendResponseHeaders(status.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

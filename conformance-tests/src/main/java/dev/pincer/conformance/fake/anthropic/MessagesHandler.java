package dev.pincer.conformance.fake.anthropic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Serves {@code POST /v1/messages} and {@code GET /v1/models/<id>} as the API does: route, key, version, body
 * rules, model, context window, then the scripted answer. Every answer carries a {@code request-id} header.
 */
final class MessagesHandler implements HttpHandler {
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String apiKey;
    private final Supplier<Instant> clock;
    private final RequestLog log;
    private final AnswerPlan plan;
    private final Models models;
    private final CountDownLatch closed;
    private final AtomicInteger contextWindow = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(0x11C0_0000L);

    MessagesHandler(String apiKey, Supplier<Instant> clock, RequestLog log, AnswerPlan plan, Models models, CountDownLatch closed) {
        this.apiKey = apiKey;
        this.clock = clock;
        this.log = log;
        this.plan = plan;
        this.models = models;
        this.closed = closed;
    }

    void contextWindow(int tokens) {
        contextWindow.set(tokens);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = clock.get();
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Optional<JsonObject> json = parse(body);
        RequestLog.Entry entry = log.arrived(at, method, path, headers, body, json);
        try {
            respond(exchange, entry, answer(method, path, headers, json));
        } catch (RuntimeException e) {
            // A bug in the fake itself: answer it visibly rather than dropping the connection.
            respond(exchange, entry, new Answer.Raw(500, "text/plain", "the fake Messages API failed: " + e));
        }
    }

    private Answer answer(String method, String path, Map<String, String> headers, Optional<JsonObject> json) {
        boolean messages = path.equals("/v1/messages");
        boolean model = path.startsWith("/v1/models/") && path.length() > "/v1/models/".length();
        if (!messages && !model) {
            return ApiErrors.notFound();
        }
        if (!method.equals(messages ? "POST" : "GET")) {
            return ApiErrors.methodNotAllowed();
        }
        String key = headers.getOrDefault("x-api-key", bearer(headers.get("authorization")));
        if (key == null) {
            return ApiErrors.missingKey();
        }
        if (!key.equals(apiKey)) {
            return Answer.unauthorized();
        }
        String version = headers.get("anthropic-version");
        if (version == null) {
            return ApiErrors.invalid("anthropic-version: header is required");
        }
        if (!VERSION.matcher(version).matches()) {
            return ApiErrors.invalid("anthropic-version: \"" + version + "\" is not a valid version");
        }
        if (model) {
            String id = path.substring("/v1/models/".length());
            return models.snapshot(id).isPresent() ? new Answer.Raw(200, "application/json", models.info(id).toString())
                    : ApiErrors.unknownModel(id);
        }
        if (json.isEmpty()) {
            return ApiErrors.invalid("There was an issue with the format or content of your request: the body is not a JSON object");
        }
        Optional<String> problem = RequestRules.problem(json.get());
        if (problem.isPresent()) {
            return ApiErrors.invalid(problem.get());
        }
        String requested = json.get().string("model");
        if (models.snapshot(requested).isEmpty()) {
            return ApiErrors.unknownModel(requested);
        }
        long tokens = Tokens.input(json.get());
        int window = contextWindow.get();
        if (window > 0 && tokens > window) {
            return ApiErrors.promptTooLong(tokens, window);
        }
        Answer scripted = plan.take();
        return scripted instanceof Answer.Message message ? complete(message, json.get(), tokens) : scripted;
    }

    /** The message as the API serves it: generated id, type, role, model, and usage when none was scripted. */
    private Answer complete(Answer.Message message, JsonObject request, long inputTokens) {
        JsonObject usage = Json.object().put("input_tokens", inputTokens).put("cache_creation_input_tokens", 0)
                .put("cache_read_input_tokens", 0).put("output_tokens", Tokens.output(message.content())).build();
        JsonObject.Builder body = Json.object()
                .put("id", "msg_01" + Long.toString(ids.incrementAndGet(), 36).toUpperCase(Locale.ROOT) + "Fk9pXq2Rt7")
                .put("type", "message").put("role", "assistant")
                .put("model", models.snapshot(request.string("model")).orElseThrow())
                .put("content", message.content()).put("stop_reason", message.stopReason())
                .put("stop_sequence", dev.pincer.spi.json.JsonNull.INSTANCE)
                .put("usage", message.usage().orElse(usage));
        message.extra().members().forEach(body::put);
        return new Answer.Raw(200, "application/json", body.build().toString());
    }

    private void respond(HttpExchange exchange, RequestLog.Entry entry, Answer answer) {
        switch (answer) {
            case Answer.Drop drop -> {
                entry.complete(-1, "");
                exchange.close(); // no status line: the client sees the connection end
            }
            case Answer.Hang hang -> {
                awaitClose();
                entry.complete(-1, "");
                exchange.close();
            }
            case Answer.Raw raw -> write(exchange, entry, raw.status(), raw.contentType(), raw.body(), requestId(), Map.of());
            case Answer.Error error -> {
                String requestId = requestId();
                Map<String, String> extra = new LinkedHashMap<>();
                error.retryAfterSeconds().ifPresent(seconds -> extra.put("retry-after", Integer.toString(seconds)));
                write(exchange, entry, error.status(), "application/json",
                        ApiErrors.body(error.type(), error.message(), error.details(), requestId), requestId, extra);
            }
            case Answer.Message message -> throw new IllegalStateException("messages are completed before they are written");
        }
    }

    private void write(HttpExchange exchange, RequestLog.Entry entry, int status, String contentType, String body,
            String requestId, Map<String, String> headers) {
        // Record first, so a client that has its answer always finds the request completed in the log.
        entry.complete(status, body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("content-type", contentType);
            exchange.getResponseHeaders().set("request-id", requestId);
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client went away (a cancelled request); the answer is recorded all the same.
        }
    }

    private String requestId() {
        return "req_011C" + Long.toString(ids.incrementAndGet(), 36).toUpperCase(Locale.ROOT) + "mZ4yEw1Uq8Hd";
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key of {@code Authorization: Bearer <key>}, which the API accepts too (the 3.x Java SDK sends it). */
    private static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()) : null;
    }

    private static Optional<JsonObject> parse(String body) {
        try {
            return Optional.of(Json.parseObject(body));
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}

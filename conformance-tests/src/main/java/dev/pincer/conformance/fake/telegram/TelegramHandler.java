package dev.pincer.conformance.fake.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Routes {@code /bot<token>/<method>}, records the request, applies scripted faults, checks the token and
 * calls the method. Every answer is {@code application/json}.
 */
final class TelegramHandler implements HttpHandler {
    private final String validToken;
    private final Supplier<Instant> clock;
    private final FaultPlan faults;
    private final RequestLog log;
    private final BotMethods methods;

    TelegramHandler(String validToken, Supplier<Instant> clock, FaultPlan faults, RequestLog log, BotMethods methods) {
        this.validToken = validToken;
        this.clock = clock;
        this.faults = faults;
        this.log = log;
        this.methods = methods;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = clock.get();
        String rawPath = exchange.getRequestURI().getRawPath();
        Optional<BotPath> route = BotPath.parse(rawPath);
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonObject params = Json.object().build();
        ApiError paramError = null;
        try {
            params = RequestParams.parse(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (ApiError e) {
            paramError = e;
        }
        RequestLog.Entry entry = log.arrived(at, exchange.getRequestMethod(), rawPath,
                route.map(BotPath::token).orElse(""), route.map(BotPath::method).orElse(""), params);
        if (route.isEmpty()) {
            respond(exchange, entry, ApiError.notFound().toAnswer());
            return;
        }
        Optional<Fault> fault = faults.take(route.get().method());
        if (fault.isPresent()) {
            switch (fault.get()) {
                case Fault.ConnectionReset reset -> {
                    entry.complete(-1, "");
                    exchange.close(); // no response headers sent: the server drops the connection
                    return;
                }
                case Fault.Slow slow -> sleep(slow);
                default -> {
                    respond(exchange, entry, FaultPlan.answer(fault.get()).orElseThrow());
                    return;
                }
            }
        }
        respond(exchange, entry, answer(route.get(), params, paramError, at));
    }

    private Answer answer(BotPath route, JsonObject params, ApiError paramError, Instant at) {
        try {
            if (!route.token().equals(validToken)) {
                return ApiError.unauthorized().toAnswer();
            }
            if (paramError != null) {
                return paramError.toAnswer();
            }
            return methods.call(route.method(), new Params(params), at);
        } catch (ApiError e) {
            return e.toAnswer();
        } catch (RuntimeException e) {
            // A bug in the fake itself: answer it visibly rather than dropping the connection.
            return ApiError.of(500, "Internal Server Error: fake Telegram failed: " + e).toAnswer();
        }
    }

    private static void sleep(Fault.Slow slow) {
        try {
            Thread.sleep(slow.realDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, RequestLog.Entry entry, Answer answer) {
        // Record first, so a client that has its answer always finds the request completed in the log.
        entry.complete(answer.status(), answer.body());
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                exchange.getResponseHeaders().set(header.getKey(), header.getValue());
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client went away (a cancelled long poll); the answer is recorded all the same.
        }
    }
}

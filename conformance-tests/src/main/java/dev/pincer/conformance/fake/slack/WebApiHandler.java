package dev.pincer.conformance.fake.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Routes {@code /api/<method>}, records the request, applies scripted faults, checks the token and calls the
 * method. Like slack.com, errors are HTTP 200 with {@code ok:false}, except 429 and 5xx.
 */
final class WebApiHandler implements HttpHandler {
    private final String validToken;
    private final Supplier<Instant> clock;
    private final SlackFaults faults;
    private final SlackCallLog log;
    private final WebApi api;
    private final Object closed;

    WebApiHandler(String validToken, Supplier<Instant> clock, SlackFaults faults, SlackCallLog log, WebApi api,
            Object closed) {
        this.validToken = validToken;
        this.clock = clock;
        this.faults = faults;
        this.log = log;
        this.api = api;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = clock.get();
        String path = exchange.getRequestURI().getRawPath();
        String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String method = path.startsWith("/api/") ? path.substring("/api/".length()) : "";
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonObject params = Json.object().build();
        String paramError = null;
        try {
            params = WebApiParams.parse(query, exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (WebApiParams.InvalidRequest e) {
            paramError = e.error;
        }
        String token = bearer(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (token.isEmpty() && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            // Slack takes a token parameter from the query or a form body, never from a JSON body.
            token = WebApiParams.string(params, "token").orElse("");
        }
        int index = log.arrived(new SlackCall(at, exchange.getRequestMethod(), path, method, token, query, params, 0, ""));
        if (method.isEmpty()) {
            respond(exchange, index, 404, "<html><body>404 Not Found</body></html>", "text/html", null);
            return;
        }
        Optional<SlackFault> fault = faults.take(method);
        if (fault.isPresent()) {
            switch (fault.get()) {
                case SlackFault.ConnectionReset reset -> {
                    log.answered(index, -1, "");
                    exchange.close();
                    return;
                }
                case SlackFault.Slow slow -> hold(slow);
                case SlackFault.RateLimited limited -> {
                    respond(exchange, index, 429, WebApi.error("ratelimited"), "application/json",
                            Integer.toString(limited.retryAfterSeconds()));
                    return;
                }
                case SlackFault.ApiError error -> {
                    respond(exchange, index, 200, WebApi.error(error.error()), "application/json", null);
                    return;
                }
                case SlackFault.ServerError server -> {
                    respond(exchange, index, server.status(), "<html><body><h1>" + server.status() + " "
                            + reason(server.status()) + "</h1></body></html>", "text/html", null);
                    return;
                }
                case SlackFault.Malformed malformed -> {
                    respond(exchange, index, 200, malformed.body(), "application/json", null);
                    return;
                }
            }
        }
        String answer;
        if (token.isEmpty()) {
            answer = WebApi.error("not_authed");
        } else if (!token.equals(validToken)) {
            answer = WebApi.error("invalid_auth");
        } else if (paramError != null) {
            answer = WebApi.error(paramError);
        } else {
            answer = api.call(method, params, at);
        }
        respond(exchange, index, 200, answer, "application/json; charset=utf-8", null);
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    private void hold(SlackFault.Slow slow) {
        synchronized (closed) {
            try {
                closed.wait(Math.max(1, slow.realDelay().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Server Error";
        };
    }

    private void respond(HttpExchange exchange, int index, int status, String body, String type, String retryAfter) {
        log.answered(index, status, body);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away (a cancelled request); the answer is recorded all the same
        }
    }
}

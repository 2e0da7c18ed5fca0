package dev.pincer.conformance.fake.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pincer.conformance.fake.ArrivalLog;
import dev.pincer.conformance.fake.HttpExchanges;
import dev.pincer.conformance.fake.MethodFaults;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Records each request, applies scripted faults, then checks {@code User-Agent}, the token and the rate limit
 * as GitHub does before it routes the request to the {@link Endpoints}.
 */
final class GitHubHandler implements HttpHandler {
    private final Supplier<String> validToken;
    private final Supplier<Instant> clock;
    private final MethodFaults<GitHubFault> faults;
    private final ArrivalLog<GitHubRequest> log;
    private final RateLimitWindow rateLimit;
    private final Endpoints endpoints;
    private final CountDownLatch closed;

    GitHubHandler(Supplier<String> validToken, Supplier<Instant> clock, MethodFaults<GitHubFault> faults, ArrivalLog<GitHubRequest> log,
            RateLimitWindow rateLimit, Endpoints endpoints, CountDownLatch closed) {
        this.validToken = validToken;
        this.clock = clock;
        this.faults = faults;
        this.log = log;
        this.rateLimit = rateLimit;
        this.endpoints = endpoints;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = clock.get();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String body = HttpExchanges.body(exchange);
        int entry = log.arrived(new GitHubRequest(at, method, path, query(exchange.getRequestURI().getRawQuery()),
                HttpExchanges.headers(exchange), body, 0, ""));
        Optional<GitHubFault> fault = faults.take(method);
        if (fault.isPresent()) {
            switch (fault.get()) {
                case GitHubFault.DropConnection drop -> {
                    log.complete(entry, r -> r.answered(-1, ""));
                    exchange.close();
                    return;
                }
                case GitHubFault.NeverAnswer hold -> {
                    HttpExchanges.holdUntil(closed);
                    log.complete(entry, r -> r.answered(-1, ""));
                    exchange.close();
                    return;
                }
                case GitHubFault.Answer answer -> {
                    Map<String, String> answerHeaders = new LinkedHashMap<>(GitHubJson.jsonHeaders());
                    answerHeaders.putAll(answer.headers());
                    respond(exchange, entry, answer.status(), answerHeaders, answer.body());
                    return;
                }
            }
        }
        Map<String, String> answerHeaders = new LinkedHashMap<>(GitHubJson.jsonHeaders());
        String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (userAgent == null || userAgent.isBlank()) {
            respond(exchange, entry, 403, Map.of("content-type", "text/html; charset=utf-8"), GitHubJson.NO_USER_AGENT);
            return;
        }
        Optional<String> token = token(exchange.getRequestHeaders().getFirst("Authorization"));
        if (token.isPresent() && !token.get().equals(validToken.get())) {
            respond(exchange, entry, 401, answerHeaders, GitHubJson.error(401, "Bad credentials", GitHubJson.GENERIC_DOCS));
            return;
        }
        boolean allowed = rateLimit.take(at);
        answerHeaders.putAll(rateLimit.headers());
        if (!allowed) {
            respond(exchange, entry, 403, answerHeaders, GitHubJson.error(403, GitHubJson.PRIMARY_RATE_LIMIT, GitHubJson.RATE_LIMIT_DOCS));
            return;
        }
        List<String> segments = segments(path);
        if (token.isEmpty() || segments.isEmpty() || !segments.get(0).equals("repos") || path.endsWith("/")) {
            // the fake's repositories are private: without a token GitHub does not confirm that they exist
            respond(exchange, entry, 404, answerHeaders, Endpoints.notFound().body());
            return;
        }
        Endpoints.Reply reply = endpoints.answer(method, segments.subList(1, segments.size()),
                query(exchange.getRequestURI().getRawQuery()), body);
        answerHeaders.putAll(reply.headers());
        respond(exchange, entry, reply.status(), answerHeaders, reply.body());
    }

    /** The token of {@code Authorization: Bearer <token>} or {@code Authorization: token <token>}. */
    private static Optional<String> token(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        boolean known = parts.length == 2 && (parts[0].equalsIgnoreCase("bearer") || parts[0].equalsIgnoreCase("token"));
        return Optional.of(known ? parts[1] : ""); // an unknown scheme counts as bad credentials
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private void respond(HttpExchange exchange, int entry, int status, Map<String, String> headers, String body) throws IOException {
        exchange.getResponseHeaders().set("x-github-request-id", "F4KE:" + Integer.toHexString(entry + 1));
        log.complete(entry, r -> r.answered(status, body));
        HttpExchanges.send(exchange, status, headers, body);
    }
}

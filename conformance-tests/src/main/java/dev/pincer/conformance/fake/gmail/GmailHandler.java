package dev.pincer.conformance.fake.gmail;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Records each request, applies scripted faults, then checks the bearer token and the user id as Gmail does
 * before it routes the request to the {@link MessagesApi}.
 */
final class GmailHandler implements HttpHandler {
    private static final String PREFIX = "/gmail/v1/users/";
    private static final String JSON = "application/json; charset=UTF-8";

    private final Supplier<String> validToken;
    private final Supplier<Instant> clock;
    private final MethodFaults<GmailFault> faults;
    private final ArrivalLog<GmailRequest> log;
    private final MessagesApi api;
    private final String address;
    private final CountDownLatch closed;

    GmailHandler(Supplier<String> validToken, Supplier<Instant> clock, MethodFaults<GmailFault> faults,
            ArrivalLog<GmailRequest> log, MessagesApi api, String address, CountDownLatch closed) {
        this.validToken = validToken;
        this.clock = clock;
        this.faults = faults;
        this.log = log;
        this.api = api;
        this.address = address;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String body = HttpExchanges.decodedBody(exchange);
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        int entry = log.arrived(new GmailRequest(clock.get(), method, path, query, HttpExchanges.headers(exchange), body, 0, ""));
        Optional<GmailFault> fault = faults.take(method);
        if (fault.isPresent()) {
            switch (fault.get()) {
                case GmailFault.DropConnection drop -> unanswered(exchange, entry, false);
                case GmailFault.NeverAnswer hold -> unanswered(exchange, entry, true);
                case GmailFault.Answer answer -> {
                    Map<String, String> answerHeaders = new LinkedHashMap<>(Map.of("content-type", JSON));
                    answerHeaders.putAll(answer.headers());
                    respond(exchange, entry, answer.status(), answerHeaders, answer.body());
                }
            }
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            respond(exchange, entry, 401, unauthorized(), GmailErrors.missingCredentials());
            return;
        }
        String[] scheme = authorization.trim().split("\\s+", 2);
        if (scheme.length != 2 || !scheme[0].equalsIgnoreCase("Bearer") || !scheme[1].equals(validToken.get())) {
            respond(exchange, entry, 401, unauthorized(), GmailErrors.invalidCredentials());
            return;
        }
        List<String> segments = path.startsWith(PREFIX) ? segments(path.substring(PREFIX.length())) : List.of();
        if (segments.isEmpty()) {
            respond(exchange, entry, 404, Map.of("content-type", "text/html; charset=UTF-8"), GmailErrors.unknownPath(path));
            return;
        }
        if (!segments.get(0).equals("me") && !segments.get(0).equalsIgnoreCase(address)) {
            respond(exchange, entry, 403, Map.of("content-type", JSON), GmailErrors.forbidden("Delegation denied for " + address));
            return;
        }
        MessagesApi.Reply reply = api.answer(method, segments.subList(1, segments.size()), query, body);
        respond(exchange, entry, reply.status(), Map.of("content-type", JSON), reply.body());
    }

    private void unanswered(HttpExchange exchange, int entry, boolean holdUntilClosed) {
        if (holdUntilClosed) {
            HttpExchanges.holdUntil(closed);
        }
        log.complete(entry, r -> r.answered(-1, ""));
        exchange.close();
    }

    private static Map<String, String> unauthorized() {
        return Map.of("content-type", JSON, "www-authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        Arrays.stream(rawPath.split("/", -1)).forEach(s -> segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)));
        return segments.stream().anyMatch(String::isEmpty) ? List.of() : segments;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        query.replaceAll((name, values) -> List.copyOf(values));
        return query;
    }

    private void respond(HttpExchange exchange, int entry, int status, Map<String, String> headers, String body) throws IOException {
        exchange.getResponseHeaders().set("vary", "Origin, X-Origin, Referer");
        log.complete(entry, r -> r.answered(status, body));
        HttpExchanges.send(exchange, status, headers, body);
    }
}

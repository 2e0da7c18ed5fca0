package dev.pincer.conformance.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** What the HTTP fakes do with an exchange: read the request, answer it, or hold it until the fake closes. */
public final class HttpExchanges {
    private HttpExchanges() {}

    /** The request body as UTF-8 text. */
    public static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * The request body as UTF-8 text, gunzipped when {@code Content-Encoding} is {@code gzip}, as Google's front end
     * accepts (Google's Java clients compress what they send).
     */
    public static String decodedBody(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding == null || !encoding.trim().equalsIgnoreCase("gzip")) {
            return body(exchange);
        }
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(exchange.getRequestBody())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The request headers, names in lower case, values in order. */
    public static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return headers;
    }

    /** The first value of a header in a map whose names are lower case, looked up case-insensitively. */
    public static java.util.Optional<String> firstHeader(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(0));
    }

    /** Answers with {@code status}, these headers and the UTF-8 body (none when it is empty). */
    public static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Waits until the fake closes ({@code closed} counted down), keeping the interrupt. */
    public static void holdUntil(CountDownLatch closed) {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

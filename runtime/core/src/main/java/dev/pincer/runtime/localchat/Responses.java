package dev.pincer.runtime.localchat;

import com.sun.net.httpserver.HttpExchange;
import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the local chat's responses, each with headers that keep it out of caches, frames and other pages. */
final class Responses {
    private Responses() {}

    static void json(HttpExchange exchange, int status, Json body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        send(exchange, status, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange exchange, int status, String reason) throws IOException {
        json(exchange, status, Json.object().put("error", reason).build());
    }

    /** The page, allowed to run only its own inline script and style (those carrying {@code nonce}). */
    static void page(HttpExchange exchange, String html, String nonce) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                + nonce + "'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        headers.set("X-Frame-Options", "DENY");
        send(exchange, 200, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

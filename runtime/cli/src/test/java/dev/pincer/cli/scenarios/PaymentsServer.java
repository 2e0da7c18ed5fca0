package dev.pincer.cli.scenarios;

import com.sun.net.httpserver.HttpServer;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tiny payments service on 127.0.0.1 for the test-only payments tool: it records every charge it is sent. */
final class PaymentsServer implements AutoCloseable {

    /** One charge the service made. */
    record Charge(String merchant, BigDecimal amount, String idempotencyKey) {}

    private final HttpServer server;
    private final List<Charge> charges = new ArrayList<>();

    private PaymentsServer(HttpServer server) {
        this.server = server;
        server.createContext("/v1/charges", exchange -> {
            JsonObject body = Json.parseObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Charge charge = new Charge(body.string("merchant"), new BigDecimal(body.get("amount").orElseThrow().toString()),
                    body.string("idempotencyKey"));
            int number;
            synchronized (charges) {
                charges.add(charge);
                number = charges.size();
            }
            byte[] answer = ("{\"id\": \"ch_" + number + "\", \"status\": \"succeeded\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static PaymentsServer start() {
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            return new PaymentsServer(HttpServer.create(new InetSocketAddress(loopback, 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind the payments server on 127.0.0.1", e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Charge> charges() {
        synchronized (charges) {
            return List.copyOf(charges);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

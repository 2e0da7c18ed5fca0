package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal HTTP client for the fake's tests: sends bodies with chosen headers and reads the answer. */
final class MessagesClient {
    static final String KEY = "sk-ant-api03-fakeTestKey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV-AbCdEfAA";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    MessagesClient(URI base) {
        this.base = base;
    }

    /** Posts {@code body} to /v1/messages with the valid key and version. */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send("POST", "/v1/messages", body, KEY, "2023-06-01");
    }

    /** A request with a chosen method, path, body, key and version (null leaves a header out). */
    HttpResponse<String> send(String method, String path, String body, String key, String version)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (key != null) {
            request.header("x-api-key", key);
        }
        if (version != null) {
            request.header("anthropic-version", version);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request body with one user message. */
    static String hello(String model) {
        return "{\"model\":\"" + model + "\",\"max_tokens\":256,\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}";
    }

    /** The body's {@code error} object. */
    static JsonObject error(HttpResponse<String> response) {
        return Json.parseObject(response.body()).object("error");
    }
}

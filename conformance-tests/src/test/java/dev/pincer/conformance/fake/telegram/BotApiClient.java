package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain java.net.http client for the tests, speaking to the fake on 127.0.0.1 as an integration would. */
final class BotApiClient {
    static final String TOKEN = "123456789:AAH-fake_token_for_tests";

    /** An answer as the client saw it. */
    record Reply(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        JsonObject json() {
            return Json.parseObject(response.body());
        }

        String description() {
            return json().string("description");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    BotApiClient(FakeTelegram fake) {
        this.base = fake.baseUri();
    }

    /** GET {@code /bot<TOKEN>/<method>?<query>}. */
    Reply get(String method, Map<String, String> query) {
        return getPath("/bot" + TOKEN + "/" + method + (query.isEmpty() ? "" : "?" + encode(query)));
    }

    Reply getPath(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** POST {@code application/x-www-form-urlencoded}. */
    Reply postForm(String method, Map<String, String> form) {
        return send(HttpRequest.newBuilder(base.resolve("/bot" + TOKEN + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** POST {@code application/json}. */
    Reply postJson(String method, String json) {
        return postJsonWithToken(TOKEN, method, json);
    }

    Reply postJsonWithToken(String token, String method, String json) {
        return send(HttpRequest.newBuilder(base.resolve("/bot" + token + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST with an explicit content type and raw body. */
    Reply postRaw(String method, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve("/bot" + TOKEN + "/" + method))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Like {@link #postJson} but lets network errors through, for connection-reset checks. */
    HttpResponse<String> postJsonRaw(String method, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/bot" + TOKEN + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

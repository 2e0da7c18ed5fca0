package dev.pincer.cli;

import dev.pincer.runtime.localchat.LocalChatConnection;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The local chat's HTTP API as {@code pincer chat} uses it. Thread-safe. */
final class ChatClient {

    /** A response: its status and its JSON body (an empty object when the body was not JSON). */
    record Answer(int status, JsonObject body) {

        /** The server's {@code error} text, or the status when it gave none. */
        String error() {
            return body.optString("error").orElse("the local chat answered HTTP " + status);
        }
    }

    private final LocalChatConnection connection;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ChatClient(LocalChatConnection connection) {
        this.connection = connection;
    }

    /** {@code GET /api/info}: the banner, the owner's name and the newest transcript position. */
    Answer info() throws IOException, InterruptedException {
        return send(request("/api/info", Duration.ofSeconds(10)).GET().build());
    }

    /** {@code POST /api/messages}: 202 with the message's id, or an error. */
    Answer post(String text) throws IOException, InterruptedException {
        return send(request("/api/messages", Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object().put("text", text).build().toString())).build());
    }

    /** The long poll for entries after position {@code after}; the server answers within about 25 s. */
    Answer poll(long after) throws IOException, InterruptedException {
        return send(request("/api/messages?after=" + after, Duration.ofSeconds(60)).GET().build());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(connection.address().resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + connection.token());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonObject body;
        try {
            body = Json.parseObject(response.body());
        } catch (JsonException e) {
            body = Json.object().build();
        }
        return new Answer(response.statusCode(), body);
    }
}

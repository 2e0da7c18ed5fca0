package dev.pincer.conformance.fake.gmail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the fake's tests: paths relative to the mailbox, the bearer token unless told otherwise. */
final class GmailHttp {
    static final String MAILBOX = "/gmail/v1/users/me/";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    GmailHttp(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static GmailHttp withToken(URI base, String token) {
        return new GmailHttp(base, "Bearer " + token);
    }

    /** {@code GET} of a path relative to the mailbox, or absolute when it starts with {@code /}. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        URI uri = base.resolve(path.startsWith("/") ? path : MAILBOX + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }
}

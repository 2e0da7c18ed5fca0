package dev.pincer.conformance.fake.github;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the fake's tests, sending GitHub's headers unless told otherwise. */
final class GitHubClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;
    private final String userAgent;

    GitHubClient(URI base, String authorization, String userAgent) {
        this.base = base;
        this.authorization = authorization;
        this.userAgent = userAgent;
    }

    static GitHubClient withToken(URI base, String token) {
        return new GitHubClient(base, "Bearer " + token, "pincer-test");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (userAgent != null) {
            builder.header("User-Agent", userAgent);
        }
        return builder;
    }
}

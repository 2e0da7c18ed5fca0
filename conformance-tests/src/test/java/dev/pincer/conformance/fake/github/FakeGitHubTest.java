package dev.pincer.conformance.fake.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.fake.HeldRequests;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeGitHubTest {
    private static final String TOKEN = "github_pat_11AAAAAAA0fakeConformanceToken";
    private static final SpecLibrary SPECS = SpecLibrary.load(Path.of("..", "specs"));
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
    private FakeGitHub fake;
    private GitHubClient client;

    @BeforeEach
    void start() {
        fake = FakeGitHub.start(TOKEN, now::get);
        fake.addRepository("acme", "widgets");
        client = GitHubClient.withToken(fake.baseUri(), TOKEN);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    private static JsonObject fixture(String name) {
        return Json.parseObject(SPECS.fixture(name).content());
    }

    @Test
    void listsOpenIssuesNewestFirstWithPullRequestsAndRateLimitHeaders() throws Exception {
        fake.addIssue("acme", "widgets", "First", "body", "ada", List.of("bug"), true);
        fake.addIssue("acme", "widgets", "Closed", null, "grace", List.of(), false);
        fake.addPullRequest("acme", "widgets", "A change", "linus");

        HttpResponse<String> response = client.get("/repos/acme/widgets/issues");

        assertEquals(200, response.statusCode());
        JsonArray issues = (JsonArray) Json.parse(response.body());
        assertEquals(2, issues.size());
        JsonObject pull = (JsonObject) issues.get(0);
        assertEquals(3, pull.longValue("number"));
        assertTrue(pull.has("pull_request"));
        JsonObject first = (JsonObject) issues.get(1);
        assertEquals("First", first.string("title"));
        assertEquals("ada", first.object("user").string("login"));
        assertEquals("bug", first.array("labels").objects().get(0).string("name"));
        assertEquals("https://github.com/acme/widgets/issues/1", first.string("html_url"));
        assertEquals("2026-01-05T09:00:00Z", first.string("created_at"));
        assertEquals("4999", response.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        assertEquals(Long.toString(now.get().plusSeconds(3600).getEpochSecond()),
                response.headers().firstValue("x-ratelimit-reset").orElseThrow());
    }

    @Test
    void filtersByStateAndPaginatesWithALinkHeader() throws Exception {
        for (int i = 1; i <= 5; i++) {
            fake.addIssue("acme", "widgets", "Issue " + i, null, "ada", List.of(), i != 3);
        }

        HttpResponse<String> page = client.get("/repos/acme/widgets/issues?state=all&per_page=2");
        HttpResponse<String> closed = client.get("/repos/acme/widgets/issues?state=closed");

        assertEquals(List.of(5L, 4L), ((JsonArray) Json.parse(page.body())).objects().stream().map(o -> o.longValue("number")).toList());
        String link = page.headers().firstValue("link").orElseThrow();
        assertTrue(link.startsWith("<" + fake.baseUri() + "/repos/acme/widgets/issues?state=all&per_page=2&page=2>; rel=\"next\""), link);
        assertEquals(List.of(3L), ((JsonArray) Json.parse(closed.body())).objects().stream().map(o -> o.longValue("number")).toList());
    }

    @Test
    void createsAnIssueAuthoredByTheTokensUser() throws Exception {
        HttpResponse<String> response = client.post("/repos/acme/widgets/issues",
                "{\"title\":\"  Ünïcødé 🎉 \",\"body\":\"line 1\\nline 2\",\"labels\":[\"bug\"]}");

        assertEquals(201, response.statusCode());
        JsonObject issue = Json.parseObject(response.body());
        assertEquals(1, issue.longValue("number"));
        assertEquals("  Ünïcødé 🎉 ", issue.string("title"));
        assertEquals(FakeGitHub.LOGIN, issue.object("user").string("login"));
        assertEquals(fake.baseUri() + "/repos/acme/widgets/issues/1", response.headers().firstValue("location").orElseThrow());
        assertEquals("line 1\nline 2", fake.issues("acme", "widgets").get(0).string("body"));
    }

    @Test
    void commentsOnAnIssueAndCountsTheComment() throws Exception {
        fake.addIssue("acme", "widgets", "First", null, "ada", List.of(), true);

        HttpResponse<String> response = client.post("/repos/acme/widgets/issues/1/comments", "{\"body\":\"Thanks!\"}");

        assertEquals(201, response.statusCode());
        JsonObject comment = Json.parseObject(response.body());
        assertEquals("https://github.com/acme/widgets/issues/1#issuecomment-" + comment.longValue("id"), comment.string("html_url"));
        assertEquals(List.of("Thanks!"), fake.comments("acme", "widgets", 1).stream().map(c -> c.string("body")).toList());
        assertEquals(1, Json.parseObject(client.get("/repos/acme/widgets/issues/1").body()).longValue("comments"));
    }

    @Test
    void refusesAWrongTokenWithBadCredentials() throws Exception {
        HttpResponse<String> response = GitHubClient.withToken(fake.baseUri(), "ghp_wrong").get("/repos/acme/widgets/issues");

        assertEquals(401, response.statusCode());
        assertEquals(fixture("gh-error-401"), Json.parseObject(response.body()));
    }

    @Test
    void acceptsTheTokenSchemeAsWellAsBearer() throws Exception {
        assertEquals(200, new GitHubClient(fake.baseUri(), "token " + TOKEN, "ua").get("/repos/acme/widgets").statusCode());
    }

    @Test
    void hidesPrivateRepositoriesFromRequestsWithoutAToken() throws Exception {
        HttpResponse<String> response = new GitHubClient(fake.baseUri(), null, "ua").get("/repos/acme/widgets/issues");

        assertEquals(404, response.statusCode());
        assertEquals(fixture("gh-error-404"), Json.parseObject(response.body()));
    }

    @Test
    void refusesARequestWithoutUserAgentInPlainText() throws Exception {
        // java.net.http always sends a User-Agent of its own, so this request goes over a plain socket
        String answer;
        try (Socket socket = new Socket(fake.baseUri().getHost(), fake.baseUri().getPort())) {
            socket.getOutputStream().write(("GET /repos/acme/widgets/issues HTTP/1.1\r\nHost: api.github.com\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/html"), answer);
        assertTrue(answer.contains("\r\n\r\nRequest forbidden by administrative rules. Please make sure your request has a User-Agent header"), answer);
    }

    @Test
    void answersMissingRepositoriesIssuesAndPathsWith404() throws Exception {
        fake.addIssue("acme", "widgets", "First", null, "ada", List.of(), true);

        for (String path : List.of("/repos/acme/other/issues", "/repos/acme/widgets/issues/2", "/repos/acme/widgets/issues/",
                "/user/repos", "/repos/acme/widgets/pulls")) {
            HttpResponse<String> response = client.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(fixture("gh-error-404"), Json.parseObject(response.body()), path);
        }
        assertEquals(200, client.get("/repos/ACME/Widgets/issues/1").statusCode(), "names are case-insensitive");
    }

    @Test
    void answersDisabledIssuesWith410() throws Exception {
        fake.disableIssues("acme", "widgets");

        HttpResponse<String> response = client.post("/repos/acme/widgets/issues", "{\"title\":\"x\"}");

        assertEquals(410, response.statusCode());
        assertEquals(fixture("gh-error-410"), Json.parseObject(response.body()));
    }

    @Test
    void validatesIssuesAndCommentsAsGitHubDoes() throws Exception {
        fake.addIssue("acme", "widgets", "First", null, "ada", List.of(), true);

        assertEquals(fixture("gh-error-422-missing-title"), Json.parseObject(client.post("/repos/acme/widgets/issues", "{\"body\":\"b\"}").body()));
        HttpResponse<String> tooLong = client.post("/repos/acme/widgets/issues/1/comments", "{\"body\":\"" + "x".repeat(65537) + "\"}");
        assertEquals(422, tooLong.statusCode());
        assertEquals("body is too long (maximum is 65536 characters)",
                Json.parseObject(tooLong.body()).array("errors").objects().get(0).string("message"));
        HttpResponse<String> notJson = client.post("/repos/acme/widgets/issues", "title=x");
        assertEquals(400, notJson.statusCode());
        assertEquals("Problems parsing JSON", Json.parseObject(notJson.body()).string("message"));
        assertEquals("Body should be a JSON object", Json.parseObject(client.post("/repos/acme/widgets/issues", "[]").body()).string("message"));
        assertTrue(fake.issues("acme", "widgets").size() == 1, "nothing was created");
    }

    @Test
    void refusesRequestsOnceThePrimaryRateLimitIsUsedUp() throws Exception {
        fake.setRateLimit(5000, 1);

        assertEquals(200, client.get("/repos/acme/widgets").statusCode());
        HttpResponse<String> limited = client.get("/repos/acme/widgets");

        assertEquals(403, limited.statusCode());
        assertEquals(fixture("gh-error-403-primary"), Json.parseObject(limited.body()));
        assertEquals("0", limited.headers().firstValue("x-ratelimit-remaining").orElseThrow());
        now.set(now.get().plus(Duration.ofHours(1)));
        assertEquals(200, client.get("/repos/acme/widgets").statusCode(), "a new window starts at the reset");
    }

    @Test
    void scriptsGitHubsRateLimitAnswers() throws Exception {
        fake.failNext("GET", GitHubFault.secondaryRateLimit(403, 7));
        fake.failNext("GET", GitHubFault.primaryRateLimit(429, 1_767_607_200L));

        HttpResponse<String> secondary = client.get("/repos/acme/widgets/issues");
        HttpResponse<String> primary = client.get("/repos/acme/widgets/issues");

        assertEquals(fixture("gh-error-403-secondary"), Json.parseObject(secondary.body()));
        assertEquals("7", secondary.headers().firstValue("retry-after").orElseThrow());
        assertEquals(429, primary.statusCode());
        assertEquals("1767607200", primary.headers().firstValue("x-ratelimit-reset").orElseThrow());
        assertEquals(200, client.get("/repos/acme/widgets/issues").statusCode(), "queued faults are used once");
    }

    @Test
    void queuedFaultsApplyToTheirMethodOnly() throws Exception {
        fake.failNext("POST", GitHubFault.serverError(502));

        assertEquals(200, client.get("/repos/acme/widgets/issues").statusCode());
        assertEquals(502, client.post("/repos/acme/widgets/issues", "{\"title\":\"x\"}").statusCode());
        assertTrue(fake.issues("acme", "widgets").isEmpty());
    }

    @Test
    void dropsTheConnectionWhenScripted() {
        fake.failNext("*", new GitHubFault.DropConnection());

        // a POST: java.net.http sends a GET again by itself when the connection drops
        assertThrows(IOException.class, () -> client.post("/repos/acme/widgets/issues", "{\"title\":\"x\"}"));
        assertEquals(-1, fake.requests().get(0).status());
    }

    @Test
    void holdsARequestUntilClosed() throws Exception {
        fake.failNext("GET", new GitHubFault.NeverAnswer());

        HeldRequests.assertHeldUntilClosed(() -> client.get("/repos/acme/widgets/issues").statusCode(), () -> fake.requests().size(),
                () -> fake.requests().get(0).status(), fake);
    }

    @Test
    void recordsEachRequestWithVirtualTimeHeadersQueryAndBody() throws Exception {
        now.set(Instant.parse("2026-01-05T10:00:00Z"));

        client.post("/repos/acme/widgets/issues?x=1", "{\"title\":\"t\"}");

        GitHubRequest request = fake.requests().get(0);
        assertEquals(Instant.parse("2026-01-05T10:00:00Z"), request.at());
        assertEquals("POST /repos/acme/widgets/issues?{x=1}", request.line());
        assertEquals("Bearer " + TOKEN, request.header("Authorization").orElseThrow());
        assertEquals("2022-11-28", request.header("x-github-api-version").orElseThrow());
        assertEquals("{\"title\":\"t\"}", request.body());
        assertEquals(201, request.status());
    }

    @Test
    void acceptsOnlyTheReplacementTokenAfterARevocation() throws Exception {
        fake.replaceToken("ghp_new");

        assertEquals(401, client.get("/repos/acme/widgets").statusCode());
        assertEquals(200, GitHubClient.withToken(fake.baseUri(), "ghp_new").get("/repos/acme/widgets").statusCode());
    }
}

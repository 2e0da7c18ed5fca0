package dev.pincer.conformance.fake.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * The fake serves what a well-kept client that no one here wrote expects: hub4j's GitHub API for Java
 * (org.kohsuke:github-api) reads repositories, pages through issues, creates issues and comments, and
 * recognises the fake's refusals and rate limits as GitHub's.
 */
class GitHubApiFidelityTest {
    private static final String TOKEN = "github_pat_11AAAAAAA0fidelityToken";
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger abuseLimited = new AtomicInteger();
    private FakeGitHub fake;
    private GitHub github;

    @BeforeEach
    void start() throws IOException {
        fake = FakeGitHub.start(TOKEN, () -> Instant.parse("2026-01-05T09:00:00Z"));
        fake.addRepository("acme", "widgets");
        github = client(TOKEN);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    private GitHub client(String token) throws IOException {
        return new GitHubBuilder().withEndpoint(fake.baseUri().toString()).withOAuthToken(token)
                .withRateLimitHandler(new GitHubRateLimitHandler() {
                    @Override
                    public void onError(GitHubConnectorResponse response) throws IOException {
                        rateLimited.incrementAndGet();
                        throw new IOException("rate limited: " + response.statusCode());
                    }
                })
                .withAbuseLimitHandler(new GitHubAbuseLimitHandler() {
                    @Override
                    public void onError(GitHubConnectorResponse response) throws IOException {
                        abuseLimited.incrementAndGet();
                        throw new IOException("secondary rate limit: " + response.statusCode());
                    }
                })
                .build();
    }

    @Test
    void readsARepositoryAndPagesThroughItsIssues() throws IOException {
        for (int i = 1; i <= 35; i++) {
            fake.addIssue("acme", "widgets", "Issue " + i, "body " + i, "ada", i == 1 ? List.of("bug") : List.of(), true);
        }
        fake.addPullRequest("acme", "widgets", "A change", "linus");

        GHRepository repo = github.getRepository("acme/widgets");
        List<GHIssue> issues = repo.queryIssues().state(GHIssueState.OPEN).list().toList();

        assertEquals("acme/widgets", repo.getFullName());
        assertEquals(36, issues.size(), "two pages of 30 followed through the Link header");
        assertTrue(issues.get(0).isPullRequest());
        GHIssue first = issues.get(35);
        assertEquals(1, first.getNumber());
        assertEquals("Issue 1", first.getTitle());
        assertEquals("body 1", first.getBody());
        assertEquals(List.of("bug"), first.getLabels().stream().map(GHLabel::getName).toList());
        assertEquals("https://github.com/acme/widgets/issues/1", first.getHtmlUrl().toString());
        assertEquals("ada", first.getUser().getLogin());
        assertEquals(GHIssueState.OPEN, first.getState());
    }

    @Test
    void createsAnIssueAndCommentsOnIt() throws IOException {
        GHRepository repo = github.getRepository("acme/widgets");

        GHIssue created = repo.createIssue("Crash on start").body("Steps:\n1. start").label("bug").create();
        GHIssueComment comment = created.comment("Reproduced 🎉");

        assertEquals(1, created.getNumber());
        assertEquals("Steps:\n1. start", repo.getIssue(1).getBody());
        assertEquals("Reproduced 🎉", comment.getBody());
        assertEquals("https://github.com/acme/widgets/issues/1#issuecomment-" + comment.getId(), comment.getHtmlUrl().toString());
        assertEquals(1, fake.comments("acme", "widgets", 1).size());
        assertEquals(List.of("bug"), fake.issues("acme", "widgets").get(0).array("labels").objects().stream()
                .map(l -> l.string("name")).toList());
    }

    @Test
    void seesBadCredentialsAsA401() throws IOException {
        HttpException e = assertThrows(HttpException.class, () -> client("ghp_wrong").getRepository("acme/widgets"));

        assertEquals(401, e.getResponseCode());
        assertTrue(e.getMessage().contains("Bad credentials"), e.getMessage());
    }

    @Test
    void seesMissingRepositoriesAndIssuesAsNotFound() throws IOException {
        assertThrows(GHFileNotFoundException.class, () -> github.getRepository("acme/missing"));
        GHRepository repo = github.getRepository("acme/widgets");
        GHFileNotFoundException e = assertThrows(GHFileNotFoundException.class, () -> repo.getIssue(99));
        assertTrue(e.getMessage().contains("Not Found"), e.getMessage());
    }

    @Test
    void recognisesThePrimaryRateLimit() {
        fake.setRateLimit(5000, 0);

        assertThrows(IOException.class, () -> github.getRepository("acme/widgets"));

        assertEquals(1, rateLimited.get(), "the client's rate-limit handler saw the fake's 403 with x-ratelimit-remaining: 0");
        assertEquals(0, abuseLimited.get());
    }

    @Test
    void recognisesASecondaryRateLimitWithRetryAfter() {
        fake.failNext("GET", GitHubFault.secondaryRateLimit(403, 60));

        assertThrows(IOException.class, () -> github.getRepository("acme/widgets"));

        assertEquals(1, abuseLimited.get(), "the client's secondary-limit handler saw the fake's 403 with retry-after");
        assertFalse(fake.requests().isEmpty());
    }

    @Test
    void seesValidationFailedAsA422() throws IOException {
        fake.failNext("POST", GitHubFault.validationFailed("Issue", "title", "missing_field"));
        GHRepository repo = github.getRepository("acme/widgets");

        HttpException e = assertThrows(HttpException.class, () -> repo.createIssue("x").create());

        assertEquals(422, e.getResponseCode());
        assertTrue(e.getMessage().contains("missing_field"), e.getMessage());
    }
}

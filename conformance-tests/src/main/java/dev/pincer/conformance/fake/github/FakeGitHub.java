package dev.pincer.conformance.fake.github;

import dev.pincer.conformance.fake.ArrivalLog;
import dev.pincer.conformance.fake.LoopbackHttpServer;
import dev.pincer.conformance.fake.MethodFaults;
import dev.pincer.spi.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A faithful fake of the GitHub REST API's issue endpoints on 127.0.0.1, for conformance checks.
 *
 * <p>It holds private repositories with issues, pull requests and comments; checks {@code User-Agent},
 * the token ({@code Bearer} or {@code token}) and the primary rate limit as GitHub does; answers with
 * GitHub's JSON and error bodies; and can be scripted to fail with {@link GitHubFault}s. Requests are
 * recorded with the supplied virtual clock. All methods are thread-safe.
 */
public final class FakeGitHub implements AutoCloseable {
    /** The login of the token's user, the author of what the fake creates. */
    public static final String LOGIN = "pincer-owner";

    private final Supplier<Instant> clock;
    private final AtomicReference<String> token;
    private final Store store = new Store();
    private final MethodFaults<GitHubFault> faults = new MethodFaults<>();
    private final ArrivalLog<GitHubRequest> log = new ArrivalLog<>();
    private final RateLimitWindow rateLimit = new RateLimitWindow();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final LoopbackHttpServer server;

    private FakeGitHub(String validToken, Supplier<Instant> clock) {
        this.token = new AtomicReference<>(validToken);
        this.clock = clock;
        Endpoints endpoints = new Endpoints(store, this::baseUri, clock, LOGIN);
        this.server = LoopbackHttpServer.start("GitHub server",
                new GitHubHandler(token::get, clock, faults, log, rateLimit, endpoints, closedLatch), closedLatch);
    }

    /**
     * Starts a fake on 127.0.0.1 with a free port.
     *
     * @param validToken the one token accepted
     * @param clock the virtual time stamped on records and on what the fake creates
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeGitHub start(String validToken, Supplier<Instant> clock) {
        Objects.requireNonNull(validToken, "validToken");
        Objects.requireNonNull(clock, "clock");
        return new FakeGitHub(validToken, clock);
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://api.github.com}. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Accepts only {@code newToken} from now on, as after the owner revoked the old one. */
    public void replaceToken(String newToken) {
        token.set(Objects.requireNonNull(newToken, "newToken"));
    }

    /** Adds a private repository with issues enabled. */
    public void addRepository(String owner, String repo) {
        store.addRepo(Objects.requireNonNull(owner, "owner"), Objects.requireNonNull(repo, "repo"));
    }

    /** Disables the repository's issues: its issue endpoints answer 410. */
    public void disableIssues(String owner, String repo) {
        store.disableIssues(owner, repo);
    }

    /**
     * Adds an issue dated by the clock and returns its number.
     *
     * @param body the body, or null for none (GitHub serves {@code "body": null})
     */
    public int addIssue(String owner, String repo, String title, String body, String author, List<String> labels, boolean open) {
        return store.addIssue(owner, repo, Objects.requireNonNull(title, "title"), body, Objects.requireNonNull(author, "author"),
                labels, open, false, clock.get()).number();
    }

    /** Adds an open pull request, which GitHub's issue endpoints also serve, and returns its number. */
    public int addPullRequest(String owner, String repo, String title, String author) {
        return store.addIssue(owner, repo, title, null, author, List.of(), true, true, clock.get()).number();
    }

    /** The repository's issues and pull requests as GitHub serves them, newest first. */
    public List<JsonObject> issues(String owner, String repo) {
        Store.Repo found = store.repo(owner, repo).orElseThrow(() -> new IllegalArgumentException("no repository " + owner + "/" + repo));
        return store.issues(owner, repo).stream().map(i -> GitHubJson.issue(baseUri(), found, i)).toList();
    }

    /** The comments of an issue as GitHub serves them, oldest first. */
    public List<JsonObject> comments(String owner, String repo, int number) {
        Store.Repo found = store.repo(owner, repo).orElseThrow(() -> new IllegalArgumentException("no repository " + owner + "/" + repo));
        return store.comments(owner, repo, number).stream().map(c -> GitHubJson.comment(baseUri(), found, c)).toList();
    }

    /** Answers the next request with {@code method} ({@code "*"} for any) with {@code fault}. */
    public void failNext(String method, GitHubFault fault) {
        faults.next(Objects.requireNonNull(method, "method"), Objects.requireNonNull(fault, "fault"));
    }

    /** Answers every request with {@code method} ({@code "*"} for any) with {@code fault}, after queued ones. */
    public void failAlways(String method, GitHubFault fault) {
        faults.always(Objects.requireNonNull(method, "method"), Objects.requireNonNull(fault, "fault"));
    }

    /** Removes every queued and standing fault. */
    public void clearFaults() {
        faults.clear();
    }

    /** Sets the primary rate limit per hour and how many requests are left in the current window. */
    public void setRateLimit(int limit, int remaining) {
        if (limit < 1 || remaining < 0 || remaining > limit) {
            throw new IllegalArgumentException("need 1 <= limit and 0 <= remaining <= limit, was " + limit + ", " + remaining);
        }
        rateLimit.set(limit, remaining);
    }

    /** Every request in arrival order; unanswered ones have status 0. */
    public List<GitHubRequest> requests() {
        return log.snapshot();
    }

    /** Stops the server; requests held by {@link GitHubFault.NeverAnswer} are dropped first. */
    @Override
    public void close() {
        server.close();
    }
}

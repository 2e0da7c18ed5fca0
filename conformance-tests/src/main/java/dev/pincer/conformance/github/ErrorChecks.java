package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.OWNER;
import static dev.pincer.conformance.github.GitHubHarness.REPO;
import static dev.pincer.conformance.github.GitHubHarness.args;
import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.github.GitHubFault;
import dev.pincer.spi.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** GitHub's refusals, rate limits, and changes whose outcome is unknown. */
final class ErrorChecks {
    private ErrorChecks() {}

    static List<Check<GitHubHarness>> all() {
        return List.of(badCredentials(), notFoundAndGone(), rateLimits(), validationFailed(), unknownOutcomes());
    }

    static Check<GitHubHarness> badCredentials() {
        return Check.of("fails at once on 401 Bad credentials, naming GITHUB_TOKEN", Set.of("GH-ERR-001", "TOOL-ERR-003", "GH-API-002"), (h, v) -> {
            h.start();
            h.fake.replaceToken("github_pat_another0token");
            ToolOutcome list = h.call("list_issues", repoArgs());
            int gets = h.requests("GET").size();
            ToolOutcome create = h.call("create_issue", repoArgs("title", "x"));
            int posts = h.requests("POST").size();
            v.expect(List.of("GH-ERR-001", "TOOL-ERR-003", "GH-API-002"), credentials(list) && credentials(create) && gets == 1 && posts == 1,
                    "one request each, and Failed whose reason contains 401, Bad credentials and GITHUB_TOKEN",
                    () -> gets + " GETs, " + posts + " POSTs; outcomes " + list + " and " + create);
        });
    }

    private static boolean credentials(ToolOutcome outcome) {
        return outcome instanceof ToolOutcome.Failed f && f.reason().contains("401") && f.reason().contains("Bad credentials")
                && f.reason().contains("GITHUB_TOKEN");
    }

    static Check<GitHubHarness> notFoundAndGone() {
        return Check.of("fails at once on 404 and 410 with GitHub's message and the repository",
                Set.of("GH-ERR-002", "TOOL-ERR-003", "GH-API-002"), (h, v) -> {
                    h.fake.addIssue(OWNER, REPO, "Only", null, "ada", List.of(), true);
                    h.fake.addRepository(OWNER, "archive");
                    h.fake.disableIssues(OWNER, "archive");
                    h.start();
                    ToolOutcome missingRepo = h.call("get_issue", args("owner", OWNER, "repo", "missing", "number", 1));
                    ToolOutcome missingIssue = h.call("get_issue", repoArgs("number", 99));
                    ToolOutcome disabled = h.call("create_issue", args("owner", OWNER, "repo", "archive", "title", "x"));
                    int requests = h.fake.requests().size();
                    boolean held = names(missingRepo, "Not Found", "acme/missing") && names(missingIssue, "Not Found", "acme/widgets", "99")
                            && names(disabled, "Issues are disabled for this repo", "acme/archive") && requests == 3;
                    v.expect(List.of("GH-ERR-002", "TOOL-ERR-003", "GH-API-002"), held,
                            "one request each; Failed with Not Found and acme/missing (saying the token may lack access), with Not Found,"
                                    + " acme/widgets and 99, and with Issues are disabled for this repo and acme/archive",
                            () -> requests + " requests; outcomes " + missingRepo + ", " + missingIssue + ", " + disabled);
                });
    }

    private static boolean names(ToolOutcome outcome, String... parts) {
        if (!(outcome instanceof ToolOutcome.Failed f)) {
            return false;
        }
        boolean access = !parts[0].equals("Not Found") || f.reason().toLowerCase(Locale.ROOT).contains("access");
        return access && List.of(parts).stream().allMatch(f.reason()::contains);
    }

    static Check<GitHubHarness> rateLimits() {
        return Check.of("tells GitHub's primary and secondary rate limits from a refusal, and returns RetryAfter for long waits",
                Set.of("GH-ERR-003", "TOOL-ERR-001", "TOOL-ERR-003"), (h, v) -> {
                    h.start();
                    long reset = h.clock.now().plus(Duration.ofSeconds(1800)).getEpochSecond();
                    h.fake.failNext("GET", GitHubFault.primaryRateLimit(403, reset));
                    ToolOutcome primary = h.call("list_issues", repoArgs());
                    Duration untilReset = Duration.ofSeconds(reset).minusMillis(h.fake.requests().getLast().at().toEpochMilli());
                    h.fake.failNext("GET", GitHubFault.secondaryRateLimit(403, -1));
                    ToolOutcome secondary = h.call("list_issues", repoArgs());
                    h.fake.failNext("GET", GitHubFault.secondaryRateLimit(429, 30));
                    ToolOutcome retryAfter = h.call("list_issues", repoArgs());
                    h.fake.failNext("POST", GitHubFault.forbidden());
                    ToolOutcome forbidden = h.call("create_issue", repoArgs("title", "x"));
                    int requests = h.fake.requests().size();
                    boolean limits = waits(primary, untilReset) && waits(secondary, Duration.ofSeconds(60))
                            && waits(retryAfter, Duration.ofSeconds(30));
                    v.expect(List.of("GH-ERR-003", "TOOL-ERR-001"), limits && requests == 4,
                            "one request each, and RetryAfter of at least " + untilReset.toSeconds() + " s (x-ratelimit-reset), 60 s"
                                    + " (secondary rate limit without headers) and 30 s (retry-after)",
                            () -> requests + " requests; outcomes " + primary + ", " + secondary + ", " + retryAfter);
                    int posts = h.requests("POST").size();
                    v.expect(List.of("GH-ERR-003", "TOOL-ERR-003"), forbidden instanceof ToolOutcome.Failed f
                                    && f.reason().contains("Resource not accessible by personal access token") && posts == 1,
                            "a 403 with x-ratelimit-remaining 4999 is a refusal: Failed with GitHub's message after one POST",
                            () -> posts + " POSTs; outcome " + forbidden);
                });
    }

    private static boolean waits(ToolOutcome outcome, Duration atLeast) {
        return outcome instanceof ToolOutcome.RetryAfter r && r.delay().compareTo(atLeast) >= 0;
    }

    static Check<GitHubHarness> validationFailed() {
        return Check.of("fails at once on 422 Validation Failed, naming each error's field and code", Set.of("GH-ERR-004", "TOOL-ERR-003"), (h, v) -> {
            h.start();
            h.fake.failNext("POST", GitHubFault.validationFailed("Issue", "title", "missing_field"));
            ToolOutcome outcome = h.call("create_issue", repoArgs("title", "x"));
            int posts = h.requests("POST").size();
            v.expect(List.of("GH-ERR-004", "TOOL-ERR-003"), posts == 1 && outcome instanceof ToolOutcome.Failed f
                    && f.reason().contains("Validation Failed") && f.reason().contains("title") && f.reason().contains("missing_field"),
                    "one POST, and Failed whose reason contains Validation Failed, title and missing_field",
                    () -> posts + " POSTs; outcome " + outcome);
        });
    }

    static Check<GitHubHarness> unknownOutcomes() {
        return Check.of("does not send a change again after a 502 or a dropped connection, and says the outcome is unknown",
                Set.of("GH-ERR-005", "TOOL-INV-006"), (h, v) -> {
                    h.fake.addIssue(OWNER, REPO, "Only", null, "ada", List.of(), true);
                    h.start();
                    h.fake.failNext("POST", GitHubFault.serverError(502));
                    ToolOutcome created = h.call("create_issue", repoArgs("title", "x"));
                    int afterCreate = h.requests("POST").size();
                    h.fake.failNext("POST", new GitHubFault.DropConnection());
                    ToolOutcome commented = h.call("comment_on_issue", repoArgs("number", 1, "body", "x"));
                    int afterComment = h.requests("POST").size() - afterCreate;
                    v.expect(List.of("GH-ERR-005", "TOOL-INV-006"), afterCreate == 1 && afterComment == 1
                                    && unknown(created) && ((ToolOutcome.Failed) created).reason().contains("502") && unknown(commented),
                            "one POST each, and Failed whose reason names the failure (502) and contains \"unknown\"",
                            () -> afterCreate + " and " + afterComment + " POSTs; outcomes " + created + " and " + commented);
                });
    }

    private static boolean unknown(ToolOutcome outcome) {
        return outcome instanceof ToolOutcome.Failed f && f.reason().contains("unknown");
    }
}

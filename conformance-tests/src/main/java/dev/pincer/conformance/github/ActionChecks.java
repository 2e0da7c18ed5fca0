package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.OWNER;
import static dev.pincer.conformance.github.GitHubHarness.REPO;
import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The four actions: their requests, arguments, results, and what a repeated call id does. */
final class ActionChecks {
    static final String TITLE = "  Ünïcødé title 🎉  ";
    static final String BODY = "Steps:\r\n  1. start\n\tthen <b>crash</b> ";

    private ActionChecks() {}

    static List<Check<GitHubHarness>> all() {
        return List.of(listsIssues(), getsIssues(), createsIssues(), commentsOnIssues(), refusesUndeclaredActions(), sendsGitHubsHeaders());
    }

    /** Issues 1 (labels, body), 2 (closed), 3 (a pull request), 4 (no body), all in acme/widgets. */
    static void seed(GitHubHarness h) {
        h.fake.addIssue(OWNER, REPO, "Found a bug", "It crashes on start.", "ada", List.of("bug", "ui"), true);
        h.fake.addIssue(OWNER, REPO, "Old", null, "grace", List.of(), false);
        h.fake.addPullRequest(OWNER, REPO, "A change", "linus");
        h.fake.addIssue(OWNER, REPO, "Newest", null, "ada", List.of(), true);
    }

    static Check<GitHubHarness> listsIssues() {
        return Check.of("lists issues without pull requests, with the defaults and with state and limit",
                Set.of("GH-ACT-001", "TOOL-INV-001", "TOOL-INV-002", "TOOL-INV-003"), (h, v) -> {
                    seed(h);
                    h.start();
                    ToolOutcome defaults = h.call("list_issues", repoArgs());
                    ToolOutcome chosen = h.call("list_issues", repoArgs("state", "all", "limit", 2));
                    List<GitHubRequest> requests = h.fake.requests();
                    boolean queries = requests.size() == 2 && requests.get(0).query().equals(Map.of("state", "open", "per_page", "30"))
                            && requests.get(1).query().equals(Map.of("state", "all", "per_page", "2"));
                    v.expect(List.of("GH-ACT-001", "TOOL-INV-002"), queries,
                            "GET /repos/acme/widgets/issues?state=open&per_page=30 with the optional arguments left out, then state=all&per_page=2",
                            () -> requests.stream().map(GitHubRequest::line).toList().toString());
                    List<JsonObject> all = h.fake.issues(OWNER, REPO);
                    JsonObject expectOpen = Expected.list(all.stream().filter(i -> i.string("state").equals("open")).toList());
                    JsonObject expectTwo = Expected.list(all.subList(0, 2));
                    v.expect(List.of("GH-ACT-001", "TOOL-INV-003"), done(defaults, expectOpen) && done(chosen, expectTwo),
                            "Done with " + expectOpen + ", then " + expectTwo, () -> "outcomes " + defaults + " and " + chosen);
                    onlyListedRequests(h, v, "GET", "/repos/acme/widgets/issues");
                });
    }

    static Check<GitHubHarness> getsIssues() {
        return Check.of("gets an issue with a body, one without, and a pull request", Set.of("GH-ACT-002", "TOOL-INV-001", "TOOL-INV-003"), (h, v) -> {
            seed(h);
            h.start();
            Map<Integer, JsonObject> expected = Map.of(1, Expected.issue(h.fake.issues(OWNER, REPO).get(3)),
                    4, Expected.issue(h.fake.issues(OWNER, REPO).get(0)), 3, Expected.issue(h.fake.issues(OWNER, REPO).get(1)));
            StringBuilder wrong = new StringBuilder();
            for (int number : List.of(1, 4, 3)) {
                ToolOutcome outcome = h.call("get_issue", repoArgs("number", number));
                if (!done(outcome, expected.get(number))) {
                    wrong.append("#").append(number).append(": ").append(outcome).append("; ");
                }
            }
            v.expect(List.of("GH-ACT-002", "TOOL-INV-003"), wrong.isEmpty(), "Done with " + expected, wrong::toString);
            onlyListedRequests(h, v, "GET", "/repos/acme/widgets/issues/1", "/repos/acme/widgets/issues/4", "/repos/acme/widgets/issues/3");
        });
    }

    static Check<GitHubHarness> createsIssues() {
        return Check.of("creates issues with exactly the given fields, and not twice for one call id",
                Set.of("GH-ACT-003", "TOOL-INV-001", "TOOL-INV-002", "TOOL-INV-003", "TOOL-INV-005"), (h, v) -> {
                    h.start();
                    ToolOutcome full = h.call("create_issue", repoArgs("title", TITLE, "body", BODY, "labels", List.of("bug", "needs triage")));
                    ToolInvocation first = h.calls().getLast().invocation();
                    ToolOutcome bare = h.call("create_issue", repoArgs("title", "Second"));
                    List<GitHubRequest> posts = h.requests("POST");
                    JsonObject fullBody = Json.object().put("title", TITLE).put("body", BODY)
                            .put("labels", Json.array(List.of(Json.of("bug"), Json.of("needs triage")))).build();
                    JsonObject bareBody = Json.object().put("title", "Second").build();
                    boolean bodies = posts.size() == 2 && parses(posts.get(0).body(), fullBody) && parses(posts.get(1).body(), bareBody);
                    v.expect(List.of("GH-ACT-003", "TOOL-INV-002"), bodies,
                            "POST bodies exactly " + fullBody + " and " + bareBody + ", byte for byte in their values",
                            () -> posts.stream().map(GitHubRequest::body).toList().toString());
                    List<JsonObject> issues = h.fake.issues(OWNER, REPO);
                    JsonObject expectFull = issues.size() < 2 ? Json.object().build() : created(issues.get(1));
                    JsonObject expectBare = issues.isEmpty() ? Json.object().build() : created(issues.get(0));
                    v.expect(List.of("GH-ACT-003", "TOOL-INV-003"), done(full, expectFull) && done(bare, expectBare),
                            "Done with " + expectFull + ", then " + expectBare, () -> "outcomes " + full + " and " + bare);
                    onlyListedRequests(h, v, "POST", "/repos/acme/widgets/issues");
                    h.restart();
                    ToolOutcome again = h.invoke(first);
                    int postsAfter = h.requests("POST").size();
                    v.expect("TOOL-INV-005", postsAfter == 2 && full instanceof ToolOutcome.Done d && again instanceof ToolOutcome.Done a
                                    && d.result().equals(a.result()),
                            "after a restart, the same call id returns the first result without another POST",
                            () -> (postsAfter - 2) + " more POSTs; the second call returned " + again);
                });
    }

    static Check<GitHubHarness> commentsOnIssues() {
        return Check.of("comments on an issue once per call id", Set.of("GH-ACT-004", "TOOL-INV-003", "TOOL-INV-005"), (h, v) -> {
            seed(h);
            h.start();
            String text = "Thanks — I'll look 👀\nnext line";
            ToolOutcome outcome = h.call("comment_on_issue", repoArgs("number", 1, "body", text));
            ToolInvocation first = h.calls().getLast().invocation();
            List<JsonObject> comments = h.fake.comments(OWNER, REPO, 1);
            JsonObject expected = comments.isEmpty() ? Json.object().build()
                    : Json.object().put("id", comments.get(0).longValue("id")).put("url", comments.get(0).string("html_url")).build();
            v.expect(List.of("GH-ACT-004", "TOOL-INV-003"), comments.size() == 1 && comments.get(0).string("body").equals(text)
                    && done(outcome, expected), "one comment with exactly the text, and Done with " + expected,
                    () -> "comments " + comments.stream().map(c -> c.string("body")).toList() + ", outcome " + outcome);
            h.restart();
            ToolOutcome again = h.invoke(first);
            v.expect("TOOL-INV-005", h.fake.comments(OWNER, REPO, 1).size() == 1 && done(again, expected),
                    "after a restart, the same call id returns the first result without another comment",
                    () -> h.fake.comments(OWNER, REPO, 1).size() + " comments; the second call returned " + again);
        });
    }

    static Check<GitHubHarness> refusesUndeclaredActions() {
        return Check.of("refuses an action the manifest does not declare, without a request", Set.of("TOOL-INV-001"), (h, v) -> {
            h.start();
            ToolOutcome outcome = h.invoke(new ToolInvocation(h.nextId(), "delete_repository", repoArgs()));
            v.expect("TOOL-INV-001", outcome instanceof ToolOutcome.Failed f && f.reason().contains("delete_repository")
                    && f.reason().contains("list_issues") && h.fake.requests().isEmpty(),
                    "Failed naming delete_repository and the declared actions, no request",
                    () -> outcome + " after " + h.fake.requests().size() + " requests");
        });
    }

    static Check<GitHubHarness> sendsGitHubsHeaders() {
        return Check.of("sends every request to api.github.com with the token and GitHub's headers", Set.of("GH-API-001"), (h, v) -> {
            seed(h);
            h.start();
            h.call("list_issues", repoArgs());
            h.call("get_issue", repoArgs("number", 1));
            h.call("create_issue", repoArgs("title", "Header check"));
            h.call("comment_on_issue", repoArgs("number", 1, "body", "Header check"));
            String agent = h.manifest().config().getOrDefault("userAgent", "pincer-github-tool");
            List<String> wrong = h.fake.requests().stream().filter(r -> !r.header("authorization").equals(java.util.Optional.of("Bearer " + GitHubHarness.TOKEN))
                    || !r.header("accept").equals(java.util.Optional.of("application/vnd.github+json"))
                    || !r.header("x-github-api-version").equals(java.util.Optional.of("2022-11-28"))
                    || !r.header("user-agent").equals(java.util.Optional.of(agent))
                    || (r.method().equals("POST") && !r.header("content-type").orElse("").startsWith("application/json")))
                    .map(r -> r.line() + " with accept " + r.header("accept").orElse("(none)") + ", version "
                            + r.header("x-github-api-version").orElse("(none)") + ", user-agent " + r.header("user-agent").orElse("(none)")
                            + ", content-type " + r.header("content-type").orElse("(none)")
                            + (r.header("authorization").orElse("").equals("Bearer " + GitHubHarness.TOKEN) ? "" : ", not the Bearer token"))
                    .toList();
            List<String> elsewhere = h.egressRecords().stream().filter(r -> !r.uri().getScheme().equals("https") || !r.host().equals(GitHubHarness.HOST))
                    .map(r -> r.method() + " " + r.uri().getScheme() + "://" + r.host()).toList();
            v.expect("GH-API-001", h.fake.requests().size() == 4 && wrong.isEmpty() && elsewhere.isEmpty(),
                    "4 requests to https://api.github.com, each with Authorization: Bearer <token>, Accept: application/vnd.github+json,"
                            + " X-GitHub-Api-Version: 2022-11-28, User-Agent: " + agent + ", and POSTs with Content-Type: application/json",
                    () -> h.fake.requests().size() + " requests; " + String.join("; ", wrong) + " " + elsewhere);
        });
    }

    /** Every request of every call so far has this method and one of these paths (TOOL-INV-001). */
    private static void onlyListedRequests(GitHubHarness h, dev.pincer.conformance.check.Verdicts v, String method, String... paths) {
        List<String> others = h.calls().stream().flatMap(c -> c.requests().stream())
                .filter(r -> !r.method().equals(method) || !List.of(paths).contains(r.uri().getRawPath()))
                .map(r -> r.method() + " " + r.uri().getRawPath()).toList();
        v.expect("TOOL-INV-001", others.isEmpty(), "only " + method + " " + List.of(paths), () -> "also " + others);
    }

    private static JsonObject created(JsonObject issue) {
        return Json.object().put("number", issue.longValue("number")).put("url", issue.string("html_url")).build();
    }

    static boolean done(ToolOutcome outcome, JsonObject expected) {
        return outcome instanceof ToolOutcome.Done d && d.result().equals(expected);
    }

    private static boolean parses(String body, JsonObject expected) {
        try {
            return Json.parse(body).equals(expected);
        } catch (RuntimeException e) {
            return false;
        }
    }
}

package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.OWNER;
import static dev.pincer.conformance.github.GitHubHarness.REPO;
import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.github.GitHubFault;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.spi.ToolOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Transient failures of reads, retried with jittered backoff, and malformed answers. */
final class ReadRetryChecks {
    private ReadRetryChecks() {}

    static List<Check<GitHubHarness>> all() {
        return List.of(retriesTransientFailures(), failsOnMalformedAnswers());
    }

    static Check<GitHubHarness> retriesTransientFailures() {
        return Check.of("retries a read after 502 and 504 with jittered backoff, at most 3 attempts", Set.of("TOOL-ERR-002"), (h, v) -> {
            List<Duration> waits = backoffScenario(h);
            ToolOutcome recovered = h.calls().getLast().outcome();
            boolean inRange = waits.size() == 2 && within(waits.get(0), 500, 1000) && within(waits.get(1), 1000, 2000);
            v.expect("TOOL-ERR-002", recovered instanceof ToolOutcome.Done && inRange,
                    "Done after 3 requests, waiting [0.5 s, 1 s] then [1 s, 2 s] of virtual time",
                    () -> "waits " + waits + ", outcome " + recovered);
            List<Duration> otherWaits;
            try (GitHubHarness sibling = h.sibling(h.seed() + 7919)) {
                otherWaits = backoffScenario(sibling);
            }
            v.expect("TOOL-ERR-002", !otherWaits.equals(waits), "another seed gives other waits",
                    () -> "seed " + h.seed() + " and another both waited " + waits);
            h.fake.failAlways("GET", GitHubFault.serverError(503));
            int before = h.fake.requests().size();
            ToolOutcome exhausted = h.call("get_issue", repoArgs("number", 1));
            int attempts = h.fake.requests().size() - before;
            String reason = exhausted instanceof ToolOutcome.RetryAfter r ? r.reason() : exhausted instanceof ToolOutcome.Failed f ? f.reason() : "";
            v.expect("TOOL-ERR-002", attempts == 3 && reason.contains("503"),
                    "with 503 on every attempt, exactly 3 requests, then RetryAfter or Failed naming 503",
                    () -> attempts + " requests, outcome " + exhausted);
        });
    }

    /** 502, then 504, then the issue: returns the two waits the tool left between its requests. */
    private static List<Duration> backoffScenario(GitHubHarness h) throws InterruptedException {
        h.fake.addIssue(OWNER, REPO, "Only", null, "ada", List.of(), true);
        h.start();
        h.fake.failNext("GET", GitHubFault.serverError(502));
        h.fake.failNext("GET", GitHubFault.serverError(504));
        h.call("get_issue", repoArgs("number", 1));
        List<GitHubRequest> requests = h.fake.requests();
        List<Duration> waits = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            waits.add(Duration.between(requests.get(i - 1).at(), requests.get(i).at()));
        }
        return waits;
    }

    private static boolean within(Duration wait, long minMillis, long maxMillis) {
        return wait.toMillis() >= minMillis && wait.toMillis() <= maxMillis;
    }

    static Check<GitHubHarness> failsOnMalformedAnswers() {
        return Check.of("never returns Done for a 200 that is HTML or lacks the issue's fields", Set.of("TOOL-ERR-004"), (h, v) -> {
            h.fake.addIssue(OWNER, REPO, "Only", null, "ada", List.of(), true);
            h.start();
            h.fake.failAlways("GET", GitHubFault.htmlOk());
            ToolOutcome html = h.call("get_issue", repoArgs("number", 1));
            h.fake.clearFaults();
            h.fake.failAlways("GET", new GitHubFault.Answer(200, Map.of(), "{\"number\":1,\"title\":\"Only\"}"));
            ToolOutcome partial = h.call("get_issue", repoArgs("number", 1));
            v.expect("TOOL-ERR-004", !(html instanceof ToolOutcome.Done) && !(partial instanceof ToolOutcome.Done),
                    "RetryAfter or Failed, never Done, for an HTML body and for an issue without state, user, labels and html_url",
                    () -> "outcomes " + html + " and " + partial);
        });
    }
}

package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.OWNER;
import static dev.pincer.conformance.github.GitHubHarness.REPO;
import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolChecks;
import dev.pincer.conformance.fake.github.GitHubFault;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.spi.ToolOutcome;
import java.time.Instant;
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
        return ToolChecks.retriesTransientFailures(ReadRetryChecks::backoffScenario, h -> {
            h.fake.failAlways("GET", GitHubFault.serverError(503));
            int before = h.fake.requests().size();
            h.call("get_issue", repoArgs("number", 1));
            return h.fake.requests().subList(before, h.fake.requests().size()).stream().map(GitHubRequest::at).toList();
        }, h -> {
            try {
                return h.sibling(h.seed() + 7919);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** 502, then 504, then the issue: returns when each request arrived. */
    private static List<Instant> backoffScenario(GitHubHarness h) throws InterruptedException {
        h.fake.addIssue(OWNER, REPO, "Only", null, "ada", List.of(), true);
        h.start();
        h.fake.failNext("GET", GitHubFault.serverError(502));
        h.fake.failNext("GET", GitHubFault.serverError(504));
        h.call("get_issue", repoArgs("number", 1));
        return h.fake.requests().stream().map(GitHubRequest::at).toList();
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

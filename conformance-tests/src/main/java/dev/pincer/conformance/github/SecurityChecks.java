package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Set;

/** Arguments that would leave the repository's path, and the path invariant verified after every check. */
final class SecurityChecks {
    private SecurityChecks() {}

    static Check<GitHubHarness> refusesNamesThatLeaveThePath() {
        return Check.of("refuses '..' and '.' as repository names without a request", Set.of("GH-SEC-002", "TOOL-SEC-004"), (h, v) -> {
            h.start();
            ToolOutcome up = h.call("get_issue", args("owner", "acme", "repo", "..", "number", 1));
            ToolOutcome here = h.call("list_issues", args("owner", "acme", "repo", "."));
            int requests = h.fake.requests().size();
            v.expect(List.of("GH-SEC-002", "TOOL-SEC-004"), up instanceof ToolOutcome.Failed && here instanceof ToolOutcome.Failed
                    && requests == 0, "Failed for repo \"..\" and repo \".\", and no request",
                    () -> requests + " requests " + h.fake.requests().stream().map(r -> r.line()).toList() + "; outcomes " + up + " and " + here);
        });
    }

    /** After every check: each request of a call went to a path under {@code /repos/{owner}/{repo}/} of its arguments. */
    static Check<GitHubHarness> requestsStayInTheRepository() {
        return Check.of("invariant: every request of a call stays under /repos/{owner}/{repo}/ of its arguments", Set.of("GH-SEC-002"), (h, v) -> {
            List<String> outside = h.calls().stream().filter(c -> h.manifest().action(c.invocation().action()).isPresent())
                    .flatMap(c -> c.requests().stream().filter(r -> !r.uri().getRawPath().startsWith(prefix(c)))
                            .map(r -> c.invocation().action() + " " + c.invocation().arguments() + ": " + r.method() + " " + r.uri().getRawPath()))
                    .toList();
            v.expect("GH-SEC-002", outside.isEmpty(), "each request's path starts with /repos/{owner}/{repo}/ of the call",
                    () -> String.join("; ", outside));
        });
    }

    private static String prefix(ToolHarness.Call call) {
        JsonObject arguments = call.invocation().arguments();
        return "/repos/" + arguments.optString("owner").orElse("?") + "/" + arguments.optString("repo").orElse("?") + "/";
    }
}

package dev.pincer.conformance.github;

import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolChecks;
import dev.pincer.conformance.fake.github.GitHubFault;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.SecretVault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Start, stop, and waiting on the context clock. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<GitHubHarness>> all() {
        return List.of(startFailsClearly(), stopEndsAHeldRequest(), waitsOnTheContextClock());
    }

    static Check<GitHubHarness> startFailsClearly() {
        return Check.of("start fails naming GITHUB_TOKEN when it is not set, and userAgent when it is blank",
                Set.of("TOOL-LIFE-001", "GH-API-001"), (h, v) -> {
                    String noSecret = startRefusal(h, h.manifest().config(), new SecretVault(Map.of(), h.manifest().secrets()));
                    v.expect("TOOL-LIFE-001", noSecret.startsWith("IntegrationException") && noSecret.contains("GITHUB_TOKEN"),
                            "start without GITHUB_TOKEN set throws IntegrationException naming GITHUB_TOKEN", () -> noSecret);
                    Map<String, String> blank = new LinkedHashMap<>(h.manifest().config());
                    blank.put("userAgent", " ");
                    String noAgent = startRefusal(h, blank, h.vault);
                    v.expect(List.of("TOOL-LIFE-001", "GH-API-001"), noAgent.startsWith("IntegrationException") && noAgent.contains("userAgent"),
                            "start with userAgent \" \" throws IntegrationException naming userAgent", () -> noAgent);
                    int before = h.egressRecords().size();
                    long start = System.nanoTime();
                    String normal = startRefusal(h, h.manifest().config(), h.vault);
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    List<String> changes = h.egressRecords().subList(before, h.egressRecords().size()).stream()
                            .filter(r -> !r.method().equals("GET") && !r.method().equals("HEAD")).map(EgressRecord::method).toList();
                    v.expect("TOOL-LIFE-001", normal.isEmpty() && took.compareTo(Duration.ofSeconds(5)) < 0 && changes.isEmpty(),
                            "start with the example configuration returns within 5 s, sending at most GET or HEAD requests",
                            () -> (normal.isEmpty() ? "start returned" : "start threw " + normal) + " after " + took.toMillis()
                                    + " ms, sending " + changes);
                });
    }

    private static String startRefusal(GitHubHarness h, Map<String, String> config, SecretVault vault) {
        return ToolChecks.startFailure(h, config, vault);
    }

    static Check<GitHubHarness> stopEndsAHeldRequest() {
        return ToolChecks.stopEndsAHeldRequest("GitHub", h -> h.fake.failNext("GET", new GitHubFault.NeverAnswer()),
                h -> h.fake.requests().size(), h -> h.call("list_issues", repoArgs()));
    }

    static Check<GitHubHarness> waitsOnTheContextClock() {
        return ToolChecks.waitsOnTheContextClock("GH-ERR-003", h -> h.fake.failNext("GET", GitHubFault.secondaryRateLimit(429, 3)),
                h -> h.call("list_issues", repoArgs()), h -> h.fake.requests().stream().map(GitHubRequest::at).toList());
    }
}

package dev.pincer.conformance.github;

import static dev.pincer.conformance.check.IntegrationHarness.awaitReal;
import static dev.pincer.conformance.github.GitHubHarness.repoArgs;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Starts;
import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.conformance.fake.github.GitHubFault;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.spi.ToolOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

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

    /** Starts a fresh instance; "" if start returned, else what it threw. */
    private static String startRefusal(GitHubHarness h, Map<String, String> config, SecretVault vault) {
        return Starts.refusal(() -> h.start(config, vault));
    }

    static Check<GitHubHarness> stopEndsAHeldRequest() {
        return Check.of("stop ends a call whose request GitHub holds, and no request follows", Set.of("TOOL-LIFE-002"), (h, v) -> {
            h.start();
            h.fake.failNext("GET", new GitHubFault.NeverAnswer());
            AtomicReference<Object> ended = new AtomicReference<>();
            Thread caller = Thread.ofPlatform().daemon().name("invoke").start(() -> {
                try {
                    ended.set(h.call("list_issues", repoArgs()));
                } catch (InterruptedException e) {
                    ended.set(e);
                } catch (RuntimeException e) {
                    ended.set(e);
                }
            });
            boolean held = awaitReal(() -> !h.fake.requests().isEmpty(), Duration.ofSeconds(5));
            Duration took = h.stopAndJoin(caller);
            List<EgressRecord> after = h.requestsAfterStop();
            v.expect("TOOL-LIFE-002", held && !caller.isAlive() && after.isEmpty(),
                    "with a request held by GitHub, invoke ends within 5 s of stop() and no request is attempted afterwards",
                    () -> !held ? "no request reached the fake within 5 s" : caller.isAlive() ? "invoke was still running "
                            + took.toMillis() + " ms after stop()" : after.size() + " requests were attempted after stop(): "
                            + after.stream().map(r -> r.method() + " " + r.uri().getRawPath()).toList());
        });
    }

    static Check<GitHubHarness> waitsOnTheContextClock() {
        return Check.of("waits out a 429 with retry-after 3 on the context clock, then lists",
                Set.of("TOOL-LIFE-003", "TOOL-ERR-001", "GH-ERR-003"), (h, v) -> {
                    h.start();
                    h.fake.failNext("GET", GitHubFault.secondaryRateLimit(429, 3));
                    ToolOutcome outcome = h.call("list_issues", repoArgs());
                    ToolHarness.Call call = h.calls().getLast();
                    List<GitHubRequest> requests = h.fake.requests();
                    Duration gap = requests.size() < 2 ? Duration.ZERO : Duration.between(requests.get(0).at(), requests.get(1).at());
                    v.expect("TOOL-LIFE-003", call.realTime().compareTo(Duration.ofMillis(2500)) < 0 && gap.toMillis() >= 3000,
                            "the 3 s wait passes on the virtual clock: under 2.5 s of real time, at least 3 s of virtual time",
                            () -> "the call took " + call.realTime().toMillis() + " ms of real time; the retry came "
                                    + gap.toMillis() + " ms of virtual time after the 429");
                    v.expect(List.of("TOOL-ERR-001", "GH-ERR-003"), outcome instanceof ToolOutcome.Done && requests.size() == 2
                            && gap.toMillis() >= 3000, "after 429 with retry-after: 3, one more request at least 3 s later, then Done",
                            () -> requests.size() + " requests, " + gap.toMillis() + " ms apart; outcome " + outcome);
                });
    }
}

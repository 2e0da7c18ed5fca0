package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolChecks;
import dev.pincer.conformance.fake.gmail.GmailFault;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.SecretVault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Start, stop, and waiting on the context clock. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(startFailsWithoutTheToken(), ToolChecks.stopEndsAHeldRequest("Gmail",
                h -> h.fake.failNext("GET", new GmailFault.NeverAnswer()), h -> h.fake.requests().size(),
                h -> h.call("list_messages", args())), waitsOnTheContextClock());
    }

    static Check<GmailHarness> startFailsWithoutTheToken() {
        return Check.of("start fails naming GMAIL_TOKEN when it is not set, and otherwise returns at once without a change",
                Set.of("TOOL-LIFE-001", "GM-API-001"), (h, v) -> {
                    String noSecret = ToolChecks.startFailure(h, h.manifest().config(), new SecretVault(Map.of(), h.manifest().secrets()));
                    v.expect(List.of("TOOL-LIFE-001", "GM-API-001"), noSecret.startsWith("IntegrationException") && noSecret.contains("GMAIL_TOKEN"),
                            "start without GMAIL_TOKEN set throws IntegrationException naming GMAIL_TOKEN", () -> noSecret);
                    long start = System.nanoTime();
                    String normal = ToolChecks.startFailure(h, h.manifest().config(), h.vault);
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    List<String> changes = h.egressRecords().stream().filter(r -> !r.method().equals("GET") && !r.method().equals("HEAD"))
                            .map(EgressRecord::method).toList();
                    v.expect("TOOL-LIFE-001", normal.isEmpty() && took.compareTo(Duration.ofSeconds(5)) < 0 && changes.isEmpty(),
                            "start with the example configuration returns within 5 s, sending at most GET or HEAD requests",
                            () -> (normal.isEmpty() ? "start returned" : "start threw " + normal) + " after " + took.toMillis()
                                    + " ms, sending " + changes);
                });
    }

    static Check<GmailHarness> waitsOnTheContextClock() {
        return ToolChecks.waitsOnTheContextClock("GM-ERR-003", h -> h.fake.failNext("GET", GmailFault.tooManyRequests(3)),
                h -> h.call("list_messages", args()), h -> h.fake.requests().stream().map(GmailRequest::at).toList());
    }
}

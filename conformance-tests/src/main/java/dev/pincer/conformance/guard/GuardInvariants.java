package dev.pincer.conformance.guard;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.GuardHarness;
import dev.pincer.conformance.check.Texts;
import dev.pincer.spi.GuardVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What every guard suite verifies after every check, over every {@code inspect} of the check. */
final class GuardInvariants {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    private GuardInvariants() {}

    static List<Check<GuardHarness>> all() {
        return List.of(alwaysAVerdict(), withinOneSecond(), reasonsNameTheGuard(), noRequest());
    }

    static Check<GuardHarness> alwaysAVerdict() {
        return Check.of("invariant: inspect returned a verdict, never null, never a throw", Set.of("GUARD-INV-001"), (h, v) -> {
            List<String> broken = h.inspections().stream().filter(i -> i.verdict() == null)
                    .map(i -> Actions.describe(i.action()) + ": " + (i.thrown() == null ? "returned null"
                            : "threw " + i.thrown().getClass().getName() + ": " + Texts.abbreviate(String.valueOf(i.thrown().getMessage()))))
                    .limit(3).toList();
            v.expect("GUARD-INV-001", broken.isEmpty(), "a GuardVerdict for every well-formed action",
                    () -> String.join("; ", broken));
        });
    }

    static Check<GuardHarness> withinOneSecond() {
        return Check.of("invariant: every inspect answered within 1 s of real time", Set.of("GUARD-INV-002"), (h, v) -> {
            List<String> slow = h.inspections().stream().filter(i -> i.realTime().compareTo(LIMIT) >= 0)
                    .map(i -> Actions.describe(i.action()) + " took " + i.realTime().toMillis() + " ms").limit(3).toList();
            v.expect("GUARD-INV-002", slow.isEmpty(), "each inspect under 1 s", () -> String.join("; ", slow));
        });
    }

    static Check<GuardHarness> reasonsNameTheGuard() {
        return Check.of("invariant: every ask and deny reason names the guard", Set.of("GUARD-INV-003"), (h, v) -> {
            String name = h.manifest().name();
            List<String> anonymous = h.inspections().stream().map(i -> switch (i.verdict()) {
                case null -> "";
                case GuardVerdict.Pass pass -> "";
                case GuardVerdict.Ask ask -> ask.reason().contains(name) ? "" : "ask \"" + ask.reason() + "\"";
                case GuardVerdict.Deny deny -> deny.reason().contains(name) ? "" : "deny \"" + deny.reason() + "\"";
            }).filter(text -> !text.isEmpty()).distinct().limit(3).toList();
            v.expect("GUARD-INV-003", anonymous.isEmpty(), "each reason contains \"" + name + "\", the manifest's name",
                    () -> String.join("; ", anonymous));
        });
    }

    static Check<GuardHarness> noRequest() {
        return Check.of("invariant: the guard attempted no request", Set.of("GUARD-SEC-001"), (h, v) -> {
            List<String> requests = h.egressRecords().stream().map(r -> r.method() + " " + r.uri() + " (" + r.outcome() + ")")
                    .limit(3).toList();
            v.expect("GUARD-SEC-001", requests.isEmpty(), "no request through http()", () -> String.join("; ", requests));
        });
    }
}

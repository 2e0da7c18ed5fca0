package dev.pincer.conformance.check;

import dev.pincer.runtime.tool.Effect;
import java.util.List;
import java.util.Set;

/** The invariants every tool suite verifies after every check. */
public final class ToolInvariants {
    private ToolInvariants() {}

    /**
     * Nothing the tool emitted (log lines, results, reasons, exception messages) contains a test secret,
     * URL-encoded or not, or the placeholder standing for it.
     *
     * @param requirementIds the requirements this proves, such as TOOL-SEC-001 and the profile's own
     */
    public static <H extends ToolHarness> Check<H> noSecretLeaked(Set<String> requirementIds) {
        return Check.of("invariant: no text the tool emitted contains a secret or its placeholder", requirementIds, (h, v) -> {
            List<String> forms = h.secretForms();
            List<String> leaks = h.emittedTexts().stream()
                    .filter(text -> forms.stream().anyMatch(text::contains))
                    .map(text -> "\"" + Texts.abbreviate(h.vault.redact(text)) + "\"")
                    .toList();
            v.expect(requirementIds, leaks.isEmpty(),
                    "no log line, result, reason or exception message contains a secret or its placeholder",
                    () -> leaks.size() + " texts contain one (shown redacted): " + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
        });
    }

    /** Every request went to a host the manifest names, and none was refused (except after the stop). */
    public static <H extends ToolHarness> Check<H> egressStayedInTheManifest() {
        return Check.of("invariant: every request went to a host the manifest names", Set.of("TOOL-SEC-002"), (h, v) -> {
            List<String> foreign = h.egressRecords().stream()
                    .filter(r -> !h.manifest().egress().contains(r.host())
                            || (r.outcome().startsWith("refused") && !ToolHarness.afterStop(r)))
                    .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                    .toList();
            v.expect("TOOL-SEC-002", foreign.isEmpty(), "requests only to " + h.manifest().egress() + ", none refused by the runtime",
                    () -> "requests outside the manifest: " + foreign);
        });
    }

    /** Every call of a {@code read} action sent only GET or HEAD requests. */
    public static <H extends ToolHarness> Check<H> readsOnlyRead() {
        return Check.of("invariant: calls of read actions sent only GET or HEAD", Set.of("TOOL-DECL-002"), (h, v) -> {
            List<String> writes = h.calls().stream()
                    .filter(c -> h.manifest().action(c.invocation().action()).map(a -> a.effect() == Effect.READ).orElse(false))
                    .flatMap(c -> c.requests().stream().filter(r -> !r.method().equals("GET") && !r.method().equals("HEAD"))
                            .map(r -> c.invocation().action() + ": " + r.method() + " " + r.uri().getRawPath()))
                    .toList();
            v.expect("TOOL-DECL-002", writes.isEmpty(), "a read action sends only GET or HEAD requests",
                    () -> "read actions sent " + writes);
        });
    }

    /** No call threw anything but {@link InterruptedException}, and none returned null. */
    public static <H extends ToolHarness> Check<H> invokeNeverThrew() {
        return Check.of("invariant: invoke returned an outcome for everything the platform did", Set.of("TOOL-INV-004"), (h, v) -> {
            List<String> thrown = h.calls().stream()
                    .filter(c -> c.thrown() != null && !(c.thrown() instanceof InterruptedException))
                    .map(c -> c.invocation().action() + " threw " + c.thrown().getClass().getName() + ": "
                            + Texts.abbreviate(h.vault.redact(String.valueOf(c.thrown().getMessage()))))
                    .toList();
            v.expect("TOOL-INV-004", thrown.isEmpty(), "invoke returns a ToolOutcome (never null) or throws InterruptedException",
                    () -> String.join("; ", thrown));
        });
    }
}

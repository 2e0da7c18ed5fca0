package dev.pincer.cli.scenarios;

import dev.pincer.runtime.audit.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The entries of a scenario's audit log, read now, with the look-ups scenarios assert on. */
record AuditView(List<AuditEntry> entries) {

    static AuditView read(Path file) {
        try {
            return new AuditView(Files.readAllLines(file).stream().map(AuditEntry::parse).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    /** The entries of {@code kind}, such as {@code decision} or {@code approval.granted}. */
    List<AuditEntry> of(String kind) {
        return entries.stream().filter(entry -> entry.kind().equals(kind)).toList();
    }

    /** The {@code decision} entries about {@code integration.action}. */
    List<AuditEntry> decisions(String integration, String action) {
        return of("decision").stream().filter(entry -> integration.equals(entry.data().get("integration"))
                && action.equals(entry.data().get("action"))).toList();
    }

    /** The only decision about {@code integration.action}; fails naming what there was instead. */
    AuditEntry onlyDecision(String integration, String action) {
        List<AuditEntry> found = decisions(integration, action);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one decision on " + integration + "." + action + ", found "
                    + found.size() + ":\n" + this);
        }
        return found.getFirst();
    }

    /** The outcomes of the decisions about {@code integration.action}, in order, such as [allow, deny]. */
    List<String> outcomes(String integration, String action) {
        return decisions(integration, action).stream().map(entry -> entry.data().get("outcome")).toList();
    }

    /** Whether some entry of {@code kind} satisfies {@code test}. */
    boolean has(String kind, Predicate<AuditEntry> test) {
        return of(kind).stream().anyMatch(test);
    }

    /** The log without egress entries (the channel's polls), one entry a line, for failure messages. */
    @Override
    public String toString() {
        return entries.stream().filter(entry -> !entry.kind().equals("egress"))
                .map(entry -> entry.seq() + " " + entry.kind() + " " + entry.data())
                .collect(Collectors.joining("\n"));
    }
}

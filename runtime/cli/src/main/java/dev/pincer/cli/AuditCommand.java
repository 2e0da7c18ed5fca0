package dev.pincer.cli;

import dev.pincer.runtime.audit.AuditEntry;
import dev.pincer.runtime.audit.AuditHead;
import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.audit.AuditVerification;
import dev.pincer.runtime.audit.AuditVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer audit verify|tail|search}: checks and reads the tamper-evident audit log. */
@Command(name = "audit",
        description = {"Check and read the audit log <data>/audit.jsonl: one JSON entry per line, each chained to the one",
                "before by its SHA-256 hash, so edits, deletions, insertions and reordering show."},
        subcommands = {AuditCommand.Verify.class, AuditCommand.Tail.class, AuditCommand.Search.class})
final class AuditCommand extends CommandGroup {

    /** {@code pincer audit verify}: the whole chain, and optionally the head the owner noted. */
    @Command(name = "verify",
            description = {"Check every entry of the audit log and name the first bad one (line, seq, why).",
                    "Entries removed from the end leave a valid shorter chain: to detect that, note the head this",
                    "command prints somewhere else and pass it later with --expect-head.",
                    "Exit code 0 intact, 1 tampered or damaged, 2 no audit log or another error."})
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private DataOption data;

        @Option(names = "--expect-head", paramLabel = "SEQ:HASH",
                description = "the head an earlier verify printed; the log must still contain that entry with that hash")
        private String expectHead;

        @Override
        public Integer call() {
            Optional<AuditHead> expected = Optional.ofNullable(expectHead).map(AuditHead::parse);
            Optional<Path> file = existing(spec, data);
            if (file.isEmpty()) {
                return 2;
            }
            AuditVerification result = AuditVerifier.verify(file.get(), expected);
            String head = result.head().map(AuditHead::toString).orElse("none (no entries)");
            if (result.firstBreak().isPresent()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("pincer: the audit log " + file.get() + " was tampered with or damaged; first bad entry: "
                        + result.firstBreak().get());
                err.println("pincer: the " + result.intactEntries() + " entries before it are intact (last: " + head + ")");
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("intact: " + result.intactEntries() + " entries in " + file.get()
                    + expected.map(e -> ", including the expected head " + e).orElse(""));
            out.println("head: " + head);
            if (result.head().isPresent()) {
                out.println("(entries removed from the end can only be seen against a noted head: keep this one "
                        + "elsewhere and check later with: pincer audit verify --expect-head " + head + ")");
            }
            return 0;
        }
    }

    /** {@code pincer audit tail}: the last lines as they are in the file. */
    @Command(name = "tail", description = {"Print the last N lines of the audit log as they are in the file.",
            "Exit code 0, or 2 if there is no audit log."})
    static final class Tail implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private DataOption data;

        @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "how many lines (default: ${DEFAULT-VALUE})")
        private int count;

        @Override
        public Integer call() throws IOException {
            if (count < 0) {
                throw new IllegalArgumentException("-n must be 0 or more, was " + count);
            }
            Optional<Path> file = existing(spec, data);
            if (file.isEmpty()) {
                return 2;
            }
            List<String> lines = lines(file.get());
            lines.subList(Math.max(0, lines.size() - count), lines.size()).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    /** {@code pincer audit search TEXT}: entries whose kind or data mention TEXT. */
    @Command(name = "search", description = {"Print the entries whose kind or data contain TEXT, ignoring case, as they are",
            "in the file. Lines that are not entries are skipped (pincer audit verify names them).",
            "Exit code 0 (also when nothing matches), or 2 if there is no audit log."})
    static final class Search implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private DataOption data;

        @Parameters(paramLabel = "TEXT", description = "the text to look for in each entry's kind, data keys and values")
        private String text;

        @Override
        public Integer call() throws IOException {
            Optional<Path> file = existing(spec, data);
            if (file.isEmpty()) {
                return 2;
            }
            for (String line : lines(file.get())) {
                try {
                    if (AuditEntry.parse(line).mentions(text)) {
                        spec.commandLine().getOut().println(line);
                    }
                } catch (IllegalArgumentException notAnEntry) {
                    // skipped, as the description says; verify reports it
                }
            }
            return 0;
        }
    }

    private static Optional<Path> existing(CommandLine.Model.CommandSpec spec, DataOption data) {
        Path file = data.directory().resolve(AuditLog.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("pincer: there is no audit log at " + file
                    + " (nothing has been audited with this data directory yet; pass --data DIR for another)");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}

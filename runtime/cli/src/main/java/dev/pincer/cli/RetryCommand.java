package dev.pincer.cli;

import dev.pincer.runtime.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pincer retry}: puts messages given up on back in the queue. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Put dead letters back in the queue: out:N (an outbound message, sent again by the running assistant)",
                "or in:N (an inbound message, answered again at the next start). `pincer status` lists them with their ids."})
final class RetryCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private DataOption data;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "out:N or in:N, as pincer status shows them")
    private List<String> ids;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path database = data.directory().resolve("pincer.db");
        if (!Files.isRegularFile(database)) {
            err.println("pincer: there is no store at " + database + "; nothing to retry");
            return 2;
        }
        int failed = 0;
        try (Store store = Store.open(database)) {
            for (String id : ids) {
                try {
                    if (id.startsWith("out:")) {
                        store.retryDeadLetter(Long.parseLong(id.substring(4)), Instant.now());
                        out.println("pincer: " + id + " is queued again; a running assistant sends it within seconds");
                    } else if (id.startsWith("in:")) {
                        store.retryDeadInbound(Long.parseLong(id.substring(3)));
                        out.println("pincer: " + id + " is queued again; it is answered at the next start of pincer run");
                    } else {
                        err.println("pincer: '" + id + "' is not an id; write out:N or in:N as pincer status shows");
                        failed++;
                    }
                } catch (NumberFormatException e) {
                    err.println("pincer: '" + id + "' is not an id; N must be a number, as in out:12");
                    failed++;
                } catch (IllegalArgumentException | IllegalStateException e) {
                    err.println("pincer: " + id + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }
}

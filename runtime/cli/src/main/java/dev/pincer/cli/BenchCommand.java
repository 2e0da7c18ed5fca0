package dev.pincer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer bench conform|confine|route|run|audit|policy}: times Pincer against its floors. */
@Command(name = "bench",
        description = {"Measure Pincer (figures for humans; tests never time anything).",
                "  bench conform DIR  times ./pincer conform on DIR beside a plain javac of the same sources (the floor),",
                "                     both as fresh processes, and prints medians and their ratio.",
                "  bench confine DIR  times, in one warm JVM, compiling DIR beside vetting it and loading it confined.",
                "  bench route [DIR]  times the message router on a store in a scratch directory under DIR (default: the",
                "                     system's temp directory): added latency p50/p99, durable throughput, and the",
                "                     SQLite durable-insert floor on the same disk.",
                "  bench run          starts pincer run with the Telegram, Slack and Discord examples against local fakes",
                "                     and the local chat, a fresh process per run, with the launcher's JVM options (or",
                "                     --jvm), and prints start-to-ready and the idle resident memory; --cold empties the",
                "                     compile cache before each run.",
                "  bench audit [DIR]  times durable audit log appends (each forced to the disk) in a scratch directory under",
                "                     DIR (default: the system's temp directory), beside the same lines written plainly,",
                "                     forced and not forced.",
                "  bench policy       times one policy decision on a policy of 1,000 rules with budgets: median and p99",
                "                     nanoseconds for allowed, default-denied and budgeted requests, in one warm JVM."})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to measure: conform, confine, route, run, audit or policy")
    private String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
            description = "the integration directory; for route and audit, where the scratch files go")
    private Path dir;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each command (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--jvm", paramLabel = "OPTIONS",
            description = "bench run: the JVM options of each pincer run process, space-separated (default: the "
                    + "launcher's, with an AOT cache on JDK 25+)")
    private String jvmOptions;

    @Option(names = "--cold", description = "bench run: empty the compile cache before each run, as on a first start")
    private boolean cold;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 100) {
            throw new IllegalArgumentException("--runs must be 1..100, was " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "conform" -> out.println(new ConformBenchmark(integrationDir(), Home.specs(null), runs).run(out).render());
            case "confine" -> out.println(new ConfineBenchmark(integrationDir(), Home.specs(null), runs).run());
            case "route" -> out.println(new RouteBenchmark(dir != null ? dir
                    : Path.of(System.getProperty("java.io.tmpdir"))).run());
            case "run" -> out.println(new RunBenchmark(Home.home().orElseThrow(() -> new IllegalArgumentException(
                    "cannot find the Pincer checkout with the examples: run ./pincer bench run from it")).resolve("examples/channels"),
                    runs, Optional.ofNullable(jvmOptions).map(options -> List.of(options.trim().split("\\s+"))), cold)
                    .run(out));
            case "audit" -> out.println(new AuditBenchmark(dir != null ? dir
                    : Path.of(System.getProperty("java.io.tmpdir"))).run());
            case "policy" -> out.println(new PolicyBenchmark(runs).run());
            default -> throw new IllegalArgumentException("unknown benchmark '" + what
                    + "'; available: conform, confine, route, run, audit, policy");
        }
        return 0;
    }

    private Path integrationDir() {
        if (dir == null) {
            throw new IllegalArgumentException("bench " + what + " needs the integration directory: pincer bench "
                    + what + " DIR");
        }
        return dir;
    }
}

package dev.pincer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer bench conform DIR}: times conformance against its floor, a plain javac of the same sources. */
@Command(name = "bench",
        description = {"Measure Pincer (figures for humans; tests never time anything).",
                "  bench conform DIR  times ./pincer conform on DIR beside a plain javac of the same sources (the floor),",
                "                     both as fresh processes, and prints medians and their ratio.",
                "  bench confine DIR  times, in one warm JVM, compiling DIR beside vetting it and loading it confined."})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to measure: conform or confine")
    private String what;

    @Parameters(index = "1", paramLabel = "DIR", description = "the integration directory")
    private Path dir;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each command (default: ${DEFAULT-VALUE})")
    private int runs;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 100) {
            throw new IllegalArgumentException("--runs must be 1..100, was " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case "conform" -> out.println(new ConformBenchmark(dir, Home.specs(null), runs).run(out).render());
            case "confine" -> out.println(new ConfineBenchmark(dir, Home.specs(null), runs).run());
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "'; available: conform, confine");
        }
        return 0;
    }
}

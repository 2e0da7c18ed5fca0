package dev.pincer.cli;

import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.Confinement;
import dev.pincer.spi.Channel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times, in one warm JVM, what confinement adds to compiling an integration, step by step as
 * {@code pincer conform} takes them: read and compile; vet sources and bytecode; instantiate the
 * entry class in a confined class loader, which defines and checks each class it links.
 */
final class ConfineBenchmark {
    private static final int WARM_UP = 5;

    private final Path dir;
    private final Allowlist allowlist;
    private final int runs;

    ConfineBenchmark(Path dir, Path specs, int runs) {
        this.dir = dir.toAbsolutePath().normalize();
        this.allowlist = Allowlist.fromSpec(specs.resolve("confinement.md"));
        this.runs = runs;
    }

    String run() {
        List<Long> compile = new ArrayList<>();
        List<Long> vet = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        int classes = 0;
        for (int i = 0; i < WARM_UP + runs; i++) {
            long t0 = System.nanoTime();
            LoadedIntegration integration = LoadedIntegration.load(dir);
            long t1 = System.nanoTime();
            Confinement.Vetted vetted = Confinement.vetAndConfine(dir, integration, allowlist);
            long t2 = System.nanoTime();
            LoadedIntegration confined = vetted.integration().orElseThrow(() -> new IllegalStateException(
                    "vetting found problems; bench confine measures an integration that passes:\n" + vetted.report().toText()));
            confined.newInstance(Channel.class);
            long t3 = System.nanoTime();
            classes = integration.compiled().classes().size();
            if (i >= WARM_UP) {
                compile.add(t1 - t0);
                vet.add(t2 - t1);
                load.add(t3 - t2);
            }
        }
        double compileMs = median(compile);
        double vetMs = median(vet);
        double loadMs = median(load);
        return String.format(Locale.ROOT, """
                pincer bench confine %s (%d classes; %d timed runs after %d warm-up runs, one JVM)
                  compile  read pincer.json, javac in memory against the SPI    median %8.2f ms
                  vet      sources (JavaParser) and every class file (bytecode)  median %8.2f ms
                  load     instantiate the entry class in a confined loader     median %8.2f ms
                  added    (vet + load) / compile                               %8.1f %% (target <= 25 %%)""",
                dir, classes, runs, WARM_UP, compileMs, vetMs, loadMs, 100 * (vetMs + loadMs) / compileMs);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}

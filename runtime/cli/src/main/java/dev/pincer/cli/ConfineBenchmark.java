package dev.pincer.cli;

import dev.pincer.runtime.load.CompiledIntegration;
import dev.pincer.runtime.load.IntegrationClassLoader;
import dev.pincer.runtime.load.SourceCompiler;
import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.BytecodeVetter;
import dev.pincer.runtime.vet.Finding;
import dev.pincer.runtime.vet.SourceVetter;
import dev.pincer.runtime.vet.VettingClassAccessPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times, in one warm JVM, what confinement adds to compiling an integration: source and bytecode
 * vetting, and defining every class in a confined class loader (each class vetted again at definition).
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

    String run() throws ClassNotFoundException {
        List<Long> compile = new ArrayList<>();
        List<Long> vetSource = new ArrayList<>();
        List<Long> vet = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        int classes = 0;
        for (int i = 0; i < WARM_UP + runs; i++) {
            long t0 = System.nanoTime();
            CompiledIntegration compiled = SourceCompiler.compile(dir.resolve("src"));
            long t1 = System.nanoTime();
            List<Finding> findings = new ArrayList<>(new SourceVetter(allowlist).vet(dir.resolve("src")));
            long tSource = System.nanoTime();
            BytecodeVetter vetter = new BytecodeVetter(allowlist, compiled.classes().keySet());
            compiled.classes().forEach((name, bytes) -> findings.addAll(vetter.vet(name, bytes)));
            long t2 = System.nanoTime();
            if (!findings.isEmpty()) {
                throw new IllegalStateException("vetting found problems; bench confine measures an integration that passes: " + findings);
            }
            IntegrationClassLoader loader = new IntegrationClassLoader("bench", compiled.classes(),
                    new VettingClassAccessPolicy(allowlist), vetter::require);
            for (String name : compiled.classes().keySet()) {
                loader.loadClass(name);
            }
            long t3 = System.nanoTime();
            classes = compiled.classes().size();
            if (i >= WARM_UP) {
                compile.add(t1 - t0);
                vetSource.add(tSource - t1);
                vet.add(t2 - tSource);
                load.add(t3 - t2);
            }
        }
        double compileMs = median(compile);
        double sourceMs = median(vetSource);
        double vetMs = median(vet);
        double loadMs = median(load);
        return String.format(Locale.ROOT, """
                pincer bench confine %s (%d classes; %d timed runs after %d warm-up runs, one JVM)
                  compile  javac in memory against the SPI        median %8.2f ms
                  vet      sources (JavaParser)                  median %8.2f ms
                  vet      bytecode (constant pools)             median %8.2f ms
                  load     define every class, vetted again       median %8.2f ms
                  added    (vet + load) / compile                %8.1f %% (target <= 25 %%)""",
                dir, classes, runs, WARM_UP, compileMs, sourceMs, vetMs, loadMs, 100 * (sourceMs + vetMs + loadMs) / compileMs);
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}

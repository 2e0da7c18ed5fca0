package dev.pincer.cli;

import dev.pincer.runtime.load.CompilationException;
import dev.pincer.runtime.load.SourceCompiler;
import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.VetReport;
import dev.pincer.runtime.vet.Vetting;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer vet DIR}: checks an integration's sources and bytecode against the confinement allowlist. */
@Command(name = "vet",
        description = {"Vet an integration against specs/confinement.md: its sources (with file:line:column and a fix),",
                "then its compiled classes (every class, field, method and bootstrap it references).",
                "Exit code 0 when nothing is found, 1 when something is, 2 on bad usage."})
final class VetCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the integration directory (with src/)")
    private Path dir;

    @Option(names = "--format", defaultValue = "text", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0 for code-scanning tools")
    private Format format;

    @Option(names = "--specs", paramLabel = "DIR", description = "the specs directory whose confinement.md is the allowlist (default: specs/ of the Pincer checkout)")
    private Path specsDir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory; give the integration directory that holds src/");
        }
        Path src = dir.resolve("src");
        if (!Files.isDirectory(src)) {
            throw new IllegalArgumentException(dir + " has no src/ directory; an integration keeps its Java sources under src/");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, byte[]> classes;
        try {
            classes = SourceCompiler.compile(src).classes();
        } catch (CompilationException e) {
            out.println("The sources do not compile against the Pincer SPI, so only the sources were vetted:");
            out.println(e.getMessage());
            classes = Map.of();
        }
        VetReport report = Vetting.vet(dir, classes, Allowlist.fromSpec(Home.specs(specsDir).resolve("confinement.md")));
        out.print(switch (format) {
            case text -> report.toText();
            case json -> report.toJson();
            case sarif -> report.toSarif();
        });
        out.flush();
        return report.passed() && !classes.isEmpty() ? 0 : 1;
    }
}

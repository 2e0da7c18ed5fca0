package dev.pincer.cli;

import dev.pincer.conformance.Conformance;
import dev.pincer.conformance.ConformanceReport;
import dev.pincer.conformance.report.JsonReport;
import dev.pincer.conformance.report.TextReport;
import dev.pincer.conformance.spec.SpecLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer conform DIR…}: judges integrations against the specs they claim. */
@Command(name = "conform",
        description = {"Compile each integration against the SPI and run every requirement of the spec its pincer.json claims,",
                "against a fake platform on 127.0.0.1. Exit code 0 only when every MUST passes."})
final class ConformCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "integration directories, each with pincer.json and src/")
    private List<Path> dirs;

    @Option(names = "--format", defaultValue = "text", description = "report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--specs", paramLabel = "DIR", description = "the specs directory (default: specs/ of the Pincer checkout)")
    private Path specsDir;

    @Option(names = "--seed", defaultValue = "1", description = "seed for the integration's randomness (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() {
        SpecLibrary specs = SpecLibrary.load(Home.specs(specsDir));
        Path base = Path.of("").toAbsolutePath();
        String command = "./pincer conform " + dirs.stream().map(Path::toString).collect(Collectors.joining(" "));
        boolean allPassed = true;
        for (Path dir : dirs) {
            ConformanceReport report = Conformance.run(dir, specs, seed);
            allPassed &= report.passed();
            spec.commandLine().getOut().print(switch (format) {
                case text -> TextReport.render(report, base, command);
                case json -> JsonReport.render(report, base);
            });
            spec.commandLine().getOut().flush();
        }
        return allPassed ? 0 : 1;
    }
}

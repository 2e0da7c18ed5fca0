package dev.pincer.runtime.load;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles an integration's sources in memory against the Pincer SPI and the JDK, and nothing else.
 *
 * <p>Options: {@code --release 21 -Xlint:all -g -proc:none}; warnings are kept and do not fail the build.
 */
public final class SourceCompiler {

    static final List<String> OPTIONS = List.of(
            "--release", "21", "-Xlint:all", "-g", "-proc:none", "-encoding", "UTF-8");
    private static final String SOURCES_HINT =
            "put the integration's Java sources under src/, one directory per package, such as src/example/telegram";

    private SourceCompiler() {}

    /**
     * Compiles every {@code .java} file under {@code sourceRoot}.
     *
     * @param sourceRoot the integration's {@code src} directory
     * @return the compiled classes and any warnings
     * @throws CompilationException if the sources do not compile; its message has one line per error
     */
    public static CompiledIntegration compile(Path sourceRoot) {
        return compile(sourceRoot, SpiClassFiles.ofRuntime());
    }

    static CompiledIntegration compile(Path sourceRoot, SpiClassFiles spi) {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path integrationDir = root.getParent() == null ? root : root.getParent();
        List<Path> sources = findSources(root, integrationDir);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("compiling integrations needs a JDK, but this Java runtime has no "
                    + "compiler (javax.tools); run Pincer on a JDK 21 or newer");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager platform =
                        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                SpiOnlyFileManager files = new SpiOnlyFileManager(platform, spi)) {
            StringWriter compilerOutput = new StringWriter();
            boolean compiled = compiler.getTask(compilerOutput, files, diagnostics, OPTIONS, null,
                    platform.getJavaFileObjectsFromPaths(sources)).call();
            List<CompilerMessage> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                messages.add(toMessage(diagnostic, integrationDir));
            }
            if (!compiled || messages.stream().anyMatch(CompilerMessage::error)) {
                throw new CompilationException(messages);
            }
            Map<String, byte[]> classes = files.classes();
            refuseSpiPackage(classes, files, integrationDir);
            return new CompiledIntegration(sourceRoot, classes, sources, messages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the sources under " + sourceRoot, e);
        }
    }

    static List<Path> findSources(Path root, Path integrationDir) {
        Path shown = integrationDir.relativize(root);
        if (!Files.isDirectory(root)) {
            throw single(shown, "the source directory does not exist");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> sources = paths.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted().toList();
            if (sources.isEmpty()) {
                throw single(shown, "no .java files found");
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sources under " + root, e);
        }
    }

    private static CompilationException single(Path file, String message) {
        return new CompilationException(List.of(new CompilerMessage(file, 0, 0, "error", message, SOURCES_HINT)));
    }

    private static CompilerMessage toMessage(Diagnostic<? extends JavaFileObject> diagnostic, Path integrationDir) {
        String kind = CompilerHints.kindOf(diagnostic.getKind());
        JavaFileObject source = diagnostic.getSource();
        Path file = source == null ? Path.of("") : relative(source, integrationDir);
        String hint = kind.equals("error")
                ? CompilerHints.hintFor(diagnostic, sourceLine(source, diagnostic.getLineNumber()))
                : "";
        return new CompilerMessage(file, diagnostic.getLineNumber(), diagnostic.getColumnNumber(), kind,
                CompilerHints.oneLine(diagnostic), hint);
    }

    private static Path relative(FileObject source, Path integrationDir) {
        try {
            Path path = Path.of(source.toUri()).toAbsolutePath().normalize();
            return path.startsWith(integrationDir) ? integrationDir.relativize(path) : path;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Path.of(source.getName());
        }
    }

    private static String sourceLine(JavaFileObject source, long line) {
        if (source == null || line < 1) {
            return "";
        }
        try {
            return source.getCharContent(true).toString().lines().skip(line - 1).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Classes in the SPI's package would be shadowed by the real SPI at load time; refuse them now. */
    private static void refuseSpiPackage(Map<String, byte[]> classes, SpiOnlyFileManager files, Path integrationDir) {
        List<CompilerMessage> errors = new ArrayList<>();
        for (String name : classes.keySet()) {
            if (name.startsWith(SpiClassFiles.PACKAGE + ".")) {
                FileObject source = files.sourceOf(name);
                Path file = source == null ? Path.of("") : relative(source, integrationDir);
                errors.add(new CompilerMessage(file, 0, 0, "error",
                        "class " + name + " is declared in the Pincer SPI's package " + SpiClassFiles.PACKAGE,
                        "put the integration's classes in a package of their own, such as example.telegram"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CompilationException(errors);
        }
    }
}

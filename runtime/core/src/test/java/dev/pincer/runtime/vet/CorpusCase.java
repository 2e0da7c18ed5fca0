package dev.pincer.runtime.vet;

import dev.pincer.spi.Channel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One case of the vetting corpus: {@code corpus/<kind>/<case>/src/...java}, compiled with the real javac
 * against the SPI, with the expectations its sources declare in comments:
 *
 * <pre>
 * // expect bytecode: CONF-CLS-004 java.lang.Class#forName
 * // expect source: CONF-CLS-004 java.lang.Class#forName
 * // expect source: none (why the source vetter cannot see it)
 * // javac: --enable-preview
 * </pre>
 */
record CorpusCase(String kind, String name, Path directory, List<Expectation> bytecode, List<Expectation> source,
                  boolean sourceBlind, List<String> javacOptions) {

    /** A finding a case must produce: its rule and the reference it names. */
    record Expectation(String ruleId, String reference) {
        @Override
        public String toString() {
            return ruleId + " " + reference;
        }
    }

    static List<CorpusCase> all(String kind) {
        Path root = resource("/corpus/" + kind);
        try (Stream<Path> cases = Files.list(root)) {
            return cases.filter(Files::isDirectory).sorted().map(directory -> load(kind, directory)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        URL url = CorpusCase.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CorpusCase load(String kind, Path directory) {
        List<Expectation> bytecode = new ArrayList<>();
        List<Expectation> source = new ArrayList<>();
        List<String> options = new ArrayList<>();
        boolean blind = false;
        for (Path file : sources(directory)) {
            for (String line : lines(file)) {
                String text = line.strip();
                if (text.startsWith("// expect bytecode:")) {
                    bytecode.add(expectation(text.substring("// expect bytecode:".length())));
                } else if (text.startsWith("// expect source: none")) {
                    blind = true;
                } else if (text.startsWith("// expect source:")) {
                    source.add(expectation(text.substring("// expect source:".length())));
                } else if (text.startsWith("// javac:")) {
                    options.addAll(Arrays.asList(text.substring("// javac:".length()).strip().split("\\s+")));
                }
            }
        }
        return new CorpusCase(kind, directory.getFileName().toString(), directory, bytecode, source, blind, options);
    }

    private static Expectation expectation(String text) {
        String[] parts = text.strip().split("\\s+");
        return new Expectation(parts[0], parts[1]);
    }

    /** Compiles the case's sources with javac into class files by binary name. */
    Map<String, byte[]> compile(Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", output.toString(),
                "-classpath", spiLocation().toString()));
        if (!javacOptions.contains("-source")) {
            options.addAll(List.of("--release", "21"));
        }
        options.addAll(javacOptions);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(diagnostics, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources(directory))).call();
            if (!compiled) {
                throw new AssertionError("corpus case " + kind + "/" + name + " does not compile:\n" + diagnostics);
            }
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".class")).toList()) {
                String relative = output.relativize(file).toString().replace('\\', '/');
                classes.put(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    static Path spiLocation() {
        try {
            return Path.of(Channel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> sources(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return kind + "/" + name;
    }
}

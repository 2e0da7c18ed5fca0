package dev.pincer.runtime.vet;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads integration sources and reports the denied names it can see, with file, line, column and a fix.
 *
 * <p>Fast feedback for the coding agent, not the boundary (CONF-SRC-003): it resolves names without
 * compiling, so names computed at run time or hidden behind unresolvable expressions pass it. The
 * {@link BytecodeVetter} is the boundary.
 */
public final class SourceVetter {
    private final MemberRules rules;
    private final ClassExistence classes = new ClassExistence();

    /** A source vetter that checks against this allowlist. */
    public SourceVetter(Allowlist allowlist) {
        this.rules = new MemberRules(Objects.requireNonNull(allowlist, "allowlist"));
    }

    /**
     * The findings for every {@code .java} file under {@code sourceRoot}, in file order.
     *
     * <p>Locations are relative to the parent of {@code sourceRoot}, for example {@code src/x/Y.java:12:9}.
     *
     * @throws UncheckedIOException if the sources cannot be listed or read
     */
    public List<Finding> vet(Path sourceRoot) {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        Path base = sourceRoot.toAbsolutePath().normalize().getParent();
        List<Path> files = javaFiles(sourceRoot);
        // Parsing is most of the cost: files are parsed in parallel, one parser each, and kept in order.
        List<ParseResult<CompilationUnit>> results = files.parallelStream().map(SourceVetter::parse).toList();
        Map<Path, ParseResult<CompilationUnit>> parsed = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            parsed.put(files.get(i), results.get(i));
        }
        Set<String> ownSimple = new HashSet<>();
        Set<String> ownQualified = new HashSet<>();
        for (ParseResult<CompilationUnit> result : parsed.values()) {
            if (result.getResult().isEmpty()) {
                continue;
            }
            for (TypeDeclaration<?> type : result.getResult().get().findAll(TypeDeclaration.class)) {
                ownSimple.add(type.getNameAsString());
                type.getFullyQualifiedName().ifPresent(ownQualified::add);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Path, ParseResult<CompilationUnit>> entry : parsed.entrySet()) {
            String file = relative(base, entry.getKey());
            FindingSink sink = new FindingSink(Finding.Stage.SOURCE, rules.allowlist().source(), true);
            ParseResult<CompilationUnit> result = entry.getValue();
            for (Problem problem : result.getProblems()) {
                Position position = problem.getLocation().flatMap(range -> range.getBegin().getRange()).map(range -> range.begin)
                        .orElse(new Position(1, 1));
                sink.add("CONF-SRC-002", file + ":" + position.line + ":" + position.column, file,
                        file + " does not parse as Java 21: " + problem.getMessage().lines().findFirst().orElse(""));
            }
            if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = result.getResult().get();
                try {
                    new SourceFileChecker(rules, new SourceNames(unit, ownSimple, ownQualified, classes), file, sink).check(unit);
                } catch (RuntimeException e) {
                    sink.add("CONF-SRC-002", file + ":1:1", file, file + " could not be vetted: " + e);
                }
            }
            findings.addAll(sink.findings());
        }
        return List.copyOf(findings);
    }

    /**
     * Parses one file at Java 21, the level javac compiles it at (--release 21). Not RAW: at RAW, JavaParser
     * 3.27 fails on a {@code yield} of a qualified name ({@code yield Level.WARN;}), which javac accepts.
     */
    private static ParseResult<CompilationUnit> parse(Path file) {
        try {
            return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21))
                    .parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("source root " + root + " is not a directory"));
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sources under " + root + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = base == null ? absolute.getFileName() : base.relativize(absolute);
        return shown.toString().replace('\\', '/');
    }
}

package dev.pincer.conformance.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every spec under a {@code specs/} directory, checked as a whole: IDs match paths, requirement IDs
 * and fixture names are unique across files, and {@code extends} names a known spec without cycles.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpecLibrary {

    private final Path root;
    private final Map<String, Spec> specs;
    private final Map<String, Requirement> requirements;
    private final Map<String, Fixture> fixtures;

    private SpecLibrary(Path root, Map<String, Spec> specs, Map<String, Requirement> requirements,
            Map<String, Fixture> fixtures) {
        this.root = root;
        this.specs = Collections.unmodifiableMap(specs);
        this.requirements = Collections.unmodifiableMap(requirements);
        this.fixtures = Collections.unmodifiableMap(fixtures);
    }

    /**
     * Loads every {@code *.md} file under {@code specsDir}, except files named {@code README.md}.
     *
     * @throws SpecException if a file is malformed or the files disagree; the message names file and line
     * @throws UncheckedIOException if a file cannot be read
     */
    public static SpecLibrary load(Path specsDir) {
        Objects.requireNonNull(specsDir, "specsDir");
        if (!Files.isDirectory(specsDir)) {
            throw new SpecException(SpecException.display(specsDir) + ": not a directory; "
                    + "pass the path of the repository's specs/ folder");
        }
        Map<String, ParsedSpec> parsed = new TreeMap<>();
        for (Path file : specFiles(specsDir)) {
            ParsedSpec spec = SpecParser.read(file, read(file));
            String expected = idFromPath(specsDir.relativize(file));
            if (!spec.spec().id().equals(expected)) {
                throw SpecException.at(file, spec.idLine(), "spec id '" + spec.spec().id()
                        + "' does not match the file's path", "write 'id: " + expected + "' or move the file to "
                        + SpecException.display(specsDir.resolve(spec.spec().id() + ".md")));
            }
            parsed.put(expected, spec);
        }
        if (parsed.isEmpty()) {
            throw new SpecException(SpecException.display(specsDir) + ": no spec files (*.md) found; "
                    + "pass the path of the repository's specs/ folder");
        }
        checkExtends(parsed);
        Map<String, Spec> specs = new LinkedHashMap<>();
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        Map<String, Fixture> fixtures = new LinkedHashMap<>();
        for (ParsedSpec each : parsed.values()) {
            Spec spec = each.spec();
            specs.put(spec.id(), spec);
            for (Requirement requirement : spec.requirements()) {
                Requirement earlier = requirements.putIfAbsent(requirement.id(), requirement);
                if (earlier != null) {
                    throw SpecException.at(requirement.file(), requirement.line(), "duplicate requirement ID "
                            + requirement.id() + ", also defined at " + earlier.location(), "give one of them a new ID");
                }
            }
            for (Fixture fixture : spec.fixtures()) {
                Fixture earlier = fixtures.putIfAbsent(fixture.name(), fixture);
                if (earlier != null) {
                    throw SpecException.at(fixture.file(), fixture.line(), "duplicate fixture name '"
                            + fixture.name() + "', also defined at " + earlier.location(), "give one of them a new name");
                }
            }
        }
        return new SpecLibrary(specsDir, specs, requirements, fixtures);
    }

    /** The directory the specs were loaded from, as given to {@link #load}. */
    public Path root() {
        return root;
    }

    /** All specs, ordered by ID. */
    public List<Spec> specs() {
        return List.copyOf(specs.values());
    }

    /**
     * The spec with this ID.
     *
     * @throws SpecException if there is none; the message lists the available IDs
     */
    public Spec spec(String id) {
        Objects.requireNonNull(id, "id");
        Spec spec = specs.get(id);
        if (spec == null) {
            throw new SpecException("no spec '" + id + "' in " + SpecException.display(root) + "; available specs: "
                    + String.join(", ", specs.keySet()) + "; check the id or add " + id + ".md");
        }
        return spec;
    }

    /**
     * The spec with this ID and every spec it extends, base first: for {@code channels/telegram},
     * {@code [channel, channels/telegram]}.
     *
     * @throws SpecException if there is no spec with this ID
     */
    public List<Spec> chain(String id) {
        List<Spec> chain = new ArrayList<>();
        for (Spec spec = spec(id); ; spec = specs.get(spec.extendsId().orElseThrow())) {
            chain.add(0, spec);
            if (spec.extendsId().isEmpty()) {
                return List.copyOf(chain);
            }
        }
    }

    /** Every requirement of every spec, specs ordered by ID, requirements in document order. */
    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    /** The requirement with this ID, in whichever spec defines it. */
    public Optional<Requirement> requirement(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(requirements.get(id));
    }

    /** Every fixture of every spec, specs ordered by ID, fixtures in document order. */
    public List<Fixture> fixtures() {
        return List.copyOf(fixtures.values());
    }

    /**
     * The fixture with this name.
     *
     * @throws SpecException if there is none; the message lists the available names
     */
    public Fixture fixture(String name) {
        Objects.requireNonNull(name, "name");
        Fixture fixture = fixtures.get(name);
        if (fixture == null) {
            throw new SpecException("no fixture '" + name + "' in " + SpecException.display(root)
                    + "; available fixtures: " + String.join(", ", fixtures.keySet())
                    + "; check the name or add a block with info string 'fixture " + name + " json' to a spec");
        }
        return fixture;
    }

    private static void checkExtends(Map<String, ParsedSpec> parsed) {
        for (ParsedSpec each : parsed.values()) {
            Spec spec = each.spec();
            Set<String> seen = new LinkedHashSet<>();
            seen.add(spec.id());
            Optional<String> next = spec.extendsId();
            while (next.isPresent()) {
                String id = next.get();
                ParsedSpec base = parsed.get(id);
                if (base == null) {
                    Set<String> known = new LinkedHashSet<>(parsed.keySet());
                    known.remove(spec.id());
                    throw SpecException.at(spec.file(), each.extendsLine(), "spec '" + spec.id()
                            + "' extends unknown spec '" + id + "'", "use one of: " + String.join(", ", known));
                }
                if (!seen.add(id)) {
                    throw SpecException.at(spec.file(), each.extendsLine(), "'extends' forms a cycle: "
                            + String.join(" -> ", seen) + " -> " + id,
                            "remove one of these 'extends' lines");
                }
                next = base.spec().extendsId();
            }
        }
    }

    private static List<Path> specFiles(Path specsDir) {
        try (Stream<Path> walk = Files.walk(specsDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the spec files under " + specsDir + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spec file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String idFromPath(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.substring(0, path.length() - ".md".length());
    }
}

package dev.pincer.runtime.load;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The classes compiled from an integration's sources.
 *
 * @param sourceRoot the directory the sources were read from
 * @param classes class file bytes by binary name (such as {@code example.telegram.TelegramChannel$Poll});
 *     the arrays are shared, do not modify them
 * @param sources the source files compiled, in a stable order
 * @param warnings the compiler's warnings (and notes); they do not stop loading
 */
public record CompiledIntegration(
        Path sourceRoot, Map<String, byte[]> classes, List<Path> sources, List<CompilerMessage> warnings) {

    public CompiledIntegration {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(classes, "classes")));
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** The binary names of the compiled classes, sorted. */
    public List<String> classNames() {
        return classes.keySet().stream().sorted().toList();
    }
}

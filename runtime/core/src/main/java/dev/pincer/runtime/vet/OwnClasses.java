package dev.pincer.runtime.vet;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The integration's own classes: always allowed, except in reserved packages (CONF-BC-007). */
final class OwnClasses {
    private static final List<String> RESERVED = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "dev.pincer.spi.", "dev.pincer.runtime.", "dev.pincer.conformance.", "dev.pincer.cli.");

    private final Set<String> names;

    OwnClasses(Set<String> binaryNames) {
        this.names = binaryNames.stream().map(name -> name.replace('/', '.')).collect(Collectors.toUnmodifiableSet());
    }

    /** These classes and one more, the class being vetted. */
    OwnClasses including(String binaryName) {
        Set<String> more = new java.util.HashSet<>(names);
        more.add(binaryName);
        return new OwnClasses(more);
    }

    boolean contains(String binaryName) {
        return names.contains(binaryName) && !isReserved(binaryName);
    }

    static boolean isReserved(String binaryName) {
        return RESERVED.stream().anyMatch(binaryName::startsWith);
    }

    static List<String> reservedPrefixes() {
        return RESERVED;
    }
}

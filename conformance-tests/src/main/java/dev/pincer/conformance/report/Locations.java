package dev.pincer.conformance.report;

import java.nio.file.Path;

/** Shows paths the way a reader at {@code base} would type them. */
final class Locations {
    private Locations() {}

    /** {@code path} relative to {@code base} when it lies below it, else absolute. */
    static String relative(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return absolute.startsWith(from) ? from.relativize(absolute).toString() : absolute.toString();
    }
}

package dev.pincer.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the Pincer checkout, as seen from the conformance-tests module's tests. */
final class Repository {
    private Repository() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("specs/channel.md")) && Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Pincer checkout above " + Path.of("").toAbsolutePath());
    }

    static Path specs() {
        return root().resolve("specs");
    }

    static Path examples() {
        return root().resolve("examples");
    }
}

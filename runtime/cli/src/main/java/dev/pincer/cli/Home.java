package dev.pincer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the Pincer checkout: the {@code pincer.home} property the launcher sets, or a parent of the working directory. */
final class Home {
    private Home() {}

    /** The specs directory: {@code explicit} if given, else {@code <home>/specs}. */
    static Path specs(Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IllegalArgumentException("--specs " + explicit + " is not a directory; give the directory holding channel.md");
            }
            return explicit;
        }
        return home().map(h -> h.resolve("specs")).orElseThrow(() -> new IllegalArgumentException(
                "cannot find the specs directory: run pincer from the Pincer checkout (./pincer) or pass --specs DIR"));
    }

    static Optional<Path> home() {
        String property = System.getProperty("pincer.home");
        if (property != null && Files.isDirectory(Path.of(property, "specs"))) {
            return Optional.of(Path.of(property).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("specs/channel.md"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}

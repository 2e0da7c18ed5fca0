package dev.pincer.cli;

import dev.pincer.runtime.secrets.DataDirectory;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of commands that use Pincer's data directory. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: $PINCER_DATA, else $XDG_DATA_HOME/pincer, else ~/.local/share/pincer)")
    private Path data;

    /** The data directory this option, or else the environment, names; not created yet. */
    Path directory() {
        return directory(Optional.empty());
    }

    /** Like {@link #directory()}, with {@code configured} (from pincer.yaml) between the option and the environment. */
    Path directory(Optional<Path> configured) {
        return DataDirectory.resolve(Optional.ofNullable(data).or(() -> configured), System.getenv());
    }
}

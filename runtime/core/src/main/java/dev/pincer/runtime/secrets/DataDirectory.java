package dev.pincer.runtime.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pincer's data directory, where the owner's secrets and conversations live.
 *
 * <p>It is {@code --data DIR} if given, else {@code $PINCER_DATA}, else {@code $XDG_DATA_HOME/pincer},
 * else {@code ~/.local/share/pincer}; never inside the repository unless the owner says so. It is
 * owner-only ({@code rwx------}).
 */
public final class DataDirectory {

    private DataDirectory() {}

    /**
     * The data directory for a command line option and an environment, as an absolute path; creates nothing.
     *
     * <p>Empty environment variables count as unset; a relative {@code XDG_DATA_HOME} is ignored, as the
     * XDG base directory specification says. The home directory is {@code $HOME}, else the
     * {@code user.home} system property.
     *
     * @param option the {@code --data} option, if given
     * @param env the environment, such as {@link System#getenv()}
     */
    public static Path resolve(Optional<Path> option, Map<String, String> env) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(env, "env");
        return option
                .or(() -> variable(env, "PINCER_DATA").map(Path::of))
                .or(() -> variable(env, "XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute)
                        .map(xdg -> xdg.resolve("pincer")))
                .orElseGet(() -> home(env).resolve(".local/share/pincer"))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Creates {@code dir} as rwx------ if it does not exist (with any missing parents), and returns it.
     *
     * @throws IllegalStateException if {@code dir} exists but is not a directory, or other users may read,
     *     write or enter it (the message says {@code chmod 700 <dir>}), or its file system has no POSIX
     *     permissions
     * @throws UncheckedIOException if it cannot be created
     */
    public static Path create(Path dir) {
        Objects.requireNonNull(dir, "dir");
        OwnerOnly.requirePosix(dir);
        try {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(dir, OwnerOnly.directoryAttribute());
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("the data directory " + dir + " exists but is not a directory; "
                        + "move it away or pass --data DIR (or set PINCER_DATA) to another place", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e, e);
        }
        OwnerOnly.require(dir, "the data directory " + dir, "700");
        return dir;
    }

    private static Path home(Map<String, String> env) {
        return variable(env, "HOME").or(() -> Optional.ofNullable(System.getProperty("user.home")))
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException("cannot find the home directory (neither HOME nor "
                        + "user.home is set); pass --data DIR or set PINCER_DATA"));
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}

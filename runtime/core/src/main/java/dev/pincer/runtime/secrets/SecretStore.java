package dev.pincer.runtime.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The owner's secrets, in {@code <data>/secrets.json}, readable by the owner only.
 *
 * <p>The file reads {@code {"version":1,"secrets":{"NAME":{"value":"...","setAt":"2025-01-01T12:00:00Z"}}}}
 * and is rw-------. Every method reads the file afresh. {@link #set} and {@link #remove} hold a lock on
 * {@code <data>/secrets.lock} while they read, change and atomically replace the file, so concurrent
 * changes from several processes or threads are all kept. No message, exception or {@link #toString()}
 * contains a secret's value. Thread-safe.
 */
public final class SecretStore {

    private final Path file;
    private final StoreLock lock;

    private SecretStore(Path dataDir) {
        this.file = dataDir.resolve("secrets.json");
        this.lock = new StoreLock(dataDir.resolve("secrets.lock"));
    }

    /**
     * The store in {@code dataDir}, which is created owner-only if absent; {@code secrets.json} need not exist yet.
     *
     * @throws IllegalStateException if the directory is accessible to other users (see
     *     {@link DataDirectory#create}), or {@code secrets.json} is readable by them or malformed
     */
    public static SecretStore open(Path dataDir) {
        SecretStore store = new SecretStore(DataDirectory.create(Objects.requireNonNull(dataDir, "dataDir")));
        store.read();
        return store;
    }

    /**
     * Returns {@code name} if it is a valid secret name: upper-case letters, digits and '_', starting with a
     * letter, as in a manifest's {@code secrets}.
     *
     * @throws IllegalArgumentException naming the bad name and the valid form
     */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        StoredSecret.nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return name;
    }

    /**
     * Stores {@code value} as secret {@code name}, replacing any earlier value, stamped with the current time.
     *
     * @throws IllegalArgumentException if the name is not valid (see {@link #checkName}), or the value is
     *     blank or contains a line break; the message never contains the value
     */
    public void set(String name, String value) {
        checkName(name);
        Objects.requireNonNull(value, "value");
        StoredSecret.valueProblem(name, value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        StoredSecret secret = new StoredSecret(value, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        lock.holding(() -> {
            SortedMap<String, StoredSecret> secrets = read();
            secrets.put(name, secret);
            SecretsFileWriter.write(file, secrets);
            return null;
        });
    }

    /** Removes secret {@code name}; returns false, changing nothing, if it was not stored. */
    public boolean remove(String name) {
        Objects.requireNonNull(name, "name");
        return lock.holding(() -> {
            SortedMap<String, StoredSecret> secrets = read();
            if (secrets.remove(name) == null) {
                return false;
            }
            SecretsFileWriter.write(file, secrets);
            return true;
        });
    }

    /** The stored secrets' names, sorted, each with when it was set; never their values. */
    public SortedMap<String, Instant> names() {
        SortedMap<String, Instant> names = new TreeMap<>();
        read().forEach((name, secret) -> names.put(name, secret.setAt()));
        return Collections.unmodifiableSortedMap(names);
    }

    /**
     * The stored secrets' names and raw values, to build a {@link dev.pincer.runtime.context.SecretVault} from.
     *
     * <p>Never print or log what this returns, nor put it in a message.
     */
    public Map<String, String> values() {
        Map<String, String> values = new TreeMap<>();
        read().forEach((name, secret) -> values.put(name, secret.value()));
        return Collections.unmodifiableMap(values);
    }

    /** The secrets file, {@code <data>/secrets.json}; it may not exist yet. */
    public Path file() {
        return file;
    }

    private SortedMap<String, StoredSecret> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeMap<>();
        }
        if (Files.isSymbolicLink(file)) {
            throw new IllegalStateException(file + " is a symbolic link; Pincer keeps secrets in a regular, "
                    + "owner-only file: replace the link with the file it points to, then chmod 600 it");
        }
        OwnerOnly.require(file, "secrets.json", "600");
        try {
            return new SecretsFileReader(file).read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return "SecretStore[" + file + "]";
    }
}

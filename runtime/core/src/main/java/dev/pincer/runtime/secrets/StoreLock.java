package dev.pincer.runtime.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises read-modify-write of {@code secrets.json} across processes and threads.
 *
 * <p>Between processes: an exclusive lock on {@code secrets.lock}. Within this JVM: a lock per lock file
 * first, because a JVM may hold a file lock only once, and closing any channel to the file would drop it.
 */
final class StoreLock {

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    StoreLock(Path file) {
        this.file = file;
    }

    /** Runs {@code action} while holding the lock, waiting for other holders. */
    <T> T holding(Supplier<T> action) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(canonical(), path -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(createOwnerOnly(), StandardOpenOption.WRITE)) {
            FileLock held = channel.lock();
            try {
                return action.get();
            } finally {
                held.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e, e);
        } finally {
            local.unlock();
        }
    }

    private Path createOwnerOnly() throws IOException {
        try {
            Files.createFile(file, OwnerOnly.fileAttribute());
        } catch (FileAlreadyExistsException e) {
            // Another process created it first; it is only locked, never read.
        }
        return file;
    }

    private Path canonical() {
        try {
            return file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + file.getParent() + ": " + e, e);
        }
    }
}

package dev.pincer.runtime.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Integrations compiled before, kept in a directory so that a restart need not run javac again.
 *
 * <p>An entry's key is a SHA-256 of everything the compilation depends on: each source file's path and bytes, the
 * SPI's class files (its version, as compiled code sees it), the JDK's version and the compiler options. Any change
 * to any of them is a miss, and compiles afresh. A hit saves only the compilation: the class bytes read back are
 * vetted at definition like freshly compiled ones, so an entry changed on disk gains nothing that vetting would
 * refuse. An entry that cannot be read is a miss. When an integration is compiled afresh, older entries for the
 * same source directory are removed.
 *
 * <p>Thread-safe: entries are written to a temporary file and moved into place.
 */
public final class CompileCache {
    private static final String FORMAT = "pincer-compile-cache 1";
    private static final String SUFFIX = ".classes";

    private final Path directory;

    private CompileCache(Path directory) {
        this.directory = directory;
    }

    /** A cache kept in {@code directory}, which is created when the first entry is written. */
    public static CompileCache in(Path directory) {
        return new CompileCache(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
    }

    /** The directory the entries are kept in. */
    public Path directory() {
        return directory;
    }

    /**
     * The compiled classes of {@code sourceRoot}: from the cache when these exact sources were compiled before
     * against this SPI by this JDK, else from {@link SourceCompiler#compile}, then kept.
     *
     * @throws CompilationException if the sources do not compile (nothing is kept)
     * @throws UncheckedIOException if the sources cannot be read; a cache that cannot be written only costs time
     */
    public CompiledIntegration compile(Path sourceRoot) {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path integrationDir = root.getParent() == null ? root : root.getParent();
        List<Path> sources = SourceCompiler.findSources(root, integrationDir);
        SpiClassFiles spi = SpiClassFiles.ofRuntime();
        Path entry = directory.resolve(key(root, sources, spi) + SUFFIX);
        Optional<CompiledIntegration> cached = CompiledEntry.read(entry, sourceRoot, sources);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompiledIntegration compiled = SourceCompiler.compile(sourceRoot, spi);
        try {
            Files.createDirectories(directory);
            removeEntriesFor(root, entry);
            CompiledEntry.write(entry, root, compiled);
        } catch (IOException | UncheckedIOException e) {
            // the next start compiles again; nothing else depends on the cache
        }
        return compiled;
    }

    private static String key(Path root, List<Path> sources, SpiClassFiles spi) {
        MessageDigest sha256 = Sha256.create();
        update(sha256, FORMAT);
        update(sha256, Runtime.version().toString());
        update(sha256, String.join(" ", SourceCompiler.OPTIONS));
        sha256.update(spi.digest());
        for (Path source : sources) {
            update(sha256, root.relativize(source).toString().replace('\\', '/'));
            try {
                byte[] bytes = Files.readAllBytes(source);
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
                sha256.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + " to compile it: " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest sha256, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
        sha256.update(bytes);
    }

    /** Removes the entries of earlier versions of the same sources, so that the cache does not grow with every edit. */
    private void removeEntriesFor(Path root, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.equals(keep) && CompiledEntry.sourceRoot(entry).filter(root::equals).isPresent()) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }
}

package dev.pincer.runtime.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@link CompileCache} entry on disk: a header with the source directory, then the class files and the
 * compiler's warnings, all length-prefixed.
 */
final class CompiledEntry {
    private static final int MAGIC = 0x50494e43; // "PINC"
    private static final int VERSION = 1;
    private static final int MAX_CLASS_BYTES = 16 * 1024 * 1024;

    private CompiledEntry() {}

    /** The entry's classes and warnings for {@code sourceRoot}; empty if there is none or it cannot be read. */
    static Optional<CompiledIntegration> read(Path entry, Path sourceRoot, List<Path> sources) {
        try (DataInputStream in = open(entry)) {
            readHeader(in);
            int classCount = in.readInt();
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = 0; i < classCount; i++) {
                String name = readText(in);
                if (name.startsWith(SpiClassFiles.PACKAGE + ".")) {
                    return Optional.empty(); // never cached: SourceCompiler refuses these; compile for its message
                }
                classes.put(name, readBytes(in));
            }
            int warningCount = in.readInt();
            List<CompilerMessage> warnings = new ArrayList<>();
            for (int i = 0; i < warningCount; i++) {
                warnings.add(new CompilerMessage(Path.of(readText(in)), in.readLong(), in.readLong(), readText(in),
                        readText(in), readText(in)));
            }
            if (in.read() != -1 || classes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CompiledIntegration(sourceRoot, classes, sources, warnings));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or from another format: compile afresh and overwrite it
        }
    }

    /** The source directory an entry was written for; empty if it cannot be read. */
    static Optional<Path> sourceRoot(Path entry) {
        try (DataInputStream in = open(entry)) {
            return Optional.of(readHeader(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the entry through a temporary file, so that a reader sees the whole entry or none. */
    static void write(Path entry, Path sourceRoot, CompiledIntegration compiled) throws IOException {
        Path temporary = Files.createTempFile(entry.getParent(), "compiling-", ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                writeText(out, sourceRoot.toString());
                out.writeInt(compiled.classes().size());
                for (Map.Entry<String, byte[]> type : compiled.classes().entrySet()) {
                    writeText(out, type.getKey());
                    out.writeInt(type.getValue().length);
                    out.write(type.getValue());
                }
                out.writeInt(compiled.warnings().size());
                for (CompilerMessage warning : compiled.warnings()) {
                    writeText(out, warning.file().toString());
                    out.writeLong(warning.line());
                    out.writeLong(warning.column());
                    writeText(out, warning.kind());
                    writeText(out, warning.message());
                    writeText(out, warning.hint());
                }
            }
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static DataInputStream open(Path entry) throws IOException {
        InputStream file = Files.newInputStream(entry);
        return new DataInputStream(new BufferedInputStream(file));
    }

    private static Path readHeader(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a compile cache entry of this version");
        }
        return Path.of(readText(in));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_CLASS_BYTES) {
            throw new IOException("a length of " + length + " bytes is out of range");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("the entry ends early");
        }
        return bytes;
    }
}

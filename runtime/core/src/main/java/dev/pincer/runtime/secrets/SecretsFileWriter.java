package dev.pincer.runtime.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * Replaces {@code secrets.json} atomically: a rw------- temporary file in the same directory, written and
 * forced to disk, then moved over the old file in one step, so a reader sees the old file or the new one.
 */
final class SecretsFileWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretsFileWriter() {}

    static void write(Path file, SortedMap<String, StoredSecret> secrets) {
        byte[] content = render(secrets);
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
        try {
            Files.createFile(temporary, OwnerOnly.fileAttribute());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e + "; nothing was changed", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    static byte[] render(SortedMap<String, StoredSecret> secrets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("secrets");
            for (Map.Entry<String, StoredSecret> entry : secrets.entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                json.writeStringField("value", entry.getValue().value());
                json.writeStringField("setAt", entry.getValue().setAt().toString());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render secrets.json in memory: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Makes the rename durable; some platforms cannot open a directory, and there the rename stands as it is. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The file itself is on disk and atomically in place; only the directory entry's durability is left
            // to the operating system here.
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover .tmp file holds no more than secrets.json does and is owner-only; the next write
            // uses another name.
        }
    }
}

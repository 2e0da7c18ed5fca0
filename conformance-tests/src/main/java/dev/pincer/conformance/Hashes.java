package dev.pincer.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** SHA-256 of the files a report judged, so a report names its exact inputs. */
final class Hashes {
    private Hashes() {}

    static Map<String, String> ofSources(Path dir) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pincer.json"))
                    .sorted()
                    .forEach(p -> hashes.put(dir.relativize(p).toString(), ofFile(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return hashes;
    }

    static String ofFile(Path file) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}

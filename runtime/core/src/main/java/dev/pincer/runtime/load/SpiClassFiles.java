package dev.pincer.runtime.load;

import dev.pincer.spi.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files of the Pincer SPI ({@code dev/pincer/spi/**}), read into memory from wherever the
 * SPI was loaded: a directory of classes, or a jar that may hold much more (the CLI's fat jar).
 */
final class SpiClassFiles {

    static final String PACKAGE = "dev.pincer.spi";
    private static final String PREFIX = PACKAGE.replace('.', '/') + "/";

    private final List<InMemoryClassFile> files;

    private SpiClassFiles(List<InMemoryClassFile> files) {
        this.files = List.copyOf(files);
    }

    /** The SPI classes from the location {@link Channel} was loaded from. */
    static SpiClassFiles ofRuntime() {
        return Holder.RUNTIME;
    }

    /** The SPI classes from a directory or jar, ignoring everything else it holds. */
    static SpiClassFiles from(Path location) {
        try {
            List<InMemoryClassFile> files = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
            if (files.isEmpty()) {
                throw new IllegalStateException("no Pincer SPI classes (" + PREFIX + "*.class) found in " + location
                        + "; the runtime needs pincer-spi on its class path");
            }
            return new SpiClassFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Pincer SPI classes from " + location, e);
        }
    }

    /** A SHA-256 of every SPI class file's name and bytes: the SPI version that compiled code depends on. */
    byte[] digest() {
        MessageDigest sha256 = Sha256.create();
        files.stream().sorted(Comparator.comparing(InMemoryClassFile::binaryName)).forEach(file -> {
            sha256.update(file.binaryName().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            byte[] bytes = file.bytes();
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
            sha256.update(bytes);
        });
        return sha256.digest();
    }

    /** The class files of one package, or of it and its subpackages. */
    List<InMemoryClassFile> inPackage(String packageName, boolean recurse) {
        return files.stream().filter(file -> {
            String filePackage = file.packageName();
            return filePackage.equals(packageName) || recurse && filePackage.startsWith(packageName + ".");
        }).toList();
    }

    private static List<InMemoryClassFile> fromDirectory(Path root) throws IOException {
        Path spi = root.resolve(PREFIX);
        if (!Files.isDirectory(spi)) {
            return List.of();
        }
        List<InMemoryClassFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(spi)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.add(InMemoryClassFile.of(binaryName(relative), Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static List<InMemoryClassFile> fromJar(Path jar) throws IOException {
        List<InMemoryClassFile> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(PREFIX) && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.add(InMemoryClassFile.of(binaryName(entry.getName()), in.readAllBytes()));
                    }
                }
            }
        }
        return files;
    }

    private static String binaryName(String relativePath) {
        return relativePath.substring(0, relativePath.length() - ".class".length()).replace('/', '.');
    }

    private static final class Holder {
        static final SpiClassFiles RUNTIME = from(runtimeLocation());

        private static Path runtimeLocation() {
            CodeSource source = Channel.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException("cannot tell where the Pincer SPI was loaded from; "
                        + "run Pincer with pincer-spi as a directory or jar on the class path");
            }
            try {
                URI uri = source.getLocation().toURI();
                return Path.of(uri);
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException("the Pincer SPI was loaded from " + source.getLocation()
                        + ", which is not a local directory or jar", e);
            }
        }
    }
}

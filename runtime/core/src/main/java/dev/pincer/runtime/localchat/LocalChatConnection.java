package dev.pincer.runtime.localchat;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a running {@link LocalChat} listens and the token it requires, as written to its connection file.
 *
 * @param address the chat's base URL, such as {@code http://127.0.0.1:8484/}
 * @param token the access token for the {@code Authorization: Bearer} header
 */
public record LocalChatConnection(URI address, String token) {

    /** The connection file's usual name in the data directory. */
    public static final String FILE_NAME = "localchat.json";

    public LocalChatConnection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
    }

    /** The page's URL with the token, for the owner to open in a browser. */
    public URI pageUri() {
        return address.resolve("/?token=" + token);
    }

    /**
     * Reads a connection file.
     *
     * @return empty when the file does not exist (no chat is running)
     * @throws IllegalStateException if the file cannot be read or is not a connection file; the message names it
     */
    public static Optional<LocalChatConnection> read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the local chat's connection file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonObject json = Json.parseObject(text);
            return Optional.of(new LocalChatConnection(URI.create(json.string("url")), json.string("token")));
        } catch (JsonException | IllegalArgumentException e) {
            throw new IllegalStateException("the local chat's connection file " + file + " is damaged (" + e.getMessage()
                    + "); delete it and start the chat again with: ./pincer run", e);
        }
    }

    /** Writes the file atomically, readable and writable by the owner only where the file system allows. */
    void write(Path file) {
        Path absolute = file.toAbsolutePath();
        String json = Json.object().put("url", address.toString()).put("token", token).build() + "\n";
        try {
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            Path temporary;
            try {
                temporary = Files.createTempFile(dir, ".localchat-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                temporary = Files.createTempFile(dir, ".localchat-", ".tmp");
            }
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local chat's connection file " + absolute + ": "
                    + e.getMessage() + "; check that its directory is writable", e);
        }
    }

    /** Deletes the file if it still describes this connection (another chat may have replaced it). */
    void deleteIfCurrent(Path file) {
        try {
            if (read(file).filter(this::equals).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IllegalStateException | FileSystemException ignored) {
            // a damaged or vanished file is not ours to clean up
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the local chat's connection file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "LocalChatConnection[" + address + ", token hidden]";
    }
}

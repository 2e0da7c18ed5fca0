package dev.pincer.runtime.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** File permissions that keep the owner's data from other users: rwx------ directories, rw------- files. */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> READ_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private OwnerOnly() {}

    /** The attribute that creates a file as rw------- from the start. */
    static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    /** The attribute that creates a directory as rwx------ from the start. */
    static FileAttribute<Set<PosixFilePermission>> directoryAttribute() {
        return PosixFilePermissions.asFileAttribute(DIRECTORY);
    }

    /** Throws unless {@code path}'s file system has POSIX permissions, which owner-only storage needs. */
    static void requirePosix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean posix;
        try {
            posix = Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect the file system of " + path + ": " + e.getMessage(), e);
        }
        if (!posix) {
            throw new IllegalStateException(path + " is on a file system without POSIX permissions, so Pincer cannot "
                    + "make it owner-only; pass --data DIR (or set PINCER_DATA) to a directory on a POSIX file system");
        }
    }

    /**
     * Throws unless no one but the owner may read, write or enter {@code path}.
     *
     * @param what how the message names the path, such as "secrets.json"
     * @param chmod the mode that fixes it, such as "600"
     */
    static void require(Path path, String what, String chmod) {
        Set<PosixFilePermission> permissions = permissions(path);
        if (permissions.stream().noneMatch(OTHERS::contains)) {
            return;
        }
        String access = permissions.stream().anyMatch(READ_BY_OTHERS::contains) ? "readable by" : "accessible to";
        throw new IllegalStateException(what + " is " + access + " other users ("
                + PosixFilePermissions.toString(permissions) + "); run chmod " + chmod + " " + path);
    }

    static Set<PosixFilePermission> permissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + path + ": " + e.getMessage(), e);
        }
    }
}

package dev.pincer.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    private static final Map<String, String> EVERYTHING = Map.of(
            "PINCER_DATA", "/srv/pincer-data", "XDG_DATA_HOME", "/home/ann/.data", "HOME", "/home/ann");

    @Test
    void theDataOptionWinsOverEveryVariable() {
        assertEquals(Path.of("/tmp/given"), DataDirectory.resolve(Optional.of(Path.of("/tmp/given")), EVERYTHING));
    }

    @Test
    void pincerDataWinsOverXdgAndHome() {
        assertEquals(Path.of("/srv/pincer-data"), DataDirectory.resolve(Optional.empty(), EVERYTHING));
    }

    @Test
    void xdgDataHomeGetsAPincerSubdirectory() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/home/ann/.data", "HOME", "/home/ann");
        assertEquals(Path.of("/home/ann/.data/pincer"), DataDirectory.resolve(Optional.empty(), env));
    }

    @Test
    void withoutVariablesItIsUnderTheHomeDirectory() {
        assertEquals(Path.of("/home/ann/.local/share/pincer"),
                DataDirectory.resolve(Optional.empty(), Map.of("HOME", "/home/ann")));
    }

    @Test
    void emptyVariablesAndARelativeXdgDataHomeCountAsUnset() {
        Map<String, String> env = Map.of("PINCER_DATA", "", "XDG_DATA_HOME", "relative/data", "HOME", "/home/ann");
        assertEquals(Path.of("/home/ann/.local/share/pincer"), DataDirectory.resolve(Optional.empty(), env));
    }

    @Test
    void withoutHomeItFallsBackToTheUserHomeProperty() {
        Path expected = Path.of(System.getProperty("user.home"), ".local/share/pincer").toAbsolutePath().normalize();
        assertEquals(expected, DataDirectory.resolve(Optional.empty(), Map.of()));
    }

    @Test
    void aRelativeDataOptionBecomesAbsolute() {
        Path resolved = DataDirectory.resolve(Optional.of(Path.of("data")), Map.of());
        assertEquals(Path.of("data").toAbsolutePath(), resolved);
    }

    @Test
    void createMakesAnOwnerOnlyDirectoryWithItsParents(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("share/pincer");
        assertEquals(dir, DataDirectory.create(dir));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void createKeepsAnExistingOwnerOnlyDirectory(@TempDir Path temp) throws IOException {
        Path dir = Files.createDirectory(temp.resolve("pincer"), OwnerOnly.directoryAttribute());
        Files.writeString(dir.resolve("kept.txt"), "kept");
        DataDirectory.create(dir);
        assertEquals("kept", Files.readString(dir.resolve("kept.txt")));
    }

    @Test
    void createRefusesADirectoryOtherUsersCanEnterAndSaysHowToFixIt(@TempDir Path temp) throws IOException {
        Path dir = Files.createDirectory(temp.resolve("pincer"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataDirectory.create(dir));
        assertEquals("the data directory " + dir + " is readable by other users (rwxr-xr-x); run chmod 700 " + dir,
                refused.getMessage());
    }

    @Test
    void createRefusesAGroupWritableDirectoryToo(@TempDir Path temp) throws IOException {
        Path dir = Files.createDirectory(temp.resolve("pincer"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx-w----"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataDirectory.create(dir));
        assertTrue(refused.getMessage().contains("is accessible to other users (rwx-w----); run chmod 700 " + dir),
                refused::getMessage);
    }

    @Test
    void createRefusesAFileInThePlaceOfTheDirectory(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("pincer"), "not a directory");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DataDirectory.create(file));
        assertTrue(refused.getMessage().startsWith("the data directory " + file + " exists but is not a directory"),
                refused::getMessage);
    }
}

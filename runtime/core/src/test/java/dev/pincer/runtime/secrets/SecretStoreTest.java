package dev.pincer.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    private static final String TOKEN = "123456:AAE-secret-token-value";

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    @Test
    void keepsSecretsInAnOwnerOnlyFileInAnOwnerOnlyDirectory() throws IOException {
        SecretStore store = SecretStore.open(data());
        store.set("TELEGRAM_BOT_TOKEN", TOKEN);
        assertEquals(data().resolve("secrets.json"), store.file());
        assertEquals("rwx------", permissions(data()));
        assertEquals("rw-------", permissions(store.file()));
        assertEquals("rw-------", permissions(data().resolve("secrets.lock")));
    }

    @Test
    void aValueSetIsReadBackByAnotherStoreOnTheSameDirectory() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SecretStore.open(data()).set("TELEGRAM_BOT_TOKEN", TOKEN);
        SecretStore.open(data()).set("SLACK_SIGNING_SECRET", "s1gning");

        SecretStore reopened = SecretStore.open(data());
        assertEquals(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", "s1gning"), reopened.values());
        assertEquals(List.of("SLACK_SIGNING_SECRET", "TELEGRAM_BOT_TOKEN"), List.copyOf(reopened.names().keySet()));
        Instant setAt = reopened.names().get("TELEGRAM_BOT_TOKEN");
        assertFalse(setAt.isBefore(before) || setAt.isAfter(Instant.now()), setAt::toString);
    }

    @Test
    void anEmptyStoreHasNoNamesAndWritesNoFile() {
        SecretStore store = SecretStore.open(data());
        assertTrue(store.names().isEmpty());
        assertTrue(store.values().isEmpty());
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void theFileIsVersionedJsonWithValueAndTimeOfEachSecret() throws IOException {
        SecretStore store = SecretStore.open(data());
        store.set("TELEGRAM_BOT_TOKEN", TOKEN);
        JsonNode json = new ObjectMapper().readTree(store.file().toFile());
        assertEquals(1, json.path("version").asInt());
        JsonNode secret = json.path("secrets").path("TELEGRAM_BOT_TOKEN");
        assertEquals(TOKEN, secret.path("value").asText());
        assertEquals(store.names().get("TELEGRAM_BOT_TOKEN"), Instant.parse(secret.path("setAt").asText()));
    }

    @Test
    void setReplacesAnEarlierValueAndRemoveDeletesIt() {
        SecretStore store = SecretStore.open(data());
        store.set("TELEGRAM_BOT_TOKEN", "old-token");
        store.set("TELEGRAM_BOT_TOKEN", TOKEN);
        assertEquals(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), store.values());

        assertTrue(store.remove("TELEGRAM_BOT_TOKEN"));
        assertFalse(store.remove("TELEGRAM_BOT_TOKEN"));
        assertTrue(SecretStore.open(data()).names().isEmpty());
    }

    @Test
    void setReplacesTheFileByRenameSoAReaderNeverSeesHalfAFile() throws IOException {
        SecretStore store = SecretStore.open(data());
        store.set("FIRST", "first-value");
        Object before = Files.readAttributes(store.file(), BasicFileAttributes.class).fileKey();
        byte[] old = Files.readAllBytes(store.file());
        try (InputStream openedBefore = Files.newInputStream(store.file())) {
            store.set("SECOND", "second-value");
            assertEquals(new String(old, StandardCharsets.UTF_8),
                    new String(openedBefore.readAllBytes(), StandardCharsets.UTF_8),
                    "a reader that opened the file before the change still reads the whole old file");
        }
        assertNotEquals(before, Files.readAttributes(store.file(), BasicFileAttributes.class).fileKey(),
                "the new content is a new file moved into place, not the old file rewritten");
        try (Stream<Path> files = Files.list(data())) {
            assertEquals(List.of("secrets.json", "secrets.lock"),
                    files.map(path -> path.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void refusesASecretsFileOtherUsersCanReadAndSaysHowToFixIt() throws IOException {
        SecretStore.open(data()).set("TELEGRAM_BOT_TOKEN", TOKEN);
        Path file = data().resolve("secrets.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecretStore.open(data()));
        assertEquals("secrets.json is readable by other users (rw-r--r--); run chmod 600 " + file, refused.getMessage());
    }

    @Test
    void refusesToChangeASecretsFileOtherUsersCanWrite() throws IOException {
        SecretStore store = SecretStore.open(data());
        store.set("TELEGRAM_BOT_TOKEN", TOKEN);
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw--w----"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.set("OTHER", "x"));
        assertEquals("secrets.json is accessible to other users (rw--w----); run chmod 600 " + store.file(),
                refused.getMessage());
    }

    @Test
    void refusesADataDirectoryOtherUsersCanEnter() throws IOException {
        Files.createDirectory(data(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecretStore.open(data()));
        assertTrue(refused.getMessage().endsWith("(rwx--x--x); run chmod 700 " + data()), refused::getMessage);
    }

    @Test
    void refusesASymbolicLinkInPlaceOfTheSecretsFile() throws IOException {
        SecretStore store = SecretStore.open(data());
        Path elsewhere = Files.createFile(temp.resolve("elsewhere.json"), OwnerOnly.fileAttribute());
        Files.createSymbolicLink(store.file(), elsewhere);
        IllegalStateException refused = assertThrows(IllegalStateException.class, store::names);
        assertTrue(refused.getMessage().startsWith(store.file() + " is a symbolic link;"), refused::getMessage);
    }

    @Test
    void rejectsNamesThatAManifestCouldNotDeclareAndShowsTheValidForm() {
        SecretStore store = SecretStore.open(data());
        for (String bad : List.of("telegram_bot_token", "1TOKEN", "BOT-TOKEN", "_TOKEN", "", "TOKEN ")) {
            IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> store.set(bad, TOKEN));
            assertEquals("\"" + bad + "\" is not a secret name; write upper-case letters, digits and '_', "
                    + "starting with a letter, such as TELEGRAM_BOT_TOKEN", rejected.getMessage());
        }
        assertEquals("A1_B", SecretStore.checkName("A1_B"));
        assertTrue(store.names().isEmpty());
    }

    @Test
    void rejectsBlankValuesAndValuesWithLineBreaksWithoutQuotingThem() {
        SecretStore store = SecretStore.open(data());
        assertEquals("the value of TOKEN is empty; give the secret itself, such as the bot token the platform issued",
                assertThrows(IllegalArgumentException.class, () -> store.set("TOKEN", "")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.set("TOKEN", " \t "))
                .getMessage().startsWith("the value of TOKEN is blank;"));
        for (String broken : List.of(TOKEN + "\n" + TOKEN, TOKEN + "\r", "\n" + TOKEN)) {
            String message = assertThrows(IllegalArgumentException.class, () -> store.set("TOKEN", broken)).getMessage();
            assertEquals("the value of TOKEN contains a line break; a secret value is one line "
                    + "(store a multi-line key base64-encoded)", message);
        }
        assertTrue(store.names().isEmpty());
    }

    @Test
    void toStringShowsWhereButNeverWhat() {
        SecretStore store = SecretStore.open(data());
        store.set("TELEGRAM_BOT_TOKEN", TOKEN);
        assertEquals("SecretStore[" + store.file() + "]", store.toString());
        assertFalse(store.names().toString().contains(TOKEN));
        String stored = new StoredSecret(TOKEN, Instant.EPOCH).toString();
        assertEquals("StoredSecret[value=(hidden), setAt=1970-01-01T00:00:00Z]", stored);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

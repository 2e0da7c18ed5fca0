package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.runtime.secrets.SecretStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pincer secret}: every run uses --data under a temporary directory, never the real home. */
class SecretCommandTest {

    private static final String TOKEN = "123456:AAE-secret-token-value";
    private static final SecretInput NOT_READ = name -> fail("the value of " + name + " should not have been read");

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private Path data() {
        return temp.resolve("data");
    }

    private int run(SecretInput input, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", data().toString()))
                .toArray(String[]::new);
        return Main.execute(withData, new PrintWriter(out, true), new PrintWriter(err, true), input);
    }

    private static SecretInput stdin(String text) {
        return SecretInput.piped(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void theValueIsNeverPrinted() {
        assertFalse(out.toString().contains(TOKEN), out::toString);
        assertFalse(err.toString().contains(TOKEN), err::toString);
    }

    @Test
    void setReadsStandardInputAndListShowsTheNameButNotTheValue() {
        assertEquals(0, run(stdin(TOKEN + "\n"), "secret", "set", "TELEGRAM_BOT_TOKEN"), err::toString);
        Path file = data().resolve("secrets.json");
        assertEquals("pincer: stored TELEGRAM_BOT_TOKEN in " + file + " (owner-only); it is never shown again\n",
                out.toString());
        assertEquals(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), SecretStore.open(data()).values(),
                "echo's trailing newline is not part of the value");

        assertEquals(0, run(NOT_READ, "secret", "list"), err::toString);
        assertTrue(out.toString().startsWith("1 secret in " + file + " (values are never shown):\n  TELEGRAM_BOT_TOKEN  set "),
                out::toString);
    }

    @Test
    void aValuePipedWithoutNewlineIsStoredAsIs() {
        assertEquals(0, run(stdin(TOKEN), "secret", "set", "TELEGRAM_BOT_TOKEN"), err::toString);
        assertEquals(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), SecretStore.open(data()).values());
    }

    @Test
    void listWhenNothingIsStoredSaysHowToAddOne() {
        assertEquals(0, run(NOT_READ, "secret", "list"));
        assertEquals("no secrets stored in " + data().resolve("secrets.json")
                + "; add one with: pincer secret set NAME\n", out.toString());
    }

    @Test
    void removeDeletesTheSecretAndASecondRemoveFindsNothing() {
        run(stdin(TOKEN), "secret", "set", "TELEGRAM_BOT_TOKEN");
        assertEquals(0, run(NOT_READ, "secret", "remove", "TELEGRAM_BOT_TOKEN"), err::toString);
        assertEquals("pincer: removed TELEGRAM_BOT_TOKEN from " + data().resolve("secrets.json") + "\n", out.toString());

        assertEquals(1, run(NOT_READ, "secret", "remove", "TELEGRAM_BOT_TOKEN"));
        assertEquals("pincer: no secret named TELEGRAM_BOT_TOKEN in " + data().resolve("secrets.json")
                + "; pincer secret list shows the stored names\n", err.toString());
        assertTrue(SecretStore.open(data()).names().isEmpty());
    }

    @Test
    void aBadNameIsAUsageErrorBeforeAnyValueIsRead() {
        assertEquals(2, run(NOT_READ, "secret", "set", "telegram-token"));
        assertTrue(err.toString().startsWith("pincer: \"telegram-token\" is not a secret name; write upper-case letters, "
                + "digits and '_', starting with a letter, such as TELEGRAM_BOT_TOKEN\n"), err::toString);
        assertEquals(2, run(NOT_READ, "secret", "remove", "lower"));
        assertTrue(err.toString().startsWith("pincer: \"lower\" is not a secret name;"), err::toString);
    }

    @Test
    void anEmptyValueStoresNothingAndSaysHowToGiveOne() {
        for (String empty : new String[] {"", "\n", "\r\n"}) {
            assertEquals(2, run(stdin(empty), "secret", "set", "TELEGRAM_BOT_TOKEN"));
            assertEquals("pincer: no value given for TELEGRAM_BOT_TOKEN, so nothing was stored; type it at the prompt, "
                    + "or pipe it in: printf %s \"$TOKEN\" | pincer secret set TELEGRAM_BOT_TOKEN\n", err.toString());
            assertEquals("", out.toString());
        }
        assertTrue(SecretStore.open(data()).names().isEmpty());
    }

    @Test
    void aValueOfSeveralLinesIsRefusedWithoutShowingIt() {
        assertEquals(2, run(stdin(TOKEN + "\n" + TOKEN + "\n"), "secret", "set", "TELEGRAM_BOT_TOKEN"));
        assertTrue(err.toString().startsWith("pincer: the value of TELEGRAM_BOT_TOKEN contains a line break;"),
                err::toString);
        assertTrue(SecretStore.open(data()).names().isEmpty());
    }

    @Test
    void aSecretsFileOtherUsersCanReadIsRefusedWithTheFix() throws IOException {
        run(stdin(TOKEN), "secret", "set", "TELEGRAM_BOT_TOKEN");
        Path file = data().resolve("secrets.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(2, run(NOT_READ, "secret", "list"));
        assertTrue(err.toString().startsWith("pincer: secrets.json is readable by other users (rw-r--r--); run chmod 600 "
                + file + "\n"), err::toString);
    }

    @Test
    void secretAloneShowsItsSubcommands() {
        assertEquals(0, Main.execute(new String[] {"secret"}, new PrintWriter(out, true), new PrintWriter(err, true),
                NOT_READ));
        assertTrue(out.toString().contains("set") && out.toString().contains("list") && out.toString().contains("remove"),
                out::toString);
    }
}

package dev.pincer.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-edited or damaged secrets.json is refused with file, line, column and what is wrong, never a value. */
class MalformedSecretsFileTest {

    private static final String TOKEN = "123456:AAE-secret-token-value";

    @TempDir
    Path data;

    private String refusal(String content) throws IOException {
        Files.writeString(Files.createFile(data.resolve("secrets.json"), OwnerOnly.fileAttribute()), content);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecretStore.open(data));
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            assertFalse(String.valueOf(cause.getMessage()).contains("AAE"), cause::toString);
        }
        return refused.getMessage();
    }

    private String file() {
        return data.resolve("secrets.json").toString();
    }

    @Test
    void aSingleQuotedValueIsMalformedJsonAtItsPositionWithoutTheToken() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\n  \"TOKEN\": {\"value\": '" + TOKEN + "'}}}");
        assertTrue(message.startsWith(file() + ":2:22: malformed JSON: Unexpected character: expected a valid value"), message);
    }

    @Test
    void anUnrecognisedTokenIsMaskedToo() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": AAEtoken}}}");
        assertTrue(message.startsWith(file() + ":1:"), message);
        assertTrue(message.contains("malformed JSON: Unrecognized token: was expecting"), message);
    }

    @Test
    void aFileCutOffInsideAValueSaysWhereItEnds() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": \"" + TOKEN);
        assertTrue(message.startsWith(file() + ":1:"), message);
        assertTrue(message.contains("malformed JSON: Unexpected end-of-input"), message);
    }

    @Test
    void aMissingCommaIsReportedOnItsLine() throws IOException {
        String message = refusal("{\n\"version\": 1\n\"secrets\": {}\n}");
        assertTrue(message.startsWith(file() + ":3:1: malformed JSON: Unexpected character: "
                + "was expecting comma to separate Object entries; fix the JSON at this position"), message);
    }

    @Test
    void anEmptyFileSaysWhatToWrite() throws IOException {
        String message = refusal("");
        assertTrue(message.startsWith(file()) && message.contains(": the file is empty; write {\"version\": 1"), message);
    }

    @Test
    void anotherVersionIsNamed() throws IOException {
        assertEquals(file() + ":1:13: \"version\" is 2, but this Pincer reads version 1; write \"version\": 1, "
                + "or use the Pincer that wrote this file", refusal("{\"version\": 2, \"secrets\": {}}"));
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        assertTrue(refusal("{\"version\": 1}").startsWith(file() + ":1:1: the object has no \"secrets\" field;"),
                this::file);
    }

    @Test
    void anInvalidNameInTheFileIsNamedWithItsPosition() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\n  \"bot-token\": {\"value\": \"" + TOKEN
                + "\", \"setAt\": \"2025-01-01T12:00:00Z\"}}}");
        assertTrue(message.startsWith(file() + ":2:3: \"bot-token\" is not a secret name;"), message);
    }

    @Test
    void aValueWithAnEscapedLineBreakIsRefusedWithoutQuotingIt() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": \"" + TOKEN + "\\n" + TOKEN
                + "\", \"setAt\": \"2025-01-01T12:00:00Z\"}}}");
        assertTrue(message.startsWith(file() + ":1:"), message);
        assertTrue(message.contains(": the value of TOKEN contains a line break;"), message);
    }

    @Test
    void aRawLineBreakInsideAValueIsMalformedJson() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": \"" + TOKEN + "\n" + TOKEN
                + "\", \"setAt\": \"2025-01-01T12:00:00Z\"}}}");
        assertTrue(message.contains("malformed JSON: Illegal unquoted character"), message);
    }

    @Test
    void aValueThatIsNotAStringIsRefusedByType() throws IOException {
        String message = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": 123456, \"setAt\": \"x\"}}}");
        assertEquals(file() + ":1:47: the value of TOKEN is not a JSON string; write it in double quotes, "
                + "or set it again with: pincer secret set TOKEN", message);
        assertFalse(message.contains("123456"), message);
    }

    @Test
    void aBadTimeAndAMissingTimeAreNamed() throws IOException {
        String bad = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": \"" + TOKEN
                + "\", \"setAt\": \"yesterday\"}}}");
        assertTrue(bad.contains(": \"setAt\" of TOKEN is not an ISO-8601 instant;"), bad);
        Files.delete(data.resolve("secrets.json"));
        String missing = refusal("{\"version\": 1, \"secrets\": {\"TOKEN\": {\"value\": \"" + TOKEN + "\"}}}");
        assertTrue(missing.contains(": secret TOKEN has no \"setAt\"; set it again with: pincer secret set TOKEN"),
                missing);
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() throws IOException {
        assertTrue(refusal("{\"version\": 1, \"secrets\": {}, \"extra\": true}")
                .contains("unknown field \"extra\"; write only \"version\" and \"secrets\""), this::file);
        Files.delete(data.resolve("secrets.json"));
        assertTrue(refusal("{\"version\": 1, \"version\": 1, \"secrets\": {}}")
                .contains(":1:16: field \"version\" appears twice; keep only one"), this::file);
    }

    @Test
    void jacksonMessagesKeepWhatWasExpectedButNotWhatWasFound() {
        assertEquals("Unexpected character: was expecting comma to separate Object entries",
                SecretsFileReader.masked("Unexpected character ('x' (code 120)): was expecting comma to separate "
                        + "Object entries\n at [Source: REDACTED; line: 1, column: 3]"));
        assertEquals("Unrecognized token: was expecting (JSON String, Number, Array, Object or token 'null', "
                + "'true' or 'false')", SecretsFileReader.masked("Unrecognized token 'AAEsecret': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"));
        assertEquals("Unrecognized character escape", SecretsFileReader.masked("Unrecognized character escape 'q' (code 113)"));
        assertEquals("Unrecognized token: was expecting a value",
                SecretsFileReader.masked("Unrecognized token 'a': b': c': was expecting a value"));
        assertEquals("Unexpected end-of-input: expected close marker for Object", SecretsFileReader.masked(
                "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: 1, column: 1])"));
    }
}

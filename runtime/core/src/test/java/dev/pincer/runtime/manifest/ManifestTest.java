package dev.pincer.runtime.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve(Manifest.FILE_NAME), json);
    }

    private ManifestException rejected(String json) throws IOException {
        Path file = write(json);
        return assertThrows(ManifestException.class, () -> Manifest.read(file));
    }

    private static final String VALID = """
            {"kind":"channel","name":"telegram","spec":"channels/telegram","specVersion":"1.0",
             "entry":"example.telegram.TelegramChannel","egress":["api.telegram.org"],
             "secrets":{"TELEGRAM_BOT_TOKEN":["api.telegram.org"]},"config":{"poll_timeout":"30"}}
            """;

    @Test
    void readsEveryFieldOfAValidManifest() throws IOException {
        Path file = write(VALID);

        Manifest manifest = Manifest.read(file);

        assertEquals(new Manifest(file, "channel", "telegram", "channels/telegram", "1.0",
                "example.telegram.TelegramChannel", List.of("api.telegram.org"),
                Map.of("TELEGRAM_BOT_TOKEN", List.of("api.telegram.org")), Map.of("poll_timeout", "30")), manifest);
    }

    @Test
    void secretsAndConfigMayBeLeftOut() throws IOException {
        Manifest manifest = Manifest.read(write("""
                {"kind":"model","name":"weather","spec":"models/weather","specVersion":"2.13",
                 "entry":"example.Weather","egress":["api.weather.example"]}
                """));

        assertEquals(Map.of(), manifest.secrets());
        assertEquals(Map.of(), manifest.config());
    }

    @Test
    void rejectsAUrlWhereAHostBelongsWithItsPosition() throws IOException {
        ManifestException e = rejected("""
                {"kind": "channel", "name": "telegram", "spec": "channels/telegram", "specVersion": "1.0",
                 "entry": "example.telegram.TelegramChannel",
                 "egress": [
                   "api.telegram.org", "http://x.org/"]}
                """);

        assertEquals(dir.resolve("pincer.json") + ":4:24: field 'egress[1]': \"http://x.org/\" is not a host name; "
                + "write a bare DNS name such as api.telegram.org", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(24, e.column());
        assertEquals("egress[1]", e.field());
        assertEquals(dir.resolve("pincer.json"), e.file());
    }

    @Test
    void rejectsHostsWithPortsWildcardsUpperCaseOrDuplicates() throws IOException {
        String prefix = "{\"kind\":\"channel\",\"name\":\"t\",\"spec\":\"s\",\"specVersion\":\"1.0\",\"entry\":\"a.B\",\"egress\":";

        assertEquals("field 'egress[0]': \"api.telegram.org:443\" is not a host name; write a bare DNS name such as "
                + "api.telegram.org", afterPosition(rejected(prefix + "[\"api.telegram.org:443\"]}")));
        assertEquals("field 'egress[0]': \"*.telegram.org\" is not a host name; write a bare DNS name such as "
                + "api.telegram.org", afterPosition(rejected(prefix + "[\"*.telegram.org\"]}")));
        assertEquals("field 'egress[0]': \"Api.Telegram.org\" is not a lower-case host name; write api.telegram.org",
                afterPosition(rejected(prefix + "[\"Api.Telegram.org\"]}")));
        assertEquals("field 'egress[0]': \"10.0.0.1\" is an IP address; write a DNS name such as api.telegram.org",
                afterPosition(rejected(prefix + "[\"10.0.0.1\"]}")));
        assertEquals("field 'egress[1]': \"a.org\" is listed twice (also at egress[0]); list each host once",
                afterPosition(rejected(prefix + "[\"a.org\",\"a.org\"]}")));
        assertEquals("field 'egress': the list is empty; name at least one host the integration may reach, "
                + "such as [\"api.telegram.org\"]", afterPosition(rejected(prefix + "[]}")));
    }

    @Test
    void rejectsAnUnknownFieldListingTheKnownOnes() throws IOException {
        ManifestException e = rejected("""
                {"kind":"channel","name":"telegram","spec":"channels/telegram","specVersion":"1.0",
                 "entry":"example.T","egress":["api.telegram.org"],
                 "permissions":["all"]}
                """);

        assertEquals(dir.resolve("pincer.json") + ":3:2: field 'permissions': unknown field; known fields are "
                + "kind, name, spec, specVersion, entry, egress, secrets, config, actions", e.getMessage());
    }

    @Test
    void namesAMissingRequiredField() throws IOException {
        ManifestException e = rejected("""
                {"kind":"channel","name":"telegram","spec":"channels/telegram","specVersion":"1.0",
                 "egress":["api.telegram.org"]}
                """);

        assertEquals(dir.resolve("pincer.json") + ":1:1: field 'entry': required field is missing; add \"entry\", "
                + "the binary name of the integration's class, such as \"example.telegram.TelegramChannel\"",
                e.getMessage());
        assertEquals("entry", e.field());
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() throws IOException {
        ManifestException e = rejected("""
                {
                  "kind": "channel"
                  "name": "telegram"
                }
                """);

        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals(dir.resolve("pincer.json") + ":3:3: field 'kind': malformed JSON: Unexpected character ('\"' "
                + "(code 34)): was expecting comma to separate Object entries; fix the JSON syntax at this position",
                e.getMessage());
    }

    @Test
    void rejectsValuesOfTheWrongType() throws IOException {
        assertEquals("field 'specVersion': expected a string, found the number 1.0; write the value in double quotes",
                afterPosition(rejected("""
                        {"kind":"channel","name":"t","spec":"s","specVersion":1.0,"entry":"a.B","egress":["a.org"]}
                        """)));
        assertEquals("field 'config.retries': expected a string, found the number 3; write the value in double quotes",
                afterPosition(rejected("""
                        {"kind":"channel","name":"t","spec":"s","specVersion":"1.0","entry":"a.B","egress":["a.org"],
                         "config":{"retries":3}}
                        """)));
        assertEquals("the manifest is a list, not an object; write a JSON object such as "
                + "{\"kind\": \"channel\", \"name\": \"telegram\", ...}", afterPosition(rejected("[]")));
    }

    @Test
    void rejectsBadKindNameSpecVersionAndEntry() throws IOException {
        String template = "{\"kind\":\"%s\",\"name\":\"%s\",\"spec\":\"%s\",\"specVersion\":\"%s\",\"entry\":\"%s\","
                + "\"egress\":[\"a.org\"]}";

        assertEquals("field 'kind': \"bot\" is not a kind; write one of channel, model, tool, guard",
                afterPosition(rejected(template.formatted("bot", "t", "s", "1.0", "a.B"))));
        assertEquals("field 'name': \"Telegram\" is not a valid name; write 1 to 64 characters: a lower-case letter, "
                + "then lower-case letters, digits or '-', such as telegram",
                afterPosition(rejected(template.formatted("channel", "Telegram", "s", "1.0", "a.B"))));
        assertEquals("field 'spec': \"channels//x\" is not a spec path; write lower-case path segments separated by "
                + "'/', such as channels/telegram",
                afterPosition(rejected(template.formatted("channel", "t", "channels//x", "1.0", "a.B"))));
        assertEquals("field 'specVersion': \"1\" is not a spec version; write MAJOR.MINOR, such as 1.0",
                afterPosition(rejected(template.formatted("channel", "t", "s", "1", "a.B"))));
        assertEquals("field 'entry': \"my-channel.Main\" is not a Java class name; write the binary name of the "
                + "integration's class, such as example.telegram.TelegramChannel",
                afterPosition(rejected(template.formatted("channel", "t", "s", "1.0", "my-channel.Main"))));
    }

    @Test
    void rejectsSecretsWithBadNamesOrBoundOutsideEgress() throws IOException {
        String prefix = "{\"kind\":\"channel\",\"name\":\"t\",\"spec\":\"s\",\"specVersion\":\"1.0\",\"entry\":\"a.B\","
                + "\"egress\":[\"api.telegram.org\"],\"secrets\":";

        assertEquals("field 'secrets.bot_token': \"bot_token\" is not a secret name; write upper-case letters, digits "
                + "and '_', starting with a letter, such as TELEGRAM_BOT_TOKEN",
                afterPosition(rejected(prefix + "{\"bot_token\":[\"api.telegram.org\"]}}")));
        assertEquals("field 'secrets.TOKEN[0]': \"evil.example.com\" is not listed in egress; bind the secret only to "
                + "hosts listed in egress: [api.telegram.org]",
                afterPosition(rejected(prefix + "{\"TOKEN\":[\"evil.example.com\"]}}")));
    }

    @Test
    void acceptsASecretBoundToNoHostForSignaturesOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("pincer.json");
        Files.writeString(file, "{\"kind\":\"channel\",\"name\":\"slack\",\"spec\":\"channels/slack\",\"specVersion\":\"1.0\","
                + "\"entry\":\"a.B\",\"egress\":[\"slack.com\"],\"secrets\":{\"SLACK_SIGNING_SECRET\":[],\"SLACK_BOT_TOKEN\":[\"slack.com\"]}}");
        Manifest manifest = Manifest.read(file);
        assertEquals(java.util.List.of(), manifest.secrets().get("SLACK_SIGNING_SECRET"));
    }

    @Test
    void rejectsDuplicateFields() throws IOException {
        ManifestException e = rejected("""
                {"kind":"channel",
                 "kind":"tool"}
                """);

        assertEquals(dir.resolve("pincer.json") + ":2:2: field 'kind': appears twice (first at line 1); keep only one",
                e.getMessage());
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("nowhere").resolve(Manifest.FILE_NAME);

        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(missing));

        assertEquals(missing + ": the manifest does not exist; create pincer.json in the integration directory",
                e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void theRecordChecksTheSameRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Manifest(
                dir.resolve("pincer.json"), "channel", "telegram", "channels/telegram", "1.0", "a.B",
                List.of("api.telegram.org"), Map.of("TOKEN", List.of("other.example.org")), Map.of()));

        assertEquals("manifest field 'secrets.TOKEN[0]': \"other.example.org\" is not listed in egress; bind the "
                + "secret only to hosts listed in egress: [api.telegram.org]", e.getMessage());
    }

    /** The message without its {@code file:line:column: } prefix. */
    private String afterPosition(ManifestException e) {
        String prefix = dir.resolve("pincer.json") + ":" + (e.line() > 0 ? e.line() + ":" + e.column() + ":" : "");
        assertEquals(prefix, e.getMessage().substring(0, prefix.length()), e.getMessage());
        return e.getMessage().substring(prefix.length()).strip();
    }
}

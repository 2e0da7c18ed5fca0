package dev.pincer.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's own specs under {@code ../specs} parse and hold what the suite relies on. */
class RepositorySpecsTest {

    private static final Path SPECS = Path.of("..", "specs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SpecLibrary library;

    @BeforeAll
    static void load() {
        library = SpecLibrary.load(SPECS);
    }

    @Test
    void loadsEverySpecOfTheRepository() {
        assertEquals(List.of("channel", "channels/discord", "channels/slack", "channels/telegram", "confinement", "guard",
                "guards/rate-limit", "guards/secret-content", "guards/spend-limit", "manifest", "model", "models/anthropic",
                "models/openai-compatible", "policy", "tool", "tools/github", "tools/gmail"),
                library.specs().stream().map(Spec::id).toList());
        assertEquals(List.of("channel", "channels/telegram"),
                library.chain("channels/telegram").stream().map(Spec::id).toList());
        assertEquals(List.of("channel", "channels/slack"),
                library.chain("channels/slack").stream().map(Spec::id).toList());
        assertEquals(List.of("model", "models/openai-compatible"),
                library.chain("models/openai-compatible").stream().map(Spec::id).toList());
        assertEquals(List.of("model", "models/anthropic"), library.chain("models/anthropic").stream().map(Spec::id).toList());
        assertEquals(List.of("guard", "guards/spend-limit"), library.chain("guards/spend-limit").stream().map(Spec::id).toList());
        library.specs().forEach(spec -> assertEquals("1.0", spec.version(), spec.id()));
    }

    @Test
    void hasAtLeastTwentyFiveRequirementsAcrossChannelAndTelegram() {
        int count = library.chain("channels/telegram").stream().mapToInt(s -> s.requirements().size()).sum();
        assertTrue(count >= 25, "only " + count + " requirements in channel + channels/telegram");
    }

    @Test
    void keepsTheFixedRequirementIdsAndLevels() {
        Map<String, Level> expected = new LinkedHashMap<>();
        for (String id : List.of("CH-LIFE-001", "CH-LIFE-002", "CH-LIFE-003", "CH-RECV-001", "CH-RECV-002",
                "CH-RECV-003", "CH-RECV-004", "CH-RECV-005", "CH-RECV-006", "CH-SEND-001", "CH-SEND-002",
                "CH-SEND-003", "CH-SEND-004", "CH-SEND-005", "CH-SEND-006", "CH-SEC-001", "CH-SEC-002",
                "CH-SEC-003", "TG-API-001", "TG-API-002", "TG-API-003", "TG-RECV-001", "TG-RECV-002",
                "TG-RECV-003", "TG-RECV-004", "TG-RECV-005", "TG-RECV-006", "TG-RECV-007", "TG-RECV-008",
                "TG-RECV-009", "TG-SEND-001", "TG-SEND-002", "TG-SEND-003", "TG-SEND-004", "TG-SEND-005",
                "TG-SEND-006", "TG-SEC-001", "TG-SEC-002", "TG-LIFE-001")) {
            expected.put(id, Level.MUST);
        }
        expected.put("CH-SEND-007", Level.SHOULD);
        expected.put("TG-SEND-007", Level.SHOULD);
        expected.put("TG-SEND-008", Level.SHOULD);
        expected.put("TG-SEND-009", Level.MAY);
        expected.put("TG-HOOK-001", Level.MAY);

        Map<String, Level> actual = new LinkedHashMap<>();
        library.chain("channels/telegram").forEach(s -> s.requirements().forEach(r -> actual.put(r.id(), r.level())));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual));
    }

    @Test
    void keepsTheOpenAiCompatibleProfilesIdsAsMusts() {
        List<String> expected = List.of("OAI-CFG-001", "OAI-API-001", "OAI-API-002", "OAI-API-003", "OAI-REQ-001", "OAI-REQ-002",
                "OAI-RES-001", "OAI-RES-002", "OAI-ERR-001", "OAI-ERR-002", "OAI-ERR-003", "OAI-SEC-001");
        List<Requirement> requirements = library.spec("models/openai-compatible").requirements();
        assertEquals(expected, requirements.stream().map(Requirement::id).toList());
        requirements.forEach(r -> assertEquals(Level.MUST, r.level(), r.id()));
    }

    @Test
    void openAiFixturesHaveTheServersShapes() throws java.io.IOException {
        for (String name : List.of("oai-error-401-invalid-key", "oai-error-403-region", "oai-error-404-model", "oai-error-500",
                "oai-error-context-length", "oai-error-429-quota", "oai-error-429-rate-limit", "oai-error-503-overloaded",
                "oai-error-unsupported-max-tokens", "llamacpp-error-context-size")) {
            JsonNode error = JSON.readTree(library.fixture(name).content()).get("error");
            assertTrue(error != null && error.get("message").isTextual() && error.has("type"), name);
        }
        JsonNode vllm = JSON.readTree(library.fixture("vllm-error-context-length").content());
        assertEquals("error", vllm.get("object").asText());
        JsonNode manifest = JSON.readTree(library.fixture("manifest-openai-compatible").content());
        assertEquals("model", manifest.get("kind").asText());
        assertEquals(library.spec("models/openai-compatible").version(), manifest.get("specVersion").asText());
        assertEquals("{\"OPENAI_API_KEY\":[\"api.openai.com\"]}", manifest.get("secrets").toString());
        assertEquals(manifest, JSON.readTree(Path.of("..", "examples", "models", "openai-compatible", "pincer.json").toFile()),
                "the reference example's manifest is the profile's fixture");
    }

    @Test
    void numbersTheManifestRequirementsAsMusts() {
        List<Requirement> requirements = library.spec("manifest").requirements();
        assertEquals(List.of("MAN-001", "MAN-002", "MAN-003", "MAN-004", "MAN-005", "MAN-006", "MAN-007", "MAN-008",
                "MAN-009", "MAN-010"),
                requirements.stream().map(Requirement::id).toList());
        requirements.forEach(r -> assertEquals(Level.MUST, r.level(), r.id()));
    }

    @Test
    void everyRequirementHasProseAndASection() {
        for (Requirement requirement : library.requirements()) {
            assertFalse(requirement.prose().isBlank(), requirement.location());
            assertFalse(requirement.section().isBlank(), requirement.location());
        }
    }

    @Test
    void containsEveryFixtureTheChecksUse() {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("tg-update-text", "tg-update-edited", "tg-update-photo", "tg-update-sticker",
                "tg-update-channel-post", "tg-update-callback-query", "tg-update-unknown-type", "tg-error-401",
                "tg-error-409", "tg-error-429", "tg-error-400-too-long", "tg-error-403-blocked", "tg-error-502",
                "tg-getupdates-ok", "tg-sendmessage-ok", "manifest-telegram")) {
            try {
                Fixture fixture = library.fixture(name);
                assertEquals("json", fixture.language(), name);
                assertTrue(fixture.requirementId().isPresent() || name.startsWith("manifest-"), name + " has no requirement");
            } catch (SpecException e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyJsonFixtureIsValidJson() {
        for (Fixture fixture : library.fixtures()) {
            if (fixture.language().equals("json")) {
                try {
                    JSON.readTree(fixture.content());
                } catch (JsonProcessingException e) {
                    fail(fixture.location() + ": fixture " + fixture.name() + " is not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
    }

    @Test
    void errorFixturesHaveTheRealServersShape() throws JsonProcessingException {
        Map<String, Integer> codes = Map.of("tg-error-401", 401, "tg-error-409", 409, "tg-error-429", 429,
                "tg-error-400-too-long", 400, "tg-error-403-blocked", 403, "tg-error-502", 502);
        for (Map.Entry<String, Integer> entry : codes.entrySet()) {
            JsonNode body = JSON.readTree(library.fixture(entry.getKey()).content());
            assertFalse(body.get("ok").asBoolean(), entry.getKey());
            assertEquals(entry.getValue(), body.get("error_code").asInt(), entry.getKey());
            assertTrue(body.get("description").isTextual(), entry.getKey());
        }
        assertEquals(30, JSON.readTree(library.fixture("tg-error-429").content()).at("/parameters/retry_after").asInt());
        assertEquals("Too Many Requests: retry after 30",
                JSON.readTree(library.fixture("tg-error-429").content()).get("description").asText());
    }

    @Test
    void getUpdatesFixtureHoldsTwoUpdatesInOrder() throws JsonProcessingException {
        JsonNode body = JSON.readTree(library.fixture("tg-getupdates-ok").content());
        assertTrue(body.get("ok").asBoolean());
        assertEquals(2, body.get("result").size());
        assertTrue(body.get("result").get(0).get("update_id").asLong() < body.get("result").get(1).get("update_id").asLong());
    }

    @Test
    void manifestFixtureClaimsTheTelegramProfile() throws JsonProcessingException {
        JsonNode manifest = JSON.readTree(library.fixture("manifest-telegram").content());
        assertEquals("channel", manifest.get("kind").asText());
        assertEquals("channels/telegram", manifest.get("spec").asText());
        assertEquals(library.spec("channels/telegram").version(), manifest.get("specVersion").asText());
        assertEquals("[\"api.telegram.org\"]", manifest.get("egress").toString());
        assertEquals("{\"TELEGRAM_BOT_TOKEN\":[\"api.telegram.org\"]}", manifest.get("secrets").toString());
    }

    @Test
    void findsRequirementsByIdWithTheirLocation() {
        Requirement requirement = library.requirement("TG-SEND-005").orElseThrow();
        assertEquals("channels/telegram", requirement.specId());
        assertEquals("Sending with sendMessage", requirement.section());
        assertTrue(requirement.location().endsWith("specs/channels/telegram.md:" + requirement.line()));
        assertEquals(Optional.empty(), library.requirement("TG-SEND-099"));
    }
}

package dev.pincer.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The model spec and the Anthropic profile keep their requirement IDs, levels and fixtures. */
class AnthropicSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SpecLibrary library = SpecLibrary.load(Path.of("..", "specs"));

    @Test
    void keepsTheRequirementIdsAndLevelsOfModelAndAnthropic() {
        Map<String, Level> expected = new LinkedHashMap<>();
        for (String id : List.of("MOD-LIFE-001", "MOD-LIFE-002", "MOD-LIFE-003", "MOD-REQ-001", "MOD-REQ-002", "MOD-REQ-003",
                "MOD-RES-001", "MOD-RES-002", "MOD-RES-003", "MOD-ERR-001", "MOD-ERR-002", "MOD-ERR-003", "MOD-ERR-004",
                "MOD-ERR-005", "MOD-SEC-001", "MOD-SEC-002", "MOD-SEC-003", "ANT-API-001", "ANT-API-002", "ANT-API-003",
                "ANT-REQ-001", "ANT-REQ-002", "ANT-RES-001", "ANT-RES-002", "ANT-ERR-001", "ANT-ERR-002", "ANT-SEC-001")) {
            expected.put(id, Level.MUST);
        }
        expected.put("ANT-ERR-003", Level.SHOULD);
        Map<String, Level> actual = new TreeMap<>();
        library.chain("models/anthropic").forEach(s -> s.requirements().forEach(r -> actual.put(r.id(), r.level())));
        assertEquals(new TreeMap<>(expected), actual);
    }

    @Test
    void errorFixturesHaveTheApisEnvelope() throws Exception {
        Map<String, String> types = Map.of("ant-error-401", "authentication_error", "ant-error-403", "permission_error",
                "ant-error-404-model", "not_found_error", "ant-error-429", "rate_limit_error", "ant-error-529", "overloaded_error",
                "ant-error-500", "api_error", "ant-error-prompt-too-long", "invalid_request_error",
                "ant-error-context-limit", "invalid_request_error", "ant-error-413", "request_too_large");
        for (Map.Entry<String, String> entry : types.entrySet()) {
            Fixture fixture = library.fixture(entry.getKey());
            assertTrue(fixture.requirementId().isPresent(), entry.getKey() + " belongs to a requirement");
            JsonNode body = JSON.readTree(fixture.content());
            assertEquals("error", body.get("type").asText(), entry.getKey());
            assertEquals(entry.getValue(), body.at("/error/type").asText(), entry.getKey());
            assertFalse(body.at("/error/message").asText().isBlank(), entry.getKey());
        }
    }

    @Test
    void manifestFixtureClaimsTheAnthropicProfile() throws Exception {
        JsonNode manifest = JSON.readTree(library.fixture("manifest-anthropic").content());
        assertEquals("model", manifest.get("kind").asText());
        assertEquals("models/anthropic", manifest.get("spec").asText());
        assertEquals("[\"api.anthropic.com\"]", manifest.get("egress").toString());
        assertEquals("{\"ANTHROPIC_API_KEY\":[\"api.anthropic.com\"]}", manifest.get("secrets").toString());
        assertEquals(JSON.readTree(Path.of("..", "examples", "models", "anthropic", "pincer.json").toFile()), manifest,
                "the fixture is the reference example's manifest");
    }
}

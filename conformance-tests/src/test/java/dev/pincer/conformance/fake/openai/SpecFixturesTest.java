package dev.pincer.conformance.fake.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.spi.json.Json;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake's bodies are the ones the profile documents, so implementers and the fake read the same facts. */
class SpecFixturesTest {
    private static final SpecLibrary SPECS = SpecLibrary.load(Path.of("..", "specs"));

    private static void assertSameJson(String fixture, Answer.Status answer) {
        assertEquals(Json.parse(SPECS.fixture(fixture).content()), Json.parse(answer.body()), fixture);
    }

    @Test
    void errorBodiesEqualTheProfilesFixtures() {
        assertSameJson("oai-error-401-invalid-key", Answers.invalidApiKey(FakeOpenAiTest.KEY));
        assertSameJson("oai-error-403-region", Answers.regionNotSupported());
        assertSameJson("oai-error-404-model", Answers.modelNotFound("gpt-4.1-mini-typo"));
        assertSameJson("oai-error-500", Answers.serverError(500));
        assertSameJson("oai-error-context-length", Answers.contextTooLong(Answers.Server.OPENAI));
        assertSameJson("llamacpp-error-context-size", Answers.contextTooLong(Answers.Server.LLAMA_CPP));
        assertSameJson("vllm-error-context-length", Answers.contextTooLong(Answers.Server.VLLM));
        assertSameJson("oai-error-429-quota", Answers.insufficientQuota());
        assertSameJson("oai-error-429-rate-limit", Answers.rateLimited(Optional.empty()));
        assertSameJson("oai-error-503-overloaded", Answers.overloaded(Optional.empty()));
    }

    @Test
    void theUnsupportedMaxTokensAnswerEqualsItsFixture() {
        var answer = ChatRequestRules.check("{\"model\":\"o4-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                + "\"max_tokens\":5}").orElseThrow();
        assertSameJson("oai-error-unsupported-max-tokens", answer);
    }

    @Test
    void theFixtureRequestPassesTheFakesRules() {
        assertEquals(Optional.empty(), ChatRequestRules.check(SPECS.fixture("oai-request-tool-turn").content()));
    }
}

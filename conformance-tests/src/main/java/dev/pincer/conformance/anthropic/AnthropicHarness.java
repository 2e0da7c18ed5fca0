package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.ModelHarness;
import dev.pincer.conformance.fake.anthropic.FakeAnthropic;
import dev.pincer.conformance.fake.anthropic.RecordedRequest;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.IntegrationLoadException;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.Model;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An Anthropic model under test against the fake Messages API. */
final class AnthropicHarness extends ModelHarness {
    static final String KEY = "sk-ant-api03-c0nformanceK3yQ7wXz2LmN8pR4tV6yB1dF5hJ9kS3uW7eA0gC2iE4oG6qI8sU0wY2aA-Zx9Yw8VuAA";
    static final String SECRET_NAME = "ANTHROPIC_API_KEY";
    static final String HOST = "api.anthropic.com";
    /** The configuration the profile's examples use; checks that need exact numbers start with it. */
    static final Map<String, String> PROFILE_CONFIG = Map.of("model", "claude-sonnet-4-5", "maxOutputTokens", "1024");

    final FakeAnthropic fake;

    AnthropicHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(SECRET_NAME, KEY));
        this.fake = FakeAnthropic.start(KEY, clock::now);
    }

    @Override
    protected Map<String, URI> hostOverrides() {
        return Map.of(HOST, fake.baseUri());
    }

    @Override
    protected void closeFakes() {
        fake.close();
    }

    /** Starts a fresh instance with the profile's example configuration. */
    void startWithProfileConfig() {
        start(PROFILE_CONFIG);
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    AnthropicHarness sibling(long otherSeed) throws IOException {
        return new AnthropicHarness(integration(), specs(), otherSeed);
    }

    /** Why the manifest's entry class cannot be made a {@link Model}, if it cannot. */
    Optional<String> entryProblem() {
        try {
            integration().newInstance(Model.class);
            return Optional.empty();
        } catch (IntegrationLoadException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The body of a spec fixture, parsed as a JSON object. */
    JsonObject fixture(String name) {
        return Json.parseObject(specs().fixture(name).content());
    }

    /** The {@code POST /v1/messages} requests the fake received so far. */
    List<RecordedRequest> messageRequests() {
        return fake.messageRequests();
    }

    /** The placeholder of the API key. */
    String placeholder() {
        return vault.secrets().get(SECRET_NAME).placeholder();
    }
}

package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.ModelHarness;
import dev.pincer.conformance.fake.openai.FakeOpenAi;
import dev.pincer.conformance.fake.openai.RecordedRequest;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A model under test against the fake Chat Completions server, which stands in for the host of its baseUrl. */
final class OpenAiHarness extends ModelHarness {
    static final String KEY = "sk-pincer-conformance-0123456789abcdef012345wxyz";
    static final String SECRET = "OPENAI_API_KEY";
    static final String DEFAULT_HOST = "api.openai.com";

    final FakeOpenAi fake;
    private final boolean keyless;

    /** A harness whose vault holds the test key and whose fake requires it, or, when {@code keyless}, neither. */
    OpenAiHarness(LoadedIntegration integration, SpecLibrary specs, long seed, boolean keyless) throws IOException {
        super(integration, specs, seed, keyless ? Map.of() : Map.of(SECRET, KEY));
        this.keyless = keyless;
        this.fake = FakeOpenAi.start(keyless ? Optional.empty() : Optional.of(KEY), clock::now);
    }

    /** The host of the example configuration's baseUrl, which the manifest must name. */
    String host() {
        return hostOf(manifest().config());
    }

    /** {@code <baseUrl>/chat/completions} of the example configuration. */
    String endpoint() {
        return manifest().config().getOrDefault("baseUrl", "https://" + DEFAULT_HOST + "/v1").strip().replaceAll("/+$", "")
                + "/chat/completions";
    }

    static String hostOf(Map<String, String> config) {
        try {
            String host = URI.create(config.getOrDefault("baseUrl", "https://" + DEFAULT_HOST + "/v1").strip()).getHost();
            return host == null ? DEFAULT_HOST : host;
        } catch (IllegalArgumentException e) {
            return DEFAULT_HOST;
        }
    }

    @Override
    protected Map<String, URI> hostOverrides() {
        return Map.of(host(), fake.baseUri());
    }

    @Override
    protected void closeFakes() {
        fake.close();
    }

    /** An independent harness for the same integration: another seed, and a keyless vault and fake if asked. */
    OpenAiHarness sibling(long otherSeed, boolean siblingKeyless) throws IOException {
        return new OpenAiHarness(integration(), specs(), otherSeed, siblingKeyless);
    }

    boolean keyless() {
        return keyless;
    }

    /** The bodies of the chat completion requests the fake received, parsed ({@code {}} for one that is not JSON). */
    List<JsonObject> bodies() {
        List<JsonObject> bodies = new ArrayList<>();
        for (RecordedRequest request : fake.completionRequests()) {
            bodies.add(request.json().orElse(dev.pincer.spi.json.Json.object().build()));
        }
        return bodies;
    }

    /** The virtual time between consecutive chat completion requests. */
    List<Duration> gaps() {
        List<RecordedRequest> requests = fake.completionRequests();
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(Duration.between(requests.get(i - 1).at(), requests.get(i).at()));
        }
        return gaps;
    }

    /** Durations in seconds with millisecond precision, for observations. */
    static String seconds(List<Duration> durations) {
        return durations.stream().map(OpenAiHarness::seconds).toList().toString();
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }
}

package dev.pincer.conformance.github;

import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.conformance.fake.github.FakeGitHub;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A GitHub tool under test against the fake GitHub, which holds the repository {@code acme/widgets}. */
final class GitHubHarness extends ToolHarness {
    static final String TOKEN = "github_pat_11CONFORMANCE0test0token0Zq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "GITHUB_TOKEN";
    static final String HOST = "api.github.com";
    static final String OWNER = "acme";
    static final String REPO = "widgets";

    final FakeGitHub fake;

    GitHubHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(SECRET_NAME, TOKEN));
        this.fake = FakeGitHub.start(TOKEN, clock::now);
        fake.addRepository(OWNER, REPO);
    }

    @Override
    protected Map<String, URI> hostOverrides() {
        return Map.of(HOST, fake.baseUri());
    }

    @Override
    protected void closeFakes() {
        fake.close();
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    GitHubHarness sibling(long otherSeed) throws IOException {
        return new GitHubHarness(integration(), specs(), otherSeed);
    }

    /** Arguments {@code owner} acme, {@code repo} widgets, and the given name-value pairs. */
    static JsonObject repoArgs(Object... more) {
        Object[] all = new Object[more.length + 4];
        all[0] = "owner";
        all[1] = OWNER;
        all[2] = "repo";
        all[3] = REPO;
        System.arraycopy(more, 0, all, 4, more.length);
        return args(all);
    }

    /** Arguments from name-value pairs; values are strings, whole numbers or lists of strings. */
    static JsonObject args(Object... pairs) {
        JsonObject.Builder builder = Json.object();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            switch (pairs[i + 1]) {
                case String s -> builder.put(name, s);
                case Integer n -> builder.put(name, n.longValue());
                case Long n -> builder.put(name, n);
                case List<?> list -> builder.put(name, Json.array(list.stream().map(o -> Json.of((String) o)).toList()));
                default -> throw new IllegalArgumentException("unsupported argument value " + pairs[i + 1]);
            }
        }
        return builder.build();
    }

    /** The requests the fake received with {@code method}. */
    List<GitHubRequest> requests(String method) {
        return fake.requests().stream().filter(r -> r.method().equals(method)).toList();
    }

    /** The body of a spec fixture, parsed. */
    JsonObject fixture(String name) {
        return Json.parseObject(specs().fixture(name).content());
    }
}

package dev.pincer.conformance.github;

import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.conformance.fake.github.FakeGitHub;
import dev.pincer.conformance.fake.github.GitHubRequest;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
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
        routeToFake(HOST, fake.baseUri(), fake::close);
        fake.addRepository(OWNER, REPO);
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
        return arguments(pairs);
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

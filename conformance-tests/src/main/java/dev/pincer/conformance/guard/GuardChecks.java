package dev.pincer.conformance.guard;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.GuardHarness;
import dev.pincer.conformance.check.Starts;
import dev.pincer.conformance.spec.Fixture;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks of {@code specs/guard.md} that every guard profile shares: manifest, configuration, odd actions. */
final class GuardChecks {
    private static final Duration START_LIMIT = Duration.ofSeconds(5);
    private static final int LONG_TEXT = 200_000;
    private static final int DEPTH = 60;

    private GuardChecks() {}

    static Check<GuardHarness> claimsTheProfile(String specId, String specVersion) {
        return Check.of("declares kind guard, spec " + specId + " and its version", Set.of("GUARD-LIFE-001"), (h, v) -> {
            Manifest m = h.manifest();
            v.expect("GUARD-LIFE-001", m.kind().equals("guard") && m.spec().equals(specId) && m.specVersion().equals(specVersion),
                    "kind \"guard\", spec \"" + specId + "\", specVersion \"" + specVersion + "\"",
                    () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
        });
    }

    /** Each invalid configuration of the profile's {@code invalidConfigs} fixture is refused naming its key. */
    static Check<GuardHarness> validatesItsConfiguration(String specId, String configRequirement) {
        Set<String> proves = Set.of("GUARD-LIFE-002", configRequirement);
        return Check.of("start refuses each invalid configuration naming the key, and starts with the manifest's", proves,
                (h, v) -> {
                    Optional<Fixture> fixture = h.specs().spec(specId).fixtures().stream()
                            .filter(f -> f.requirementId().equals(Optional.of(configRequirement))
                                    && Json.parse(f.content()) instanceof JsonObject o && o.has("invalidConfigs"))
                            .findFirst();
                    List<String> problems = new ArrayList<>();
                    for (JsonObject entry : fixture.map(f -> Json.parseObject(f.content()).array("invalidConfigs").objects())
                            .orElse(List.of())) {
                        Map<String, String> config = Overrides.apply(h.manifest().config(), overrides(entry.object("config")));
                        List<String> expected = new ArrayList<>(List.of(entry.string("key")));
                        entry.optArray("mentions").ifPresent(a -> a.forEach(m -> expected.add(((JsonString) m).value())));
                        String refusal = startRefusal(h, config);
                        if (!refusal.startsWith("IntegrationException") || !expected.stream().allMatch(refusal::contains)) {
                            problems.add("with config " + config + ": " + (refusal.isEmpty() ? "start returned" : refusal)
                                    + " (expected IntegrationException naming " + expected + ")");
                        }
                    }
                    long start = System.nanoTime();
                    String normal = startRefusal(h, h.manifest().config());
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    if (!normal.isEmpty() || took.compareTo(START_LIMIT) >= 0) {
                        problems.add("with the manifest's config " + h.manifest().config() + ": "
                                + (normal.isEmpty() ? "start returned" : normal) + " after " + took.toMillis() + " ms");
                    }
                    v.expect(proves, fixture.isPresent() && problems.isEmpty(), "IntegrationException naming the key (and "
                            + "the valid values) for each of the spec's invalid configurations; start within 5 s with the "
                            + "manifest's", () -> fixture.isEmpty() ? "the spec has no invalidConfigs fixture under "
                                    + configRequirement : String.join("; ", problems));
                });
    }

    private static Map<String, Optional<String>> overrides(JsonObject config) {
        Map<String, Optional<String>> overrides = new LinkedHashMap<>();
        config.members().forEach((key, value) -> overrides.put(key,
                value instanceof JsonNull ? Optional.empty() : Optional.of(((JsonString) value).value())));
        return overrides;
    }

    /** Starts a fresh instance with {@code config}; "" if start returned, else what it threw. */
    private static String startRefusal(GuardHarness h, Map<String, String> config) {
        return Starts.refusal(() -> h.start(config));
    }

    /** The odd actions of {@code guard-odd-actions}, a very long reply and deeply nested arguments, inspected once each. */
    static Check<GuardHarness> judgesOddActions() {
        return Check.of("inspects odd but well-formed actions, a reply of 200,000 characters and arguments 60 levels deep",
                Set.of("GUARD-INV-001"), (h, v) -> {
                    List<GuardAction> actions = Json.parse(h.specs().fixture("guard-odd-actions").content())
                            instanceof JsonArray array ? array.objects().stream().map(Actions::read).toList() : List.of();
                    h.start();
                    int before = h.inspections().size();
                    for (GuardAction action : actions) {
                        h.inspect(action);
                    }
                    h.inspect(GuardAction.reply("telegram", "42", longText(), "owner", false));
                    h.inspect(GuardAction.tool("drive", "upload", "write", "drive.file:1", nested(), "owner", "", false));
                    int inspected = h.inspections().size() - before;
                    v.expect("GUARD-INV-001", inspected >= 3, "every action inspected",
                            () -> "only " + inspected + " inspections");
                });
    }

    /** A text that makes careless patterns backtrack: long runs of token prefixes, headers and letters. */
    static String longText() {
        String text = "eyJ".repeat(20_000) + " " + "password ".repeat(5_000) + "-----BEGIN ".repeat(5_000)
                + "AKIA".repeat(10_000) + " xoxb-".repeat(5_000) + "a".repeat(LONG_TEXT);
        return text.substring(0, LONG_TEXT);
    }

    private static JsonObject nested() {
        JsonObject inner = Json.object().put("text", "leaf").build();
        for (int i = 0; i < DEPTH; i++) {
            inner = Json.object().put("level" + i, inner).put("list", Json.array(List.of(Json.of("x"), Json.of(i)))).build();
        }
        return inner;
    }
}

package dev.pincer.conformance.guard;

import dev.pincer.conformance.spec.Fixture;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision table of a guard profile: a configuration and steps, each an action at a time with the verdict it
 * must get, or a restart ({@code specs/guard.md}, "Decision tables").
 *
 * @param fixture where the table is written
 * @param config overrides of the manifest's configuration; an empty value removes the key
 * @param steps the steps, in order
 */
record DecisionTable(Fixture fixture, Map<String, Optional<String>> config, List<Step> steps) {

    /** One step of a table. */
    sealed interface Step {}

    /**
     * Inspect {@code action} at {@code at} after the clock's start; the verdict must be of kind {@code expect}.
     *
     * @param number the step's 1-based position in the table
     */
    record Inspect(int number, Duration at, GuardAction action, String expect, Optional<String> reasonMentions,
            Optional<String> reasonOmits) implements Step {}

    /** Stop the instance and start a new one on the same state. */
    record Restart() implements Step {}

    /** True for a fixture holding a decision table: a JSON object with {@code steps}. */
    static boolean isTable(Fixture fixture) {
        return fixture.language().equals("json") && fixture.content().strip().startsWith("{")
                && Json.parse(fixture.content()) instanceof JsonObject object && object.has("steps");
    }

    /**
     * Reads the table of {@code fixture}.
     *
     * @throws IllegalArgumentException naming the fixture's location and the step, if the table is malformed
     */
    static DecisionTable read(Fixture fixture) {
        JsonObject json = Json.parseObject(fixture.content());
        List<Step> steps = new ArrayList<>();
        Duration at = Duration.ZERO;
        int number = 0;
        for (Json element : json.array("steps")) {
            number++;
            try {
                JsonObject step = (JsonObject) element;
                if (step.optBool("restart").orElse(false)) {
                    steps.add(new Restart());
                    continue;
                }
                Duration next = step.optString("at").map(Duration::parse).orElse(at);
                if (next.compareTo(at) < 0) {
                    throw new IllegalArgumentException("at " + next + " is before the previous step's " + at);
                }
                at = next;
                String expect = step.string("expect");
                if (!List.of("pass", "ask", "deny").contains(expect)) {
                    throw new IllegalArgumentException("expect must be pass, ask or deny, was \"" + expect + "\"");
                }
                steps.add(new Inspect(number, at, Actions.read(step.object("action")), expect,
                        step.optString("reasonMentions"), step.optString("reasonOmits")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(fixture.location() + ": fixture " + fixture.name() + ", step " + number
                        + ": " + e.getMessage(), e);
            }
        }
        Map<String, Optional<String>> config = new LinkedHashMap<>();
        json.optObject("config").ifPresent(object -> object.members().forEach((key, value) -> config.put(key,
                switch (value) {
                    case JsonNull n -> Optional.empty();
                    case JsonString s -> Optional.of(s.value());
                    default -> throw new IllegalArgumentException(fixture.location() + ": config." + key + " must be a "
                            + "string or null, was " + value);
                })));
        return new DecisionTable(fixture, config, steps);
    }

    /** The manifest's configuration with this table's overrides. */
    Map<String, String> configOver(Map<String, String> manifestConfig) {
        return Overrides.apply(manifestConfig, config);
    }
}

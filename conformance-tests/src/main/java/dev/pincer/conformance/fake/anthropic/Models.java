package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The model ids the fake serves: aliases and the dated snapshots they stand for. Thread-safe. */
final class Models {
    private final Map<String, String> snapshots = Collections.synchronizedMap(new LinkedHashMap<>());

    Models() {
        alias("claude-opus-4-5", "claude-opus-4-5-20251101");
        alias("claude-sonnet-4-5", "claude-sonnet-4-5-20250929");
        alias("claude-haiku-4-5", "claude-haiku-4-5-20251001");
        alias("claude-opus-4-1", "claude-opus-4-1-20250805");
        alias("claude-opus-4-0", "claude-opus-4-20250514");
        alias("claude-sonnet-4-0", "claude-sonnet-4-20250514");
        alias("claude-3-7-sonnet-latest", "claude-3-7-sonnet-20250219");
        alias("claude-3-5-haiku-latest", "claude-3-5-haiku-20241022");
    }

    /** Serves {@code alias} as {@code snapshot}, and the snapshot itself. */
    void alias(String alias, String snapshot) {
        snapshots.put(alias, snapshot);
        snapshots.put(snapshot, snapshot);
    }

    /** The snapshot an id names, if the fake knows the id. */
    Optional<String> snapshot(String id) {
        return Optional.ofNullable(snapshots.get(id));
    }

    /** The answer of {@code GET /v1/models/<id>}. */
    JsonObject info(String id) {
        String snapshot = snapshot(id).orElseThrow();
        return Json.object().put("type", "model").put("id", snapshot).put("display_name", snapshot)
                .put("created_at", "2025-09-29T00:00:00Z").build();
    }
}

package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import java.util.List;
import java.util.Objects;

/** Text after entity parsing: what users see, and the entities on it. */
record FormattedText(String text, List<TextEntity> entities) {

    FormattedText {
        Objects.requireNonNull(text, "text");
        entities = entities.stream().sorted(TextEntity.ORDER).toList();
    }

    static FormattedText plain(String text) {
        return new FormattedText(text, List.of());
    }

    JsonArray entitiesJson() {
        return Json.array(entities.stream().map(TextEntity::toJson).toList());
    }
}

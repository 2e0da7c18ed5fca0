package dev.pincer.conformance.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;

/** JSON equality as JSON means it: members in any order, numbers by value ({@code 1} equals {@code 1.0}). */
final class JsonValues {
    private JsonValues() {}

    static boolean same(Json a, Json b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            return x.members().keySet().equals(y.members().keySet())
                    && x.members().keySet().stream().allMatch(k -> same(x.members().get(k), y.members().get(k)));
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}

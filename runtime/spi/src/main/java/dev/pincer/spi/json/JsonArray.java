package dev.pincer.spi.json;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** A JSON array. */
public record JsonArray(List<Json> elements) implements Json, Iterable<Json> {
    public JsonArray {
        elements = List.copyOf(elements);
    }

    /** The number of elements. */
    public int size() {
        return elements.size();
    }

    /** The element at {@code index}. */
    public Json get(int index) {
        return elements.get(index);
    }

    /**
     * The elements, each of which must be an object.
     *
     * @throws JsonException naming the index of the first element that is not an object
     */
    public List<JsonObject> objects() {
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof JsonObject)) {
                throw new JsonException("expected an object at index " + i + " but found " + elements.get(i).kind());
            }
        }
        return elements.stream().map(JsonObject.class::cast).toList();
    }

    @Override
    public Iterator<Json> iterator() {
        return elements.iterator();
    }

    @Override
    public String toString() {
        return elements.stream().map(Json::toString).collect(Collectors.joining(",", "[", "]"));
    }
}

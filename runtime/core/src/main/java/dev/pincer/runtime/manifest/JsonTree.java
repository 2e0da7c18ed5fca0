package dev.pincer.runtime.manifest;

import java.util.List;

/** A JSON value with the position it starts at, as read from a manifest. */
sealed interface JsonTree {

    /** Where the value starts. */
    Position at();

    /** What the value is, for messages: "a string", "a list", "the number 5", ... */
    String description();

    /** A 1-based line and column. */
    record Position(int line, int column) {}

    /** One member of an object, with where its key starts. */
    record Member(String key, Position keyAt, JsonTree value) {}

    /** A JSON object; members in document order. */
    record JsonObjectTree(Position at, List<Member> members) implements JsonTree {
        public JsonObjectTree {
            members = List.copyOf(members);
        }

        @Override
        public String description() {
            return "an object";
        }
    }

    /** A JSON array. */
    record JsonArrayTree(Position at, List<JsonTree> elements) implements JsonTree {
        public JsonArrayTree {
            elements = List.copyOf(elements);
        }

        @Override
        public String description() {
            return "a list";
        }
    }

    /** A JSON string. */
    record JsonStringTree(Position at, String value) implements JsonTree {
        @Override
        public String description() {
            return "the string " + ManifestRules.quote(value);
        }
    }

    /** A number, boolean or null, kept as its JSON text. */
    record JsonScalarTree(Position at, String text, boolean number) implements JsonTree {
        @Override
        public String description() {
            return number ? "the number " + text : text;
        }
    }
}

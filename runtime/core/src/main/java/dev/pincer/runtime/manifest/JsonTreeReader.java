package dev.pincer.runtime.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.pincer.runtime.manifest.JsonTree.JsonArrayTree;
import dev.pincer.runtime.manifest.JsonTree.JsonObjectTree;
import dev.pincer.runtime.manifest.JsonTree.JsonScalarTree;
import dev.pincer.runtime.manifest.JsonTree.JsonStringTree;
import dev.pincer.runtime.manifest.JsonTree.Member;
import dev.pincer.runtime.manifest.JsonTree.Position;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into a {@link JsonTree} with Jackson's streaming parser, keeping every value's position. */
final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final Path file;

    JsonTreeReader(Path file) {
        this.file = file;
    }

    /** Parses exactly one JSON value from {@code text}. */
    JsonTree read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ManifestException(file, 0, 0, "", "the file is empty",
                        "write a JSON object such as {\"kind\": \"channel\", \"name\": \"telegram\", ...}");
            }
            JsonTree root = readValue(parser, "");
            if (parser.nextToken() != null) {
                Position at = position(parser.currentTokenLocation());
                throw new ManifestException(file, at.line(), at.column(), "",
                        "unexpected content after the end of the manifest", "write exactly one JSON object");
            }
            return root;
        } catch (JsonParseException e) {
            Position at = position(e.getLocation());
            throw new ManifestException(file, at.line(), at.column(), path(e.getProcessor()),
                    "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "fix the JSON syntax at this position");
        } catch (IOException e) {
            throw new ManifestException(file, 0, 0, "", "cannot be read: " + e.getMessage(),
                    "check that the file is readable UTF-8 JSON");
        }
    }

    private JsonTree readValue(JsonParser parser, String path) throws IOException {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, at);
            case START_ARRAY -> readArray(parser, path, at);
            case VALUE_STRING -> new JsonStringTree(at, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonScalarTree(at, parser.getText(), true);
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> new JsonScalarTree(at, parser.getText(), false);
            default -> throw new ManifestException(file, at.line(), at.column(), path,
                    "unexpected JSON token " + token, "write a JSON value");
        };
    }

    private JsonObjectTree readObject(JsonParser parser, String path, Position at) throws IOException {
        List<Member> members = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            String memberPath = path.isEmpty() ? key : path + "." + key;
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                throw new ManifestException(file, keyAt.line(), keyAt.column(), memberPath,
                        "appears twice (first at line " + first.line() + ")", "keep only one");
            }
            parser.nextToken();
            members.add(new Member(key, keyAt, readValue(parser, memberPath)));
        }
        return new JsonObjectTree(at, members);
    }

    private JsonArrayTree readArray(JsonParser parser, String path, Position at) throws IOException {
        List<JsonTree> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(parser, path + "[" + elements.size() + "]"));
        }
        return new JsonArrayTree(at, elements);
    }

    private static Position position(JsonLocation location) {
        return location == null ? new Position(0, 0) : new Position(location.getLineNr(), location.getColumnNr());
    }

    /** The field path where a parse error happened, such as {@code egress[1]}; empty at the top level. */
    private static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                parts.addFirst("." + context.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}

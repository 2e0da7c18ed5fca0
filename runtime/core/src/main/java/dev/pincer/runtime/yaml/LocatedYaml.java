package dev.pincer.runtime.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML document read into a tree that remembers the line and column of every value, for error messages.
 *
 * <p>Paths name values as {@code rules[3].for[1]}: {@code .key} for a mapping's member, {@code [i]} for an element.
 *
 * @param source the name the messages start with, such as the file's path
 * @param root the document; an empty document is an empty mapping
 * @param locations where each path's value (and, under {@code path + "#key"}, its key) was written
 */
public record LocatedYaml(String source, JsonNode root, Map<String, JsonLocation> locations) {
    private static final String KEY = "#key";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Validates and copies. */
    public LocatedYaml {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
        locations = Map.copyOf(locations);
    }

    /**
     * Reads {@code file}; an empty document is an empty mapping.
     *
     * @throws LocatedYamlException if the file cannot be read, is not YAML or repeats a key, with its line and column
     */
    public static LocatedYaml read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new LocatedYamlException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses {@code text}, naming it {@code source} in messages.
     *
     * @throws LocatedYamlException if the text is not YAML or repeats a key, with its line and column
     */
    public static LocatedYaml parse(String text, String source) {
        try (Reader reader = new StringReader(text)) {
            return read(reader, source);
        } catch (IOException e) {
            throw new LocatedYamlException(source + ": cannot be read: " + e.getMessage());
        }
    }

    private static LocatedYaml read(Reader reader, String source) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.objectNode() : value(source, parser, "", locations);
            return new LocatedYaml(source, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : at(source, at);
            throw new LocatedYamlException(where + ": not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static JsonNode value(String source, JsonParser parser, String path, Map<String, JsonLocation> locations)
            throws IOException {
        locations.put(path, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        throw new LocatedYamlException(at(source, parser.currentTokenLocation()) + ": " + child
                                + " is given twice; keep one of them");
                    }
                    locations.put(child + KEY, parser.currentTokenLocation());
                    parser.nextToken();
                    object.set(name, value(source, parser, child, locations));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(source, parser, path + "[" + index++ + "]", locations));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new LocatedYamlException(at(source, parser.currentTokenLocation())
                    + ": unexpected YAML token " + token);
        };
    }

    private static String at(String source, JsonLocation at) {
        return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** {@code source:line:column} of the key of {@code path}, such as a setting that is not valid there. */
    public String whereKey(String path) {
        JsonLocation at = locations.get(path + KEY);
        return at == null ? where(path) : at(source, at);
    }

    /** {@code source:line:column} of the value at {@code path}, or of its nearest located parent. */
    public String where(String path) {
        return location(path).map(at -> at(source, at)).orElse(source);
    }

    /** The line of the value at {@code path}, or of its nearest located parent; 0 when none is known. */
    public int line(String path) {
        return location(path).map(JsonLocation::getLineNr).orElse(0);
    }

    private Optional<JsonLocation> location(String path) {
        String probe = path;
        while (true) {
            JsonLocation at = locations.get(probe);
            if (at != null) {
                return Optional.of(at);
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            probe = probe.substring(0, cut);
        }
    }
}

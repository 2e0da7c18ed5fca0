package dev.pincer.runtime.run;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A YAML document read into a tree that remembers the line and column of every value, for error messages. */
record LocatedYaml(Path file, JsonNode root, Map<String, JsonLocation> locations) {
    private static final String KEY = "#key";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reads {@code file}; an empty document is an empty mapping.
     *
     * @throws RunConfigException if the file cannot be read or is not YAML, with its line and column
     */
    static LocatedYaml read(Path file) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = new YAMLFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.objectNode() : value(file, parser, "", locations);
            return new LocatedYaml(file, root, Map.copyOf(locations));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new RunConfigException(where + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RunConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode value(Path file, JsonParser parser, String path, Map<String, JsonLocation> locations) throws IOException {
        locations.put(path, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        JsonLocation at = parser.currentTokenLocation();
                        throw new RunConfigException(
                                at(file, at) + ": " + child + " is given twice; keep one of them");
                    }
                    locations.put(child + KEY, parser.currentTokenLocation());
                    parser.nextToken();
                    object.set(name, value(file, parser, child, locations));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(file, parser, path + "[" + index++ + "]", locations));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new RunConfigException(at(file, parser.currentTokenLocation())
                    + ": unexpected YAML token " + token);
        };
    }

    private static String at(Path file, JsonLocation at) {
        return file + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** {@code file:line:column} of the key of {@code path}, such as a setting that is not valid there. */
    String whereKey(String path) {
        JsonLocation at = locations.get(path + KEY);
        return at == null ? where(path) : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** {@code file:line:column} of the value at {@code path}, or of its nearest located parent. */
    String where(String path) {
        String probe = path;
        while (true) {
            JsonLocation at = locations.get(probe);
            if (at != null) {
                return file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            if (cut <= 0) {
                return file.toString();
            }
            probe = probe.substring(0, cut);
        }
    }
}

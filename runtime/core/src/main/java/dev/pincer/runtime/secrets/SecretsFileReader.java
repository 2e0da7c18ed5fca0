package dev.pincer.runtime.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads {@code secrets.json} with Jackson's streaming parser, so that every problem has a line and column.
 *
 * <p>Messages read {@code <file>:<line>:<column>: <problem>; <fix>} and never contain a secret's value:
 * Jackson's own syntax messages quote the offending token, which may be part of a value, so only the part
 * before the quote is kept, with what Jackson expected instead.
 */
final class SecretsFileReader {

    static final String SHAPE = "{\"version\": 1, \"secrets\": {\"NAME\": {\"value\": \"...\", \"setAt\": \"2025-01-01T12:00:00Z\"}}}";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Pattern NESTED_LOCATION = Pattern.compile("\\s*\\([^()]*\\[Source:[^\\]]*\\]\\)");

    private final Path file;

    SecretsFileReader(Path file) {
        this.file = file;
    }

    /** Parses the file's bytes into the stored secrets, by name. */
    SortedMap<String, StoredSecret> read(byte[] content) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problem(parser, "the file is empty", "write " + SHAPE + ", or delete the file to start over");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(parser, "the file is not a JSON object", "write " + SHAPE);
            }
            SortedMap<String, StoredSecret> secrets = readTop(parser);
            if (parser.nextToken() != null) {
                throw problem(parser, "unexpected content after the end of the object", "remove it");
            }
            return secrets;
        } catch (JsonProcessingException e) {
            // Not chained as the cause: Jackson's own message quotes the text it stumbled on.
            throw new IllegalStateException(at(e.getLocation()) + "malformed JSON: " + masked(e.getOriginalMessage())
                    + "; fix the JSON at this position (the file should read " + SHAPE + ")");
        }
    }

    private SortedMap<String, StoredSecret> readTop(JsonParser parser) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Integer version = null;
        SortedMap<String, StoredSecret> secrets = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (!seen.add(field)) {
                throw problem(parser, "field \"" + field + "\" appears twice", "keep only one");
            }
            parser.nextToken();
            switch (field) {
                case "version" -> version = readVersion(parser);
                case "secrets" -> secrets = readSecrets(parser);
                default -> throw problem(parser, "unknown field \"" + field + "\"", "write only \"version\" and \"secrets\"");
            }
        }
        if (version == null || secrets == null) {
            throw new IllegalStateException(at(start) + "the object has no \"" + (version == null ? "version" : "secrets")
                    + "\" field; write " + SHAPE);
        }
        return secrets;
    }

    private int readVersion(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || !"1".equals(parser.getText())) {
            String found = parser.currentToken().isNumeric() ? parser.getText() : "not a number";
            throw problem(parser, "\"version\" is " + found + ", but this Pincer reads version 1",
                    "write \"version\": 1, or use the Pincer that wrote this file");
        }
        return 1;
    }

    private SortedMap<String, StoredSecret> readSecrets(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem(parser, "\"secrets\" is not an object", "write \"secrets\": {\"NAME\": {...}, ...}");
        }
        SortedMap<String, StoredSecret> secrets = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            StoredSecret.nameProblem(name).ifPresent(problem -> {
                throw problem(parser, problem, "rename it in the file, or remove it and run: pincer secret set NAME");
            });
            if (secrets.containsKey(name)) {
                throw problem(parser, "secret " + name + " appears twice", "keep only one");
            }
            parser.nextToken();
            secrets.put(name, readSecret(parser, name));
        }
        return secrets;
    }

    private StoredSecret readSecret(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw problem(parser, "secret " + name + " is not an object",
                    "write \"" + name + "\": {\"value\": \"...\", \"setAt\": \"2025-01-01T12:00:00Z\"}");
        }
        JsonLocation start = parser.currentTokenLocation();
        String value = null;
        Instant setAt = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "value" -> value = readValue(parser, name);
                case "setAt" -> setAt = readInstant(parser, name);
                default -> throw problem(parser, "secret " + name + " has an unknown field \"" + field + "\"",
                        "write only \"value\" and \"setAt\"");
            }
        }
        if (value == null || setAt == null) {
            throw new IllegalStateException(at(start) + "secret " + name + " has no \""
                    + (value == null ? "value" : "setAt") + "\"; set it again with: pincer secret set " + name);
        }
        return new StoredSecret(value, setAt);
    }

    private String readValue(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw problem(parser, "the value of " + name + " is not a JSON string",
                    "write it in double quotes, or set it again with: pincer secret set " + name);
        }
        String value = parser.getText();
        StoredSecret.valueProblem(name, value).ifPresent(problem -> {
            throw problem(parser, problem, "set it again with: pincer secret set " + name);
        });
        return value;
    }

    private Instant readInstant(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return Instant.parse(parser.getText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw problem(parser, "\"setAt\" of " + name + " is not an ISO-8601 instant",
                "write a UTC time such as \"2025-01-01T12:00:00Z\"");
    }

    private IllegalStateException problem(JsonParser parser, String problem, String fix) {
        return new IllegalStateException(at(parser.currentTokenLocation()) + problem + "; " + fix);
    }

    private String at(JsonLocation location) {
        return location == null || location.getLineNr() <= 0 ? file + ": "
                : file + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /**
     * Jackson's message without the text it quotes, which may be part of a secret's value: what comes before
     * the first quote or parenthesis, then what follows the last {@code "': "} or {@code "): "}, which is what
     * Jackson expected instead.
     */
    static String masked(String message) {
        String line = NESTED_LOCATION.matcher(message.lines().findFirst().orElse("").strip()).replaceAll("");
        int quote = line.replace('(', '\'').indexOf('\'');
        if (quote < 0) {
            return line;
        }
        String head = line.substring(0, quote).strip();
        int expected = Math.max(line.lastIndexOf("': "), line.lastIndexOf("): "));
        return expected < quote ? head : head + line.substring(expected + 1);
    }
}

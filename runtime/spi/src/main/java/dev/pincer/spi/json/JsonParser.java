package dev.pincer.spi.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict recursive-descent JSON parser with line and column in its errors. */
final class JsonParser {
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int position;
    private int depth;

    JsonParser(String text) {
        this.text = java.util.Objects.requireNonNull(text, "text");
    }

    Json parseDocument() {
        skipWhitespace();
        Json value = parseValue();
        skipWhitespace();
        if (position < text.length()) {
            throw error("unexpected " + describe(text.charAt(position)) + " after the JSON value");
        }
        return value;
    }

    private Json parseValue() {
        if (position >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> parseObject();
            case '[' -> parseArray();
            case '"' -> new JsonString(parseString());
            case 't' -> literal("true", JsonBoolean.TRUE);
            case 'f' -> literal("false", JsonBoolean.FALSE);
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield parseNumber();
                }
                throw error("unexpected " + describe(c) + ", expected a value");
            }
        };
    }

    private JsonObject parseObject() {
        enter();
        position++;
        Map<String, Json> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            String name = parseString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (members.put(name, parseValue()) != null) {
                throw error("duplicate member name '" + name + "'");
            }
            skipWhitespace();
            char c = peek();
            position++;
            if (c == '}') {
                depth--;
                return new JsonObject(members);
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or '}' in object");
            }
        }
    }

    private JsonArray parseArray() {
        enter();
        position++;
        List<Json> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return new JsonArray(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(parseValue());
            skipWhitespace();
            char c = peek();
            position++;
            if (c == ']') {
                depth--;
                return new JsonArray(elements);
            }
            if (c != ',') {
                position--;
                throw error("expected ',' or ']' in array");
            }
        }
    }

    private String parseString() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (position >= text.length()) {
                    throw error("unterminated escape");
                }
                char e = text.charAt(position++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(parseUnicodeEscape());
                    default -> {
                        position--;
                        throw error("invalid escape '\\" + e + "'");
                    }
                }
            } else if (c < 0x20) {
                position--;
                throw error("unescaped control character " + describe(c) + " in string");
            } else {
                out.append(c);
            }
        }
    }

    private char parseUnicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw error("invalid hex digit in \\u escape");
            }
            value = value * 16 + digit;
        }
        position += 4;
        return (char) value;
    }

    private JsonNumber parseNumber() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            position++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        return new JsonNumber(new BigDecimal(text.substring(start, position)));
    }

    private void digits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Json literal(String word, Json value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected " + describe(text.charAt(position)) + ", expected a value");
        }
        position += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static String describe(char c) {
        if (c == '\0') {
            return "end of input";
        }
        return c < 0x20 ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    private JsonException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException("invalid JSON at line " + line + ", column " + column + ": " + message);
    }
}

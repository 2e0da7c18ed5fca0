package dev.pincer.runtime.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one canonical way an entry is written, hashed and read back (the rule is documented on {@link AuditLog}).
 * Reading is strict: a line is an entry only if writing its fields again gives the very same text.
 */
final class EntryFormat {
    /** The {@code prev} of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBERS = List.of("seq", "at", "kind", "data", "prev", "hash");

    private EntryFormat() {}

    /** The entry's text without the hash member: the bytes its hash is taken over. */
    static String body(long seq, Instant at, String kind, SortedMap<String, String> data, String prev) {
        StringBuilder out = new StringBuilder(128);
        out.append("{\"seq\":").append(seq).append(",\"at\":");
        string(out, at.toString());
        out.append(",\"kind\":");
        string(out, kind);
        out.append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, entry.getKey());
            out.append(':');
            string(out, entry.getValue());
        }
        out.append("},\"prev\":");
        string(out, prev);
        return out.append('}').toString();
    }

    /** The full line (without its newline) of an entry whose body is {@code body}. */
    static String line(String body, String hash) {
        return body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must have", e);
        }
    }

    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** Whether the entry's hash is the hash of its body. */
    static boolean hashMatches(AuditEntry entry) {
        return hash(body(entry.seq(), entry.at(), entry.kind(), entry.data(), entry.prev())).equals(entry.hash());
    }

    /**
     * Reads one line (without its newline) as an entry, without checking its hash.
     *
     * @throws IllegalArgumentException saying why the line is not an entry in the canonical form
     */
    static AuditEntry parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<String> names = iterate(node.fieldNames());
        if (!names.equals(MEMBERS)) {
            throw new IllegalArgumentException("members are " + names + ", expected " + MEMBERS + " in that order");
        }
        if (!node.get("seq").canConvertToExactIntegral() || !node.get("seq").isIntegralNumber()
                || !node.get("data").isObject()) {
            throw new IllegalArgumentException("seq must be an integer and data an object");
        }
        SortedMap<String, String> data = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : node.get("data").properties()) {
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException("data value '" + entry.getKey() + "' is not a string");
            }
            data.put(entry.getKey(), entry.getValue().textValue());
        }
        for (String member : List.of("at", "kind", "prev", "hash")) {
            if (!node.get(member).isTextual()) {
                throw new IllegalArgumentException(member + " must be a string");
            }
        }
        Instant at;
        try {
            at = Instant.parse(node.get("at").textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at is not an ISO-8601 instant: " + node.get("at").textValue());
        }
        String prev = node.get("prev").textValue();
        String hash = node.get("hash").textValue();
        if (!isHash(prev) || !isHash(hash)) {
            throw new IllegalArgumentException("prev and hash must be 64 lowercase hex digits");
        }
        AuditEntry entry = new AuditEntry(node.get("seq").longValue(), at, node.get("kind").textValue(), data, prev, hash);
        if (!line(body(entry.seq(), at, entry.kind(), entry.data(), prev), hash).equals(line)) {
            throw new IllegalArgumentException("not in the canonical form the log writes (spacing, escapes or key order)");
        }
        return entry;
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** A JSON string: only {@code "}, {@code \} and control characters are escaped, as {@code \"}, {@code \\}, {@code \}{@code u00XX}. */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}

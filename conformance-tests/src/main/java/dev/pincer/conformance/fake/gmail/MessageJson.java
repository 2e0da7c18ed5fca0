package dev.pincer.conformance.fake.gmail;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Gmail's {@code Message} resource in the formats {@code minimal}, {@code metadata}, {@code full} and {@code raw}. */
final class MessageJson {
    private static final int SNIPPET_LENGTH = 200;

    private MessageJson() {}

    /** {@code {"id", "threadId", "labelIds"}}: what send, trash and modify answer. */
    static JsonObject reference(Mailbox.Stored message) {
        return labelIds(Json.object().put("id", message.id()).put("threadId", message.threadId()), message).build();
    }

    /** The resource in {@code format}; {@code metadataHeaders} limits the headers of {@code metadata} (none: all). */
    static JsonObject of(Mailbox.Stored message, String format, List<String> metadataHeaders) {
        JsonObject.Builder json = labelIds(Json.object().put("id", message.id()).put("threadId", message.threadId()), message)
                .put("snippet", snippet(message.parsed())).put("sizeEstimate", message.raw().length)
                .put("historyId", Long.toString(message.historyId()))
                .put("internalDate", Long.toString(message.internalDate().toEpochMilli()));
        switch (format) {
            case "metadata" -> json.put("payload", Json.object().put("partId", "").put("mimeType", message.parsed().mimeType())
                    .put("filename", "").put("headers", headers(message.parsed(), metadataHeaders))
                    .put("body", Json.object().put("size", 0).build()).build());
            case "full" -> json.put("payload", part(message.parsed(), ""));
            case "raw" -> json.put("raw", Base64.getUrlEncoder().encodeToString(message.raw()));
            default -> { } // minimal
        }
        return json.build();
    }

    /** Google's JSON leaves out a repeated field that is empty, so a message without labels has no labelIds. */
    private static JsonObject.Builder labelIds(JsonObject.Builder json, Mailbox.Stored message) {
        return message.labels().isEmpty() ? json : json.put("labelIds", Json.array(message.labelIds().stream().map(Json::of).toList()));
    }

    private static JsonObject part(MimePart part, String partId) {
        JsonObject.Builder json = Json.object().put("partId", partId).put("mimeType", part.mimeType()).put("filename", "")
                .put("headers", headers(part, List.of()));
        if (part.multipart()) {
            List<Json> parts = new ArrayList<>();
            for (int i = 0; i < part.parts().size(); i++) {
                parts.add(part(part.parts().get(i), partId.isEmpty() ? Integer.toString(i) : partId + "." + i));
            }
            json.put("body", Json.object().put("size", 0).build()).put("parts", Json.array(parts));
        } else {
            json.put("body", Json.object().put("size", part.content().length)
                    .put("data", Base64.getUrlEncoder().encodeToString(part.content())).build());
        }
        return json.build();
    }

    private static Json headers(MimePart part, List<String> only) {
        List<Json> headers = new ArrayList<>();
        for (MimePart.Header h : part.headers()) {
            if (only.isEmpty() || only.stream().anyMatch(name -> name.equalsIgnoreCase(h.name()))) {
                headers.add(Json.object().put("name", h.name()).put("value", h.value()).build());
            }
        }
        return Json.array(headers);
    }

    /** The start of the plain text, white space collapsed and HTML-escaped, as Gmail's snippets are. */
    static String snippet(MimePart message) {
        String text = message.firstPlainText().map(MimePart::text).orElse("").replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > SNIPPET_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, SNIPPET_LENGTH));
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The decoded value of a header, {@code ""} when the message has none. */
    static String decodedHeader(MimePart message, String name) {
        return message.header(name).map(EncodedWords::decode).orElse("");
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

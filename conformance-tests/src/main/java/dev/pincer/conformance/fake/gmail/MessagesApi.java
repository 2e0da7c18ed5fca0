package dev.pincer.conformance.fake.gmail;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The endpoints under {@code /gmail/v1/users/me/}, answering as Gmail does. */
final class MessagesApi {
    /** An answer: status and body (JSON unless the status says otherwise). */
    record Reply(int status, String body) {}

    private static final String RAW_REQUIRED = "'raw' RFC822 payload message string or uploading message via /upload/* URL required";

    private final Mailbox mailbox;
    private final Supplier<Instant> clock;
    private final String address;
    private final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    MessagesApi(Mailbox mailbox, Supplier<Instant> clock, String address) {
        this.mailbox = mailbox;
        this.clock = clock;
        this.address = address;
    }

    /** Answers {@code method} on the segments after {@code /users/me/}. */
    Reply answer(String method, List<String> segments, Map<String, List<String>> query, String body) {
        String route = method + " " + String.join("/", segments);
        if (segments.size() >= 2 && segments.get(0).equals("messages") && !segments.get(1).equals("send")) {
            List<String> rest = segments.subList(2, segments.size());
            route = method + " messages/#" + (rest.isEmpty() ? "" : "/" + String.join("/", rest));
        }
        return switch (route) {
            case "GET messages" -> list(query);
            case "GET labels" -> new Reply(200, labels().toString());
            case "POST messages/send" -> send(body);
            case "GET messages/#" -> withMessage(segments.get(1), m -> new Reply(200, MessageJson.of(m,
                    first(query, "format").orElse("full"), query.getOrDefault("metadataHeaders", List.of())).toString()));
            case "DELETE messages/#" -> withMessage(segments.get(1), m -> {
                mailbox.delete(m.id());
                return new Reply(204, "");
            });
            case "POST messages/#/trash" -> withMessage(segments.get(1), m -> reference(mailbox.relabel(m.id(), List.of("TRASH"),
                    List.of("INBOX", "SPAM"))));
            case "POST messages/#/modify" -> withMessage(segments.get(1), m -> modify(m, body));
            default -> new Reply(404, GmailErrors.notFound());
        };
    }

    private Reply list(Map<String, List<String>> query) {
        int max;
        int offset;
        try {
            max = Integer.parseInt(first(query, "maxResults").orElse("100"));
            offset = Integer.parseInt(first(query, "pageToken").orElse("0"));
        } catch (NumberFormatException e) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid value for maxResults or pageToken"));
        }
        if (max < 1 || max > 500) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid maxResults: " + max + "; allowed 1 to 500"));
        }
        List<String> labelIds = query.getOrDefault("labelIds", List.of());
        boolean includeSpamTrash = first(query, "includeSpamTrash").map(Boolean::parseBoolean).orElse(false)
                || labelIds.contains("SPAM") || labelIds.contains("TRASH");
        SearchQuery search = SearchQuery.parse(first(query, "q").orElse(""), mailbox);
        List<Mailbox.Stored> matching = mailbox.newestFirst().stream().filter(m -> m.labels().containsAll(labelIds))
                .filter(m -> search.matches(m, includeSpamTrash)).toList();
        List<Mailbox.Stored> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + max, matching.size()));
        JsonObject.Builder json = Json.object();
        if (!page.isEmpty()) {
            json.put("messages", Json.array(page.stream().map(m -> Json.object().put("id", m.id())
                    .put("threadId", m.threadId()).build()).toList()));
        }
        if (offset + max < matching.size()) {
            json.put("nextPageToken", Integer.toString(offset + max));
        }
        return new Reply(200, json.put("resultSizeEstimate", page.isEmpty() ? 0 : matching.size()).build().toString());
    }

    private Reply send(String body) {
        JsonObject request;
        try {
            request = Json.parseObject(body);
        } catch (JsonException e) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid JSON payload received. " + e.getMessage()));
        }
        Optional<String> raw = request.optString("raw");
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return new Reply(400, GmailErrors.invalidArgument(RAW_REQUIRED));
        }
        byte[] message;
        try {
            // raw is a proto3 bytes field: its JSON form may be base64url or standard base64, padded or not
            message = Base64.getDecoder().decode(raw.get().strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed"));
        }
        MimePart parsed = MimeParser.parse(message);
        Optional<String> to = parsed.header("To");
        if (to.isEmpty() && parsed.header("Cc").isEmpty() && parsed.header("Bcc").isEmpty()) {
            return new Reply(400, GmailErrors.invalidArgument("Recipient address required"));
        }
        if (to.isPresent() && !to.get().contains("@")) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid To header"));
        }
        Optional<String> threadId = request.optString("threadId");
        if (threadId.isPresent() && mailbox.newestFirst().stream().noneMatch(m -> m.threadId().equals(threadId.get()))) {
            return new Reply(404, GmailErrors.notFound());
        }
        String id = mailbox.newId();
        byte[] stored = parsed.header("From").isPresent() ? message : withFrom(message);
        sent.add(id);
        return reference(mailbox.add(id, threadId.orElse(id), stored, Set.of("SENT"), clock.get()));
    }

    private byte[] withFrom(byte[] message) {
        byte[] from = ("From: " + address + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = new byte[from.length + message.length];
        System.arraycopy(from, 0, all, 0, from.length);
        System.arraycopy(message, 0, all, from.length, message.length);
        return all;
    }

    private Reply modify(Mailbox.Stored message, String body) {
        JsonObject request;
        try {
            request = body.isBlank() ? Json.object().build() : Json.parseObject(body);
        } catch (JsonException e) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid JSON payload received. " + e.getMessage()));
        }
        List<String> add = strings(request, "addLabelIds");
        List<String> remove = strings(request, "removeLabelIds");
        for (String label : concat(add, remove)) {
            if (!mailbox.labelExists(label)) {
                return new Reply(400, GmailErrors.invalidArgument("Invalid label: " + label));
            }
        }
        return reference(mailbox.relabel(message.id(), add, remove));
    }

    private static List<String> strings(JsonObject request, String name) {
        List<String> values = new ArrayList<>();
        request.optArray(name).map(JsonArray::elements).orElse(List.of()).forEach(v -> {
            if (v instanceof JsonString s) {
                values.add(s.value());
            }
        });
        return values;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Reply withMessage(String id, java.util.function.Function<Mailbox.Stored, Reply> action) {
        if (!id.matches("[0-9a-f]{1,16}")) {
            return new Reply(400, GmailErrors.invalidArgument("Invalid id value"));
        }
        return mailbox.get(id).map(action).orElseGet(() -> new Reply(404, GmailErrors.notFound()));
    }

    private static Reply reference(Mailbox.Stored message) {
        return new Reply(200, MessageJson.reference(message).toString());
    }

    private JsonObject labels() {
        List<Json> labels = new ArrayList<>();
        mailbox.labels().forEach((id, name) -> {
            JsonObject.Builder label = Json.object().put("id", id).put("name", name)
                    .put("type", Mailbox.SYSTEM_LABELS.contains(id) ? "system" : "user");
            if (!Mailbox.SYSTEM_LABELS.contains(id)) {
                label.put("messageListVisibility", "show").put("labelListVisibility", "labelShow");
            }
            labels.add(label.build());
        });
        return Json.object().put("labels", Json.array(labels)).build();
    }

    /** The ids of the messages sent, in order. */
    List<String> sentIds() {
        return List.copyOf(sent);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }
}

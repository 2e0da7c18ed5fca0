package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Durations;
import dev.pincer.conformance.fake.discord.RestFault;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of receiving: exactly once, in order, after acceptance only, past odd items, and backing off. */
final class ReceiveChecks {
    static final String CHANNEL_A = "1200000000000000001";
    static final String CHANNEL_B = "987654321098765432";

    private ReceiveChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(deliversEachOnceInOrder(), redeliversAfterUnavailable(), skipsOddDispatches(), backsOffFailedConnects());
    }

    static Check<DiscordHarness> deliversEachOnceInOrder() {
        return Check.of("delivers six messages in two channels exactly once, in sequence order per channel",
                Set.of("CH-RECV-001", "CH-RECV-003"), (h, v) -> {
                    h.startAndConnect();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        ids.add(h.dispatchMessage(i % 2 == 0 ? CHANNEL_A : CHANNEL_B, "message " + i));
                    }
                    h.receiveUntil(() -> ids.stream().allMatch(h.inbox::hasAccepted), 20);
                    h.receive();
                    List<String> counts = ids.stream().map(id -> id + "×" + h.inbox.deliveryCount(id)).toList();
                    v.expect("CH-RECV-001", ids.stream().allMatch(id -> h.inbox.deliveryCount(id) == 1),
                            "each of the six messages handed to deliver exactly once", () -> "deliveries " + counts);
                    List<String> accepted = h.inbox.acceptedMessages().stream().map(InboundMessage::id).toList();
                    boolean ordered = accepted.equals(ids.stream().filter(accepted::contains).toList());
                    v.expect("CH-RECV-003", ordered && accepted.size() == 6, "accepted in dispatch order " + ids,
                            () -> "accepted " + accepted);
                });
    }

    static Check<DiscordHarness> redeliversAfterUnavailable() {
        return Check.of("hands a refused message over again, and the next one only after it was accepted",
                Set.of("CH-RECV-002"), (h, v) -> {
                    h.startAndConnect();
                    String first = h.dispatchMessage(CHANNEL_A, "first");
                    String second = h.dispatchMessage(CHANNEL_A, "second");
                    String third = h.dispatchMessage(CHANNEL_A, "third");
                    h.inbox.refuse(second, 2);
                    h.receiveUntil(() -> h.inbox.hasAccepted(third), 20);
                    List<String> order = h.inbox.deliveries().stream().map(d -> d.message().id()
                            + (d.answer() instanceof Acceptance.Accepted ? "✓" : d.answer() instanceof Acceptance.Unavailable ? "✗" : "=")).toList();
                    int acceptedSecond = order.indexOf(second + "✓");
                    int thirdFirst = order.indexOf(third + "✓");
                    boolean ok = h.inbox.hasAccepted(first) && h.inbox.deliveryCount(second) == 3 && acceptedSecond >= 0
                            && thirdFirst > acceptedSecond && h.inbox.deliveryCount(third) == 1;
                    v.expect("CH-RECV-002", ok,
                            "the second message handed over three times (refused twice), the third only after the second was accepted",
                            () -> "deliveries in order " + order);
                });
    }

    static Check<DiscordHarness> skipsOddDispatches() {
        return Check.of("gets past other events, a message without text, a mistyped message and a malformed payload",
                Set.of("CH-RECV-005"), (h, v) -> {
                    h.startAndConnect();
                    h.gateway.dispatch("TYPING_START", Json.parseObject("{\"channel_id\":\"" + CHANNEL_A
                            + "\",\"user_id\":\"80351110224678912\",\"timestamp\":1767603600}"));
                    h.gateway.dispatch("GUILD_CREATE", Json.parseObject("{\"id\":\"1100000000000000001\",\"name\":\"Pincer\",\"unavailable\":false}"));
                    h.gateway.dispatch("SOMETHING_NEW", Json.parseObject("{\"whatever\":[1,2,3]}"));
                    var attachment = new java.util.LinkedHashMap<>(h.fixture("dc-message-create").object("d").members());
                    attachment.put("id", Json.of("1310000000000000150"));
                    attachment.put("content", Json.of(""));
                    attachment.put("attachments", Json.parse("[{\"id\":\"1\",\"filename\":\"cat.png\",\"size\":1024,"
                            + "\"url\":\"https://cdn.discordapp.com/attachments/1/1/cat.png\",\"proxy_url\":\"https://media.discordapp.net/1\"}]"));
                    h.gateway.dispatch("MESSAGE_CREATE", Json.object(attachment));
                    h.gateway.dispatch("MESSAGE_CREATE", Json.parseObject("{\"id\":1310000000000000151,\"content\":7,\"author\":\"nobody\"}"));
                    h.gateway.sendRaw("{\"op\":0,\"s\":\"x\",\"t\":\"MESSAGE_CREATE\",\"d\":");
                    String text = h.dispatchMessage(CHANNEL_A, "still here");
                    List<ReceiveResult> results = new ArrayList<>();
                    String problem = "";
                    try {
                        results.addAll(h.receiveUntil(() -> h.inbox.hasAccepted(text), 20));
                        results.add(h.receive());
                    } catch (RuntimeException e) {
                        problem = "receive() threw " + e;
                    }
                    boolean stopped = results.stream().anyMatch(r -> r instanceof ReceiveResult.Stop);
                    boolean unsupported = h.inbox.acceptedMessages().stream().anyMatch(m -> m.id().equals("1310000000000000150")
                            && m.content() instanceof Content.Unsupported);
                    String threw = problem;
                    v.expect("CH-RECV-005", threw.isEmpty() && !stopped && h.inbox.hasAccepted(text) && unsupported,
                            "no throw, no Stop, the attachment-only message delivered as Content.Unsupported, and the text message after it accepted",
                            () -> threw + " results " + results + "; accepted " + h.inbox.acceptedMessages().stream().map(InboundMessage::id).toList());
                });
    }

    static Check<DiscordHarness> backsOffFailedConnects() {
        return Check.of("backs off when /gateway/bot fails with 502, an HTML 200, a dropped connection and 500, then recovers",
                Set.of("CH-RECV-006"), (h, v) -> {
                    h.rest.failNext("gateway", new RestFault.Answer(502, "<html><body>502 Bad Gateway</body></html>", Map.of()));
                    h.rest.failNext("gateway", new RestFault.Answer(200, "<html><body>502 Bad Gateway</body></html>", Map.of()));
                    h.rest.failNext("gateway", new RestFault.Drop());
                    h.rest.failNext("gateway", new RestFault.Drop()); // the HTTP client retries an idempotent GET once
                    h.rest.failNext("gateway", new RestFault.Answer(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}", Map.of()));
                    h.start();
                    List<ReceiveResult> results = h.receiveUntil(() -> h.gateway.identifies() > 0, 15);
                    h.connected();
                    String message = h.dispatchMessage(CHANNEL_A, "after the outage");
                    h.receiveUntil(() -> h.inbox.hasAccepted(message), 10);
                    List<Duration> waits = Durations.gaps(Observations.times(h.rest.requests("gateway")).stream().distinct().toList());
                    Duration half = Duration.ofMillis(500);
                    boolean ok = waits.size() >= 4 && waits.subList(0, 4).stream().allMatch(w -> w.compareTo(half) >= 0)
                            && waits.get(3).compareTo(waits.get(0).multipliedBy(2)) >= 0 && h.inbox.hasAccepted(message)
                            && results.stream().noneMatch(r -> r instanceof ReceiveResult.Stop);
                    v.expect("CH-RECV-006", ok,
                            "each wait between GET /gateway/bot at least 0.5 s, the fourth at least twice the first, then the message delivered",
                            () -> "waits " + seconds(waits) + ", message accepted: " + h.inbox.hasAccepted(message) + ", results " + results);
                });
    }
}

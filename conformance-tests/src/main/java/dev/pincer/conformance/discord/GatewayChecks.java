package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.discord.Observations.ops;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Durations;
import dev.pincer.conformance.fake.discord.FakeGateway;
import dev.pincer.conformance.fake.discord.GatewayFrame;
import dev.pincer.conformance.fake.discord.GatewayOp;
import dev.pincer.conformance.fake.discord.RestRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of connecting to the Gateway: the URL, Identify, heartbeats, fatal close codes, and mapping. */
final class GatewayChecks {
    static final Duration INTERVAL = Duration.ofMillis(FakeGateway.HEARTBEAT_INTERVAL_MS);

    private GatewayChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(connectsIdentifiesAndMaps(), heartbeatsWithJitter(), stopsOnFatalCloseCodes());
    }

    static Check<DiscordHarness> connectsIdentifiesAndMaps() {
        return Check.of("gets the URL from /gateway/bot, identifies with token, intents and properties, maps messages and edits",
                Set.of("DC-GW-001", "DC-GW-004", "DC-RECV-001", "DC-RECV-002"), (h, v) -> {
                    h.startAndConnect();
                    JsonObject create = h.fixture("dc-message-create").object("d");
                    h.gateway.dispatch("MESSAGE_CREATE", create);
                    Map<String, Json> bot = new LinkedHashMap<>(create.members());
                    bot.put("id", Json.of("1310000000000000199"));
                    bot.put("author", Json.parseObject("{\"id\":\"1300000000000000001\",\"username\":\"pincer\",\"bot\":true}"));
                    h.gateway.dispatch("MESSAGE_CREATE", Json.object(bot));
                    h.gateway.dispatch("MESSAGE_UPDATE", h.fixture("dc-message-update").object("d"));
                    String editId = "1310000000000000101:2026-01-05T09:01:30.000000+00:00";
                    h.receiveUntil(() -> h.inbox.hasAccepted(editId), 15);
                    h.receive();

                    List<RestRequest> urls = h.rest.requests("gateway");
                    List<EgressRecord> sockets = h.egressRecords().stream().filter(r -> "WEBSOCKET".equals(r.method())).toList();
                    boolean fetched = !urls.isEmpty() && ("Bot " + DiscordHarness.TOKEN).equals(urls.get(0).authorization())
                            && !h.gateway.connections().isEmpty() && !urls.get(0).at().isAfter(h.gateway.connections().get(0).at());
                    boolean opened = !sockets.isEmpty() && "wss".equals(sockets.get(0).uri().getScheme())
                            && DiscordHarness.GATEWAY_HOST.equals(sockets.get(0).uri().getHost())
                            && String.valueOf(sockets.get(0).uri().getQuery()).contains("v=10")
                            && String.valueOf(sockets.get(0).uri().getQuery()).contains("encoding=json");
                    v.expect("DC-GW-001", fetched && opened,
                            "GET /api/v10/gateway/bot with Authorization Bot <token> before the first WebSocket, opened at wss://gateway.discord.gg/?v=10&encoding=json",
                            () -> urls.size() + " GET /gateway/bot (first with the token: " + (!urls.isEmpty() && urls.get(0).authorization().endsWith(DiscordHarness.TOKEN))
                                    + "); WebSockets opened: " + sockets.stream().map(r -> h.vault.redact(r.uri().toString())).toList());

                    List<GatewayFrame> identifies = h.gateway.frames(GatewayOp.IDENTIFY);
                    Optional<JsonObject> d = identifies.isEmpty() ? Optional.empty() : identifies.get(0).data();
                    boolean identified = d.isPresent() && DiscordHarness.TOKEN.equals(d.get().optString("token").orElse(""))
                            && (d.get().optLong("intents").orElse(0L) & GatewayOp.MESSAGE_INTENTS) == GatewayOp.MESSAGE_INTENTS
                            && d.get().optObject("properties").map(p -> p.optString("os").isPresent()
                                    && p.optString("browser").isPresent() && p.optString("device").isPresent()).orElse(false);
                    v.expect("DC-GW-004", identified && identifies.size() == 1,
                            "one Identify with the token, intents including 1<<9, 1<<12 and 1<<15, and properties os, browser, device",
                            () -> identifies.size() + " Identify payloads; the first: "
                                    + d.map(x -> h.vault.redact(x.toString().replace(DiscordHarness.TOKEN, "<token>"))).orElse("none"));

                    Sender ada = new Sender("80351110224678912", "Ada Lovelace", false);
                    InboundMessage expected = new InboundMessage("1310000000000000101", "1200000000000000001", "1310000000000000101",
                            ada, Instant.parse("2026-01-05T09:00:00.123Z"), new Content.Text("Hello, Pincer!"));
                    InboundMessage edit = new InboundMessage(editId, "1200000000000000001", "1310000000000000101", ada,
                            Instant.parse("2026-01-05T09:01:30Z"), new Content.Edited("1310000000000000101", "Hello again, Pincer!"));
                    List<InboundMessage> accepted = h.inbox.acceptedMessages();
                    List<InboundMessage> creates = accepted.stream().filter(m -> !(m.content() instanceof Content.Edited)).toList();
                    v.expect("DC-RECV-001", creates.equals(List.of(expected)),
                            "exactly one accepted message, the bot's copy skipped: " + expected,
                            () -> "accepted " + creates);
                    List<InboundMessage> edits = accepted.stream().filter(m -> m.content() instanceof Content.Edited).toList();
                    v.expect("DC-RECV-002", edits.equals(List.of(edit)), "the update accepted as " + edit, () -> "accepted edits " + edits);
                });
    }

    static Check<DiscordHarness> heartbeatsWithJitter() {
        return Check.of("sends the first heartbeat after interval × random jitter, then one every interval",
                Set.of("DC-GW-002"), (h, v) -> {
                    List<Duration> first = heartbeats(h);
                    List<Duration> other;
                    try (DiscordHarness sibling = h.sibling(h.seed() + 1000)) {
                        other = heartbeats(sibling);
                    }
                    Duration half = Duration.ofMillis(500);
                    boolean ok = first.size() == 3 && other.size() == 3
                            && first.get(0).isPositive() && first.get(0).compareTo(INTERVAL) < 0
                            && first.subList(1, 3).stream().allMatch(g -> g.minus(INTERVAL).abs().compareTo(half) <= 0)
                            && !first.get(0).equals(other.get(0));
                    v.expect("DC-GW-002", ok,
                            "first heartbeat within (0, 41.25) s of Identify, the next two 41.25 s apart, and the first delay different with another seed",
                            () -> "delays " + seconds(first) + "; with another seed " + seconds(other));
                });
    }

    /** The delay from Identify to the first heartbeat, and between the next ones, over three heartbeats. */
    private static List<Duration> heartbeats(DiscordHarness h) throws InterruptedException {
        h.startAndConnect();
        h.receiveUntil(() -> h.gateway.frames(GatewayOp.HEARTBEAT).size() >= 3, 30);
        List<Instant> times = new ArrayList<>();
        h.gateway.frames(GatewayOp.IDENTIFY).stream().findFirst().ifPresent(f -> times.add(f.at()));
        h.gateway.frames(GatewayOp.HEARTBEAT).stream().limit(3).forEach(f -> times.add(f.at()));
        return Durations.gaps(times);
    }

    static Check<DiscordHarness> stopsOnFatalCloseCodes() {
        return Check.of("stops without reconnecting after close codes 4004, 4010, 4011, 4012, 4013 and 4014",
                Set.of("DC-GW-008"), (h, v) -> {
                    List<String> wrong = new ArrayList<>();
                    for (int code : new int[] {4004, 4010, 4011, 4012, 4013, 4014}) {
                        h.gateway.closeOnIdentify(code);
                        int connections = h.gateway.connections().size();
                        int urls = h.rest.requests("gateway").size();
                        if (connections == 0) {
                            h.start();
                        } else {
                            h.restart();
                        }
                        List<ReceiveResult> results = h.receiveUntil(() -> false, 5);
                        ReceiveResult last = results.isEmpty() ? null : results.get(results.size() - 1);
                        int newConnections = h.gateway.connections().size() - connections;
                        int newUrls = h.rest.requests("gateway").size() - urls;
                        if (!(last instanceof ReceiveResult.Stop stop && stop.reason().contains(Integer.toString(code))
                                && newConnections == 1 && newUrls == 1)) {
                            wrong.add(code + ": results " + results + ", " + newConnections + " connections, " + newUrls
                                    + " GET /gateway/bot, frames " + ops(h.gateway.frames()));
                        }
                    }
                    v.expect("DC-GW-008", wrong.isEmpty(),
                            "for each code, Stop naming the code after one connection, and no reconnect",
                            () -> String.join("; ", wrong));
                });
    }
}

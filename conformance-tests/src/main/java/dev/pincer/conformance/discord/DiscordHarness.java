package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.fake.discord.FakeDiscordRest;
import dev.pincer.conformance.fake.discord.FakeGateway;
import dev.pincer.conformance.fake.discord.InteractionSender;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Discord channel under test against the fake REST API, Gateway and Interactions sender; the
 * application's public key comes from the Interactions sender's key pair.
 */
final class DiscordHarness extends ChannelHarness {
    static final String TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GcOnFm.c0nformanceT0kenZq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "DISCORD_BOT_TOKEN";
    static final String REST_HOST = "discord.com";
    static final String GATEWAY_HOST = "gateway.discord.gg";

    final FakeDiscordRest rest;
    final FakeGateway gateway;
    final InteractionSender interactions = new InteractionSender();

    private final Map<String, Integer> seqs = new java.util.concurrent.ConcurrentHashMap<>();
    private long nextMessageId = 1310000000000000101L;

    DiscordHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(SECRET_NAME, TOKEN));
        this.rest = FakeDiscordRest.start(TOKEN, clock::now);
        this.gateway = FakeGateway.start(TOKEN, clock::now);
        routeToFake(REST_HOST, rest.baseUri(), rest::close);
        routeToFake(GATEWAY_HOST, gateway.baseUri(), gateway::close);
    }

    @Override
    protected Map<String, String> config(Manifest manifest) {
        Map<String, String> config = new HashMap<>(manifest.config());
        config.put("DISCORD_PUBLIC_KEY", interactions.publicKeyHex());
        return config;
    }

    /** A second, independent harness for the same integration, with {@code otherSeed}. */
    DiscordHarness sibling(long otherSeed) throws IOException {
        return new DiscordHarness(integration(), specs(), otherSeed);
    }

    /** The body of a spec fixture, parsed as a JSON object. */
    JsonObject fixture(String name) {
        return Json.parseObject(specs().fixture(name).content());
    }

    /** The URL of the interactions endpoint the current instance registered, if any. */
    Optional<URI> interactionsEndpoint() {
        return endpoints().stream().filter(u -> u.getPath().endsWith("/interactions")).findFirst();
    }

    /** Starts the channel and receives until it identified or resumed, then one round more. */
    void startAndConnect() throws InterruptedException {
        start();
        connected();
    }

    /** Receives until the gateway has a live session for the current connection, then one round more. */
    void connected() throws InterruptedException {
        int before = gateway.connections().size();
        receiveUntil(() -> gateway.connections().size() > before && !gateway.frames().isEmpty()
                && gateway.frames().getLast().op() >= 2, 20);
        receive();
    }

    /** Dispatches a MESSAGE_CREATE like fixture {@code dc-message-create}, with a fresh id; returns the id. */
    String dispatchMessage(String channelId, String text) {
        String id = Long.toString(nextMessageId++);
        Map<String, Json> d = new LinkedHashMap<>(fixture("dc-message-create").object("d").members());
        d.put("id", Json.of(id));
        d.put("channel_id", Json.of(channelId));
        d.put("content", Json.of(text));
        seqs.put(id, gateway.dispatch("MESSAGE_CREATE", Json.object(d)));
        return id;
    }

    /** The gateway sequence number message {@code id} was dispatched with. */
    int seqOf(String id) {
        return seqs.getOrDefault(id, -1);
    }
}

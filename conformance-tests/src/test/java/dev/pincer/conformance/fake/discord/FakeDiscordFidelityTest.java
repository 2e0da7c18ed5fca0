package dev.pincer.conformance.fake.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Discord as a client nobody here wrote sees it: JDA logs in against the fake REST API and
 * Gateway on loopback, receives a MESSAGE_CREATE, and sends a message.
 */
class FakeDiscordFidelityTest {
    private static final String TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GcOnFm.c0nformanceT0kenZq3xW8kP1vT6rY2uN9m";

    private final FakeDiscordRest rest = FakeDiscordRest.start(TOKEN, Instant::now);
    private final FakeGateway gateway = FakeGateway.start(TOKEN, Instant::now);
    private JDA jda;

    @AfterEach
    void stop() {
        if (jda != null) {
            jda.shutdownNow();
        }
        gateway.close();
        rest.close();
    }

    @Test
    void jdaLogsInReceivesAMessageAndSendsOne() throws Exception {
        String ws = "ws://127.0.0.1:" + gateway.baseUri().getPort();
        rest.gatewayUrl(ws);
        gateway.resumeUrl(ws);
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        jda = JDABuilder.createLight(TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .setRestConfig(new RestConfig().setBaseUrl(rest.baseUri() + "/api/v10/"))
                .setCompression(Compression.NONE)
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return ws; // JDA's only way to name another gateway; JDA itself appends ?encoding=json&v=10
                    }
                })
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        received.add(event.getMessage());
                    }
                })
                .build();
        JDA client = jda;
        Thread ready = Thread.ofPlatform().daemon().start(() -> {
            try {
                client.awaitReady();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ready.join(15_000);
        assertTrue(!ready.isAlive(), "JDA did not get ready; status " + jda.getStatus() + ", REST requests "
                + rest.requests().stream().map(r -> r.method() + " " + r.path() + " " + r.status()).toList()
                + ", gateway frames " + gateway.frames().stream().map(f -> f.text().replace(TOKEN, "<token>")).toList());
        assertEquals(1, gateway.identifies());
        SessionController.ShardedGateway sharded = new SessionControllerAdapter().getShardedGateway(jda);
        assertEquals(ws, sharded.getUrl()); // JDA read the fake's GET /gateway/bot
        assertEquals(1, sharded.getShardTotal());

        var d = Json.parseObject(Json.parseObject(FIXTURE).object("d").toString());
        var members = new java.util.LinkedHashMap<>(d.members());
        members.remove("guild_id");
        members.remove("member");
        members.put("channel_type", Json.of(1));
        gateway.dispatch("MESSAGE_CREATE", Json.object(members));
        Message message = received.poll(10, TimeUnit.SECONDS);
        assertTrue(message != null, "JDA did not deliver the MESSAGE_CREATE; frames " + gateway.frames());
        assertEquals("Hello, Pincer!", message.getContentRaw());
        assertEquals("80351110224678912", message.getAuthor().getId());

        Message sent = message.getChannel().sendMessage("Hello, Ada!").setNonce("jda-1").complete();
        assertEquals("Hello, Ada!", sent.getContentRaw());
        assertEquals(1, rest.messages().size());
        assertEquals(sent.getId(), rest.messages().get(0).id());
    }

    private static final String FIXTURE = """
            {"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"1310000000000000101","channel_id":"1200000000000000001",\
            "guild_id":"1100000000000000001","author":{"id":"80351110224678912","username":"ada","global_name":"Ada Lovelace",\
            "discriminator":"0","avatar":null},"member":{"roles":[],"joined_at":"2025-01-02T03:04:05.000000+00:00"},\
            "content":"Hello, Pincer!","timestamp":"2026-01-05T09:00:00.123000+00:00","edited_timestamp":null,"tts":false,\
            "mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0,\
            "flags":0,"channel_type":0}}""";
}

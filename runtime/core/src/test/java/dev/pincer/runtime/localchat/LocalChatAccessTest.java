package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may reach the local chat: loopback only, with the token, the right Host, and same-origin JSON writes. */
class LocalChatAccessTest {

    @TempDir
    Path dir;

    @Test
    void apiCallsWithoutTheTokenOrWithAWrongOneAreRefusedWith401AndSayWhereTheTokenIs() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            HttpResponse<String> missing = ChatRun.send(HttpRequest.newBuilder(run.uri("/api/messages?after=0")).build());
            HttpResponse<String> wrong = ChatRun.send(HttpRequest.newBuilder(run.uri("/api/info"))
                    .header("Authorization", "Bearer " + "0".repeat(32)).build());
            HttpResponse<String> postWithout = ChatRun.send(HttpRequest.newBuilder(run.uri("/api/messages"))
                    .header("Content-Type", "application/json").POST(ChatRun.json("hello")).build());
            HttpResponse<String> right = ChatRun.send(run.authorized("/api/info").build());

            assertEquals(401, missing.statusCode());
            assertTrue(error(missing).startsWith("this call needs the access token"), missing.body());
            assertTrue(error(missing).contains("./pincer chat"), missing.body());
            assertEquals(401, wrong.statusCode());
            assertTrue(error(wrong).startsWith("the access token is wrong, or from an earlier run"), wrong.body());
            assertEquals(401, postWithout.statusCode());
            assertEquals(0, run.delivered.size(), "nothing reached the inbox");
            assertEquals(200, right.statusCode(), right.body());
            assertEquals("Model: built-in echo (not an AI)", Json.parseObject(right.body()).string("banner"));
            assertEquals("Ada", Json.parseObject(right.body()).string("owner"));
        }
    }

    @Test
    void eachStartMakesANew128BitTokenAndTheOldOneStopsWorking() throws Exception {
        String first;
        try (ChatRun run = ChatRun.start(dir)) {
            first = run.chat.accessToken();
        }
        try (ChatRun run = ChatRun.start(dir)) {
            assertTrue(first.matches("[0-9a-f]{32}"), "128 bits as hex: " + first);
            assertTrue(!first.equals(run.chat.accessToken()), "a new token per start");
            HttpResponse<String> old = ChatRun.send(HttpRequest.newBuilder(run.uri("/api/info"))
                    .header("Authorization", "Bearer " + first).build());
            assertEquals(401, old.statusCode());
        }
    }

    @Test
    void aRequestForAnotherHostIsRefusedWith403AsARebindingAttackWouldSendIt() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            int port = run.chat.address().getPort();
            String token = run.chat.accessToken();

            String rebound = raw(port, "GET /api/info HTTP/1.1\r\nHost: attacker.example:" + port
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
            String otherPort = raw(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");
            String localhost = raw(port, "GET /api/info HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");

            assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
            assertTrue(rebound.contains("the Host header 'attacker.example:" + port + "' is not this local chat; open"
                    + " http://127.0.0.1:" + port + "/ instead"), rebound);
            assertTrue(otherPort.startsWith("HTTP/1.1 403"), otherPort);
            assertTrue(localhost.startsWith("HTTP/1.1 200"), localhost);
        }
    }

    @Test
    void aWriteFromAnotherOriginOrWithoutJsonIsRefused() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            String ownOrigin = "http://127.0.0.1:" + run.chat.address().getPort();

            HttpResponse<String> crossOrigin = ChatRun.send(run.authorized("/api/messages")
                    .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                    .POST(ChatRun.json("transfer everything")).build());
            HttpResponse<String> formPost = ChatRun.send(run.authorized("/api/messages")
                    .header("Content-Type", "text/plain").POST(ChatRun.json("from a form")).build());
            HttpResponse<String> sameOrigin = ChatRun.send(run.authorized("/api/messages")
                    .header("Content-Type", "application/json; charset=utf-8").header("Origin", ownOrigin)
                    .POST(ChatRun.json("from the page")).build());

            assertEquals(403, crossOrigin.statusCode());
            assertEquals("requests from origin 'https://attacker.example' may not write to the local chat; only its"
                    + " own page at " + ownOrigin + " may", error(crossOrigin));
            assertEquals(415, formPost.statusCode());
            assertTrue(error(formPost).contains("Content-Type: application/json, was 'text/plain'"), formPost.body());
            assertEquals(202, sameOrigin.statusCode(), sameOrigin.body());
            assertEquals(1, run.delivered.size(), "only the same-origin JSON write reached the inbox");
            assertEquals("from the page", run.delivered.getFirst().text().orElseThrow());
        }
    }

    @Test
    void thePageIsServedWithoutTheTokenAndMayRunOnlyItsOwnScript() throws Exception {
        try (ChatRun run = ChatRun.start(dir)) {
            HttpResponse<String> page = ChatRun.send(HttpRequest.newBuilder(run.uri("/")).build());

            assertEquals(200, page.statusCode());
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            String nonce = policy.replaceAll(".*script-src 'nonce-([0-9a-f]+)'.*", "$1");
            assertTrue(policy.startsWith("default-src 'none'; script-src 'nonce-"), policy);
            assertTrue(page.body().contains("<script nonce=\"" + nonce + "\">"), "the inline script carries the nonce");
            assertTrue(!page.body().contains("{{nonce}}"), "every placeholder is filled");
            assertTrue(!page.body().contains(run.chat.accessToken()), "the page itself holds no token");
            assertEquals(Optional.of("no-store"), page.headers().firstValue("Cache-Control"));
            assertEquals(Optional.of("DENY"), page.headers().firstValue("X-Frame-Options"));
        }
    }

    @Test
    void itListensOn127001OnlyAndRefusesAnyOtherAddress() throws Exception {
        IllegalArgumentException everywhere = assertThrows(IllegalArgumentException.class,
                () -> new LocalChatOptions("0.0.0.0", 8484, "", "Ada", dir.resolve("c.json")));
        assertTrue(everywhere.getMessage().startsWith("localChat host must be 127.0.0.1, was '0.0.0.0': the local chat"
                + " has no login and is for this computer only"), everywhere.getMessage());
        try (ChatRun run = ChatRun.start(dir)) {
            assertEquals("127.0.0.1", run.chat.address().getHost());
            InetAddress other = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
            assertThrows(IOException.class, () -> new Socket(other, run.chat.address().getPort()).close(),
                    "127.0.0.2 is loopback too, but the chat is bound to 127.0.0.1 alone");
        }
    }

    @Test
    void aPortInUseStopsTheStartWithTheFix() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = taken.getLocalPort();
            dev.pincer.spi.IntegrationException refused = assertThrows(dev.pincer.spi.IntegrationException.class,
                    () -> ChatRun.start(dir, port));
            assertEquals("port " + port + " on 127.0.0.1 is in use (another pincer run?); set localChat.port in"
                    + " pincer.yaml or stop the other process", refused.getMessage());
        }
    }

    @Test
    void theConnectionFileIsTheOwnersAloneWhileTheChatRunsAndGoesAwayAtStop() throws Exception {
        Path file;
        try (ChatRun run = ChatRun.start(dir)) {
            file = run.connectionFile;
            LocalChatConnection written = LocalChatConnection.read(file).orElseThrow();
            assertEquals(run.chat.address(), written.address());
            assertEquals(run.chat.accessToken(), written.token());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(run.chat.address().resolve("/?token=" + run.chat.accessToken()), run.chat.pageUri());
        }
        assertEquals(Optional.empty(), LocalChatConnection.read(file), "deleted at stop");
    }

    private static String error(HttpResponse<String> response) {
        return Json.parseObject(response.body()).string("error");
    }

    /** Sends a hand-written request, for headers an HTTP client will not let a caller set; returns the answer. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

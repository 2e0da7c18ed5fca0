package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium started for one test with a fresh profile, driven over the DevTools protocol; closing it
 * kills its whole process tree.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private DevTools page;

    private Browser(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts Chromium with its profile in {@code dir}; on a machine without it, fails when {@code CI} is set and
     * otherwise aborts the test, saying how to install it.
     */
    static Browser launch(Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String missing = CHROMIUM + " is missing; the local chat's browser test needs it: apt-get install chromium";
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            assumeTrue(false, missing);
        }
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "about:blank").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Browser browser = new Browser(process, log);
        try {
            browser.page = browser.connectToPage(profile.resolve("DevToolsActivePort"));
            return browser;
        } catch (Exception | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    /** The first page's DevTools session. */
    DevTools page() {
        return page;
    }

    private DevTools connectToPage(Path activePort) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(activePort) || Files.readAllLines(activePort).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("Chromium did not open its DevTools port" + (process.isAlive() ? " within 20 s" : ", it exited")
                        + "; its output: " + logTail());
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(activePort).getFirst().strip());
        HttpResponse<String> targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/list")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        List<JsonObject> pages = Json.parse(targets.body()) instanceof JsonArray list
                ? list.objects().stream().filter(target -> target.string("type").equals("page")).toList()
                : List.of();
        if (pages.isEmpty()) {
            fail("Chromium lists no page target: " + targets.body());
        }
        return DevTools.connect(http, URI.create(pages.getFirst().string("webSocketDebuggerUrl")));
    }

    /** The end of Chromium's output, for failure messages. */
    String logTail() {
        try {
            String text = Files.readString(log);
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            tree.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle member : tree) {
                try {
                    member.onExit().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // it is gone or will be; the profile directory's deletion may then report it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

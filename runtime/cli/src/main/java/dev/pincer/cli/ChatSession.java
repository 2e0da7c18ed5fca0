package dev.pincer.cli;

import dev.pincer.spi.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One terminal conversation: each input line is posted, and the long poll's entries are printed as they arrive.
 * Input and the poll run on virtual threads and hand their events to the calling thread, the only one that prints.
 */
final class ChatSession {

    /** What the calling thread reacts to. */
    private sealed interface Event {
        record Line(String text) implements Event {}

        record EndOfInput() implements Event {}

        record Entries(List<JsonObject> entries) implements Event {}

        record Gone(String reason) implements Event {}
    }

    private final ChatClient client;
    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Duration wait;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Set<Long> posted = new HashSet<>();
    private Optional<String> awaited = Optional.empty();

    ChatSession(ChatClient client, InputStream in, PrintWriter out, PrintWriter err, Duration wait) {
        this.client = client;
        this.in = in;
        this.out = out;
        this.err = err;
        this.wait = wait;
    }

    /**
     * Runs until {@code /quit}, the end of input (after the reply to the last message, or {@code wait}), or the chat
     * going away.
     *
     * @param latest the transcript position to print from; earlier entries are not shown again
     * @return the exit code: 0 after {@code /quit} or a complete end of input, 1 when the chat went away or the last
     *     reply did not come in time
     */
    int run(long latest) throws InterruptedException {
        Thread reader = Thread.ofVirtual().name("pincer-chat-input").start(this::readLines);
        Thread poller = Thread.ofVirtual().name("pincer-chat-poll").start(() -> poll(latest));
        try {
            return loop();
        } finally {
            poller.interrupt();
            reader.interrupt();
            out.flush();
            err.flush();
        }
    }

    private int loop() throws InterruptedException {
        long deadline = Long.MAX_VALUE;
        while (true) {
            Event event = deadline == Long.MAX_VALUE ? events.take()
                    : events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            switch (event) {
                case null -> {
                    err.println("pincer: no reply to your last message within " + wait.toSeconds()
                            + " s; it will show in the chat page when it comes");
                    return 1;
                }
                case Event.Line line -> {
                    if (line.text().strip().equals("/quit")) {
                        return 0;
                    }
                    send(line.text());
                }
                case Event.EndOfInput end -> {
                    if (awaited.isEmpty()) {
                        return 0;
                    }
                    deadline = System.nanoTime() + wait.toNanos();
                }
                case Event.Entries entries -> {
                    entries.entries().forEach(this::print);
                    if (deadline != Long.MAX_VALUE && awaited.isEmpty()) {
                        return 0;
                    }
                }
                case Event.Gone gone -> {
                    err.println("pincer: " + gone.reason());
                    return 1;
                }
            }
            out.flush();
            err.flush();
        }
    }

    private void send(String text) throws InterruptedException {
        if (text.isBlank()) {
            return;
        }
        try {
            ChatClient.Answer answer = client.post(text);
            if (answer.status() == 202) {
                answer.body().optLong("seq").ifPresent(posted::add);
                awaited = answer.body().optString("id");
            } else {
                err.println("pincer: not sent: " + answer.error());
            }
        } catch (IOException e) {
            err.println("pincer: not sent, the local chat does not answer (" + describe(e) + ")");
        }
    }

    private void print(JsonObject entry) {
        String text = entry.optString("text").orElse("");
        if (entry.optString("role").orElse("").equals("assistant")) {
            out.println("Pincer> " + text);
            if (awaited.isPresent() && awaited.equals(entry.optString("inReplyTo"))) {
                awaited = Optional.empty();
            }
        } else if (!posted.contains(entry.optLong("seq").orElse(-1L))) {
            out.println("you, elsewhere> " + text);
        }
    }

    private void readLines() {
        String encoding = System.getProperty("stdin.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, charset))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                events.add(new Event.Line(line));
            }
        } catch (IOException e) {
            // the input is gone; treat it as its end
        }
        events.add(new Event.EndOfInput());
    }

    private void poll(long latest) {
        long after = latest;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ChatClient.Answer answer = client.poll(after);
                if (answer.status() != 200) {
                    events.add(new Event.Gone("the local chat refused this terminal: " + answer.error()));
                    return;
                }
                List<JsonObject> entries = answer.body().array("entries").objects();
                if (!entries.isEmpty()) {
                    events.add(new Event.Entries(entries));
                }
                after = answer.body().longValue("latest");
            }
        } catch (IOException e) {
            events.add(new Event.Gone("the local chat stopped (" + describe(e) + "); start it again with: ./pincer run"));
        } catch (InterruptedException e) {
            // the session ended
        }
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

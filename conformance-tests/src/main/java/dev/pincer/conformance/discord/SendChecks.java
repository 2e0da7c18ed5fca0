package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Durations;
import dev.pincer.conformance.fake.discord.CreatedMessage;
import dev.pincer.conformance.fake.discord.RestFault;
import dev.pincer.conformance.fake.discord.RestRequest;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of sending: nonce, splitting, retries, refusals, and escaping. */
final class SendChecks {
    static final String CHANNEL = "1200000000000000001";
    static final String FORMATTING = "Total: 5.00 (approx) - *not* final_price! [draft](x) `code` #tag a<b & c>d \\ ~strike~ "
            + "{braces} |pipe| =eq= +plus+ > quote. Done!";

    private SendChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(retriesWithTheSameNonce(), splitsLongText(), backsOffTransientFailures(), boundsAttempts(),
                failsOnRefusals(), escapesMarkdown());
    }

    static Check<DiscordHarness> retriesWithTheSameNonce() {
        return Check.of("retries a message whose answer was lost with the same nonce, so it is posted once",
                Set.of("DC-SEND-001"), (h, v) -> {
                    h.start();
                    h.rest.failNext("messages", new RestFault.CreateThenDrop());
                    SendResult result = h.send(OutboundMessage.of("out-nonce", CHANNEL, "only once"));
                    List<RestRequest> requests = h.rest.requests("messages");
                    List<String> nonces = requests.stream().map(r -> r.json().flatMap(j -> j.optString("nonce")).orElse("<none>")).toList();
                    boolean enforced = requests.stream().allMatch(r -> r.json().flatMap(j -> j.optBool("enforce_nonce")).orElse(false));
                    List<CreatedMessage> created = h.rest.messages();
                    boolean ok = requests.size() == 2 && nonces.get(0).equals(nonces.get(1)) && nonces.get(0).length() <= 25
                            && !nonces.get(0).equals("<none>") && enforced && created.size() == 1
                            && result instanceof SendResult.Delivered d && d.platformMessageIds().equals(List.of(created.get(0).id()));
                    v.expect("DC-SEND-001", ok,
                            "two attempts with the same nonce (≤ 25 characters) and enforce_nonce true, one message, Delivered with its id",
                            () -> requests.size() + " requests with nonces " + nonces + ", enforce_nonce on all: " + enforced + "; "
                                    + created.size() + " messages; result " + result);
                });
    }

    static Check<DiscordHarness> splitsLongText() {
        return Check.of("splits three long texts into parts of at most 2000 units, never inside a surrogate pair",
                Set.of("DC-SEND-002", "CH-SEND-001"), (h, v) -> {
                    h.start();
                    String emoji = "a".repeat(1999) + "😀" + "b".repeat(3000);
                    String mixed = "word ".repeat(450) + "\n" + "line\n".repeat(500) + "🎉".repeat(1100);
                    String exact = "c".repeat(2000);
                    List<String> problems = new ArrayList<>();
                    int n = 0;
                    for (String text : List.of(emoji, mixed, exact)) {
                        String channel = "12000000000000001" + (10 + n);
                        SendResult result = h.send(OutboundMessage.of("out-split-" + n++, channel, text));
                        List<CreatedMessage> parts = h.rest.messages(channel);
                        String joined = parts.stream().map(CreatedMessage::shown).collect(Collectors.joining());
                        boolean within = parts.stream().allMatch(p -> p.content().length() <= 2000);
                        boolean whole = parts.stream().noneMatch(p -> p.content().isEmpty()
                                || Character.isHighSurrogate(p.content().charAt(p.content().length() - 1))
                                || Character.isLowSurrogate(p.content().charAt(0)));
                        boolean delivered = result instanceof SendResult.Delivered d && d.platformMessageIds().size() == parts.size();
                        if (!(within && whole && joined.equals(text) && delivered)) {
                            problems.add("text of " + text.length() + " units: parts " + parts.stream().map(p -> p.content().length()).toList()
                                    + ", within 2000: " + within + ", surrogates whole: " + whole + ", joined equal: " + joined.equals(text)
                                    + ", result " + result);
                        }
                    }
                    v.expect(List.of("DC-SEND-002", "CH-SEND-001"), problems.isEmpty(),
                            "every part at most 2000 UTF-16 units, no surrogate pair split, the parts shown joining to the original, Delivered with one id per part",
                            () -> String.join("; ", problems));
                });
    }

    static Check<DiscordHarness> backsOffTransientFailures() {
        return Check.of("retries 502, a dropped connection, 503 and 500 with jittered exponential backoff",
                Set.of("CH-SEND-003"), (h, v) -> {
                    List<Duration> waits = transientRun(h);
                    List<Duration> other;
                    try (DiscordHarness sibling = h.sibling(h.seed() + 1000)) {
                        other = transientRun(sibling);
                    }
                    boolean ok = waits.size() == 4 && other.size() == 4 && !waits.equals(other);
                    for (int k = 0; ok && k < 4; k++) {
                        Duration nominal = Duration.ofSeconds(1L << k);
                        ok = waits.get(k).compareTo(nominal.dividedBy(2)) >= 0 && waits.get(k).compareTo(nominal) <= 0;
                    }
                    v.expect("CH-SEND-003", ok, "four waits within [50 %, 100 %] of 1, 2, 4 and 8 s, different with another seed",
                            () -> "waits " + seconds(waits) + ", with another seed " + seconds(other));
                });
    }

    private static List<Duration> transientRun(DiscordHarness h) throws InterruptedException {
        h.start();
        h.rest.failNext("messages", RestFault.error(502, "502: Bad Gateway", 0));
        h.rest.failNext("messages", new RestFault.Drop());
        h.rest.failNext("messages", RestFault.error(503, "503: Service Unavailable", 0));
        h.rest.failNext("messages", RestFault.error(500, "500: Internal Server Error", 0));
        SendResult result = h.send(OutboundMessage.of("out-transient", CHANNEL, "eventually"));
        return result instanceof SendResult.Delivered ? Durations.gaps(Observations.times(h.rest.requests("messages"))) : List.of();
    }

    static Check<DiscordHarness> boundsAttempts() {
        return Check.of("gives up after 5 attempts on 502 and on dropped connections", Set.of("CH-SEND-004"), (h, v) -> {
            h.start();
            h.rest.failAlways("messages", RestFault.error(502, "502: Bad Gateway", 0));
            SendResult bad = h.send(OutboundMessage.of("out-502", CHANNEL, "never"));
            int first = h.rest.requests("messages").size();
            h.rest.failAlways("messages", new RestFault.Drop());
            SendResult dropped = h.send(OutboundMessage.of("out-drop", "1200000000000000002", "never"));
            int second = h.rest.requests("messages").size() - first;
            boolean ok = first == 5 && bad instanceof SendResult.Failed f && f.reason().contains("Bad Gateway")
                    && second == 5 && dropped instanceof SendResult.Failed;
            v.expect("CH-SEND-004", ok, "5 requests and Failed naming Bad Gateway; 5 requests and Failed for dropped connections",
                    () -> first + " requests, " + bad + "; " + second + " requests, " + dropped);
        });
    }

    static Check<DiscordHarness> failsOnRefusals() {
        return Check.of("fails at once with Discord's message on 403, 404 and 50035", Set.of("CH-SEND-005", "DC-SEND-005"), (h, v) -> {
            h.start();
            List<String> problems = new ArrayList<>();
            int n = 0;
            for (String fixture : List.of("dc-error-403", "dc-error-404", "dc-error-50035")) {
                JsonObject body = h.fixture(fixture);
                int status = fixture.endsWith("403") ? 403 : fixture.endsWith("404") ? 404 : 400;
                String channel = "12000000000000002" + (10 + n++);
                h.rest.failNext("messages", new RestFault.Answer(status, body.toString(), Map.of()));
                SendResult result = h.send(OutboundMessage.of("out-" + fixture, channel, "refused"));
                long requests = h.rest.requests("messages").stream().filter(r -> r.channelId().equals(channel)).count();
                String message = body.string("message");
                if (!(requests == 1 && result instanceof SendResult.Failed f && f.reason().contains(message))) {
                    problems.add(fixture + ": " + requests + " requests, " + result);
                }
            }
            v.expect(List.of("CH-SEND-005", "DC-SEND-005"), problems.isEmpty(),
                    "one request each and Failed containing \"Missing Permissions\", \"Unknown Channel\", \"Invalid Form Body\"",
                    () -> String.join("; ", problems));
        });
    }

    static Check<DiscordHarness> escapesMarkdown() {
        return Check.of("escapes Markdown so the text is shown exactly as written", Set.of("CH-SEND-006", "DC-SEND-006"), (h, v) -> {
            h.start();
            SendResult result = h.send(OutboundMessage.of("out-format", CHANNEL, FORMATTING));
            List<CreatedMessage> messages = h.rest.messages();
            Optional<String> shown = messages.size() == 1 ? Optional.of(messages.get(0).shown()) : Optional.empty();
            v.expect(List.of("CH-SEND-006", "DC-SEND-006"), shown.equals(Optional.of(FORMATTING)) && result instanceof SendResult.Delivered,
                    "one message shown as: " + FORMATTING,
                    () -> messages.size() + " messages; shown " + messages.stream().map(CreatedMessage::shown).toList()
                            + " from content " + messages.stream().map(CreatedMessage::content).toList() + "; " + result);
        });
    }
}

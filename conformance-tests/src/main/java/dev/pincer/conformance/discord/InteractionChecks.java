package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.discord.InteractionSender;
import dev.pincer.conformance.fake.discord.InteractionSender.Signing;
import dev.pincer.spi.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of Interactions over HTTP: signature verification and PING. */
final class InteractionChecks {
    private InteractionChecks() {}

    static Check<DiscordHarness> verifiesSignaturesAndAnswersPing() {
        return Check.of("answers a signed PING with type 1 and refuses bad signatures with 401",
                Set.of("DC-INT-001", "DC-INT-002"), (h, v) -> {
                    h.start();
                    Optional<URI> endpoint = h.interactionsEndpoint();
                    String ping = h.fixture("dc-interaction-ping").toString();
                    long timestamp = h.clock.now().getEpochSecond();
                    if (endpoint.isEmpty()) {
                        v.fail(List.of("DC-INT-001", "DC-INT-002"), "an endpoint registered at \"interactions\"",
                                "the channel registered no webhook named \"interactions\"");
                        return;
                    }
                    InteractionSender.Answer valid = h.interactions.post(endpoint.get(), ping, timestamp, Signing.VALID);
                    boolean pong = valid.status() == 200 && readType(valid.body()) == 1;
                    v.expect("DC-INT-002", pong, "200 with {\"type\":1}", () -> valid.status() + " " + valid.body());
                    List<String> accepted = new ArrayList<>();
                    for (Signing bad : List.of(Signing.OTHER_KEY, Signing.TIMESTAMP_CHANGED, Signing.UNSIGNED)) {
                        InteractionSender.Answer answer = h.interactions.post(endpoint.get(), ping, timestamp, bad);
                        if (answer.status() != 401) {
                            accepted.add(bad + " → " + answer.status());
                        }
                    }
                    v.expect("DC-INT-001", accepted.isEmpty(),
                            "401 for a signature by another key, a changed timestamp, and no signature",
                            () -> "answers " + accepted);
                });
    }

    private static long readType(String body) {
        try {
            return Json.parseObject(body).optLong("type").orElse(-1L);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}

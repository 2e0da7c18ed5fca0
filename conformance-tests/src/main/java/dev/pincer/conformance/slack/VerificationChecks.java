package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.slack.EventAnswer;
import dev.pincer.conformance.fake.slack.EventRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of the events endpoint's front door: registration, url_verification, signatures and timestamps. */
final class VerificationChecks {
    static final String CHALLENGE = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";

    private VerificationChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(answersUrlVerification(), refusesBadSignatures(), refusesStaleAndFutureTimestamps());
    }

    static Check<SlackHarness> answersUrlVerification() {
        return Check.of("registers the events endpoint at start and echoes the url_verification challenge",
                Set.of("SL-RECV-001"), (h, v) -> {
                    h.start();
                    List<URI> endpoints = h.endpoints();
                    EventAnswer answer = h.deliver(EventRequest.of(h.fixture("sl-url-verification")));
                    boolean echoed = answer.status() == 200 && (answer.body().equals(CHALLENGE)
                            || answer.body().replace(" ", "").equals("{\"challenge\":\"" + CHALLENGE + "\"}"));
                    boolean one = endpoints.size() == 1 && endpoints.get(0).getPath().endsWith("/events");
                    v.expect("SL-RECV-001", one && echoed,
                            "one endpoint registered at path \"events\"; 200 with the challenge (as text or {\"challenge\":…})",
                            () -> "endpoints " + endpoints + "; url_verification answered " + answer.describe());
                });
    }

    static Check<SlackHarness> refusesBadSignatures() {
        return Check.of("answers 401 to a wrong, tampered or missing signature and delivers nothing",
                Set.of("SL-RECV-002"), (h, v) -> {
                    h.start();
                    String body = Events.message("Ev0SIGNED001", Events.CHANNEL, Events.USER, "signed?", Events.ts(1));
                    Map<String, EventRequest> bad = new LinkedHashMap<>();
                    bad.put("signed with another secret", EventRequest.of(body).signedWith("not-the-signing-secret"));
                    bad.put("body changed after signing", EventRequest.of(body).tamperedTo(body.replace("signed?", "forged!")));
                    bad.put("no X-Slack-Signature", EventRequest.of(body).unsigned());
                    bad.put("no X-Slack-Request-Timestamp", EventRequest.of(body).unstamped());
                    List<String> problems = new ArrayList<>();
                    for (Map.Entry<String, EventRequest> entry : bad.entrySet()) {
                        EventAnswer answer = h.deliver(entry.getValue());
                        if (answer.status() != 401) {
                            problems.add(entry.getKey() + ": " + answer.describe());
                        }
                    }
                    int refusedDeliveries = h.inbox.deliveries().size();
                    EventAnswer good = h.deliver(EventRequest.of(body));
                    boolean delivered = good.acknowledged() && h.inbox.hasAccepted("Ev0SIGNED001");
                    v.expect("SL-RECV-002", problems.isEmpty() && refusedDeliveries == 0 && delivered,
                            "401 for each bad request, none reaching the inbox, then the correctly signed event delivered",
                            () -> String.join("; ", problems) + "; " + refusedDeliveries + " inbox deliveries from bad requests; correct one "
                                    + good.describe() + ", accepted " + h.inbox.hasAccepted("Ev0SIGNED001"));
                });
    }

    static Check<SlackHarness> refusesStaleAndFutureTimestamps() {
        return Check.of("refuses timestamps 301 s in the past or future, and a non-number; accepts 290 s in the past",
                Set.of("SL-RECV-003"), (h, v) -> {
                    h.start();
                    List<String> problems = new ArrayList<>();
                    Map<String, EventRequest> bad = new LinkedHashMap<>();
                    bad.put("301 s old", EventRequest.of(Events.message("Ev0OLD000001", Events.CHANNEL, Events.USER, "old", Events.ts(1))).clockOffset(-301));
                    bad.put("301 s ahead", EventRequest.of(Events.message("Ev0FUTURE001", Events.CHANNEL, Events.USER, "future", Events.ts(2))).clockOffset(301));
                    bad.put("timestamp abc", EventRequest.of(Events.message("Ev0NOTNUM001", Events.CHANNEL, Events.USER, "abc", Events.ts(3))).timestamp("abc"));
                    for (Map.Entry<String, EventRequest> entry : bad.entrySet()) {
                        EventAnswer answer = h.deliver(entry.getValue());
                        if (answer.status() != 401) {
                            problems.add(entry.getKey() + ": " + answer.describe());
                        }
                    }
                    int refused = h.inbox.deliveries().size();
                    EventAnswer recent = h.deliver(EventRequest.of(Events.message("Ev0RECENT001", Events.CHANNEL, Events.USER, "recent", Events.ts(4))).clockOffset(-290));
                    boolean accepted = recent.acknowledged() && h.inbox.hasAccepted("Ev0RECENT001");
                    v.expect("SL-RECV-003", problems.isEmpty() && refused == 0 && accepted,
                            "401 and nothing delivered for timestamps 301 s away either way or not a number; 290 s old delivered",
                            () -> String.join("; ", problems) + "; " + refused + " inbox deliveries from refused requests; 290 s old: "
                                    + recent.describe() + ", accepted " + accepted);
                });
    }
}

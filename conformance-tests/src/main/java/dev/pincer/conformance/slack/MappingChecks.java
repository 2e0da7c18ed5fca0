package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.RecordingInbox;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Texts;
import dev.pincer.conformance.fake.slack.EventAnswer;
import dev.pincer.conformance.fake.slack.EventRequest;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of how events become inbound messages, and of the events that are not delivered. */
final class MappingChecks {
    private MappingChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(mapsMessageEventsFieldByField(), acknowledgesWhatItDoesNotDeliver());
    }

    static Check<SlackHarness> mapsMessageEventsFieldByField() {
        return Check.of("maps a message, a thread reply, an edit and a file share field by field",
                Set.of("SL-RECV-007"), (h, v) -> {
                    h.start();
                    Map<String, InboundMessage> expected = Map.of(
                            "sl-event-message", new InboundMessage("Ev0A1B2C3D4E", "C0A1B2C3D4E", "1767603600.000200",
                                    new Sender("U0ADA00001", "", false), at(1767603600, 200), new Content.Text("Hello, Pincer!")),
                            "sl-event-thread-reply", new InboundMessage("Ev0THREAD001", "C0A1B2C3D4E/1767603600.000200", "1767603660.000400",
                                    new Sender("U0ADA00001", "", false), at(1767603660, 400), new Content.Text("and in the thread")),
                            "sl-event-message-changed", new InboundMessage("Ev0CHANGED01", "C0A1B2C3D4E", "1767603700.000500",
                                    new Sender("U0ADA00001", "", false), at(1767603700, 500),
                                    new Content.Edited("1767603600.000200", "Hello, Pincer! (edited)")),
                            "sl-event-file-share", new InboundMessage("Ev0FILE00001", "C0A1B2C3D4E", "1767604000.000800",
                                    new Sender("U0ADA00001", "", false), at(1767604000, 800), new Content.Unsupported("file_share", "the plan")));
                    List<String> problems = new ArrayList<>();
                    for (String fixture : List.of("sl-event-message", "sl-event-thread-reply", "sl-event-message-changed", "sl-event-file-share")) {
                        EventAnswer answer = h.deliverFixture(fixture);
                        InboundMessage want = expected.get(fixture);
                        Optional<InboundMessage> got = h.inbox.deliveries().stream().map(RecordingInbox.Delivery::message)
                                .filter(m -> m.id().equals(want.id())).findFirst();
                        if (!answer.acknowledged()) {
                            problems.add(fixture + " answered " + answer.describe());
                        } else if (got.isEmpty()) {
                            problems.add(fixture + " not delivered under id " + want.id());
                        } else if (!got.get().equals(want)) {
                            problems.add(fixture + ": expected " + want + ", got " + got.get());
                        }
                    }
                    v.expect("SL-RECV-007", problems.isEmpty(), "each fixture delivered exactly as the spec's table maps it",
                            () -> String.join("; ", problems));
                });
    }

    private static Instant at(long seconds, long micros) {
        return Instant.ofEpochSecond(seconds, micros * 1000);
    }

    static Check<SlackHarness> acknowledgesWhatItDoesNotDeliver() {
        return Check.of("acknowledges deletions, joins, other events and unreadable bodies without delivering them",
                Set.of("SL-RECV-007", "CH-RECV-005"), (h, v) -> {
                    h.start();
                    List<EventRequest> skipped = List.of(
                            EventRequest.of(h.fixture("sl-event-message-deleted")),
                            EventRequest.of(h.fixture("sl-event-channel-join")),
                            EventRequest.of(Events.callback("Ev0REACTION1", Json.object().put("type", "reaction_added")
                                    .put("user", Events.USER).put("reaction", "thumbsup").put("event_ts", Events.ts(1)).build())),
                            EventRequest.of("{\"type\":\"event_callback\",\"event\":"),
                            EventRequest.of(Events.callback("Ev0NOCHANNEL", Json.object().put("type", "message")
                                    .put("user", Events.USER).put("text", "where?").put("ts", Events.ts(2)).build())));
                    List<String> problems = new ArrayList<>();
                    for (EventRequest request : skipped) {
                        EventAnswer answer;
                        try {
                            answer = h.deliver(request);
                        } catch (RuntimeException e) {
                            problems.add(e.toString());
                            continue;
                        }
                        if (!answer.acknowledged()) {
                            problems.add("answered " + answer.describe() + " to " + Texts.abbreviate(request.body()));
                        }
                    }
                    EventAnswer text = h.deliver(EventRequest.of(Events.message("Ev0AFTER0001", Events.CHANNEL, Events.USER, "after them", Events.ts(3))));
                    List<String> delivered = h.inbox.deliveries().stream().map(d -> d.message().id()).toList();
                    v.expect(List.of("SL-RECV-007", "CH-RECV-005"), problems.isEmpty() && text.acknowledged()
                                    && delivered.equals(List.of("Ev0AFTER0001")),
                            "every skipped item answered 2xx and not delivered; the text message after them delivered",
                            () -> String.join("; ", problems) + "; delivered " + delivered + "; text message " + text.describe());
                });
    }
}

package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.RecordingInbox;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.slack.EventAnswer;
import dev.pincer.conformance.fake.slack.EventRequest;
import dev.pincer.conformance.fake.slack.FakeSlack;
import dev.pincer.conformance.fake.slack.SlackEvents;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks of handing events to the inbox: acknowledgement, retries, the bot's own messages, order and restarts. */
final class DeliveryChecks {
    private DeliveryChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(acknowledgesOnlyAfterTheInbox(), recognisesRetriesByEventId(), ignoresItsOwnMessages(),
                deliversEachEventOnceInOrder(), keepsWorkingAcrossARestart());
    }

    static Check<SlackHarness> acknowledgesOnlyAfterTheInbox() {
        return Check.of("answers 5xx while the inbox is unavailable and 200 once it accepted, each within 3 s",
                Set.of("SL-RECV-004", "CH-RECV-002"), (h, v) -> {
                    h.start();
                    EventRequest event = EventRequest.of(Events.message("Ev0UNAVAIL01", Events.CHANNEL, Events.USER, "later", Events.ts(1)));
                    h.inbox.refuse("Ev0UNAVAIL01", 2);
                    List<EventAnswer> answers = List.of(h.deliver(event), h.deliver(event.retry(1, "http_error")),
                            h.deliver(event.retry(2, "http_error")));
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        EventAnswer a = answers.get(i);
                        if (a.status() < 500 || a.header("X-Slack-No-Retry").isPresent()) {
                            problems.add("delivery " + (i + 1) + " while Unavailable: " + a.describe()
                                    + a.header("X-Slack-No-Retry").map(x -> " with X-Slack-No-Retry").orElse(""));
                        }
                    }
                    if (!answers.get(2).acknowledged()) {
                        problems.add("delivery 3, accepted: " + answers.get(2).describe());
                    }
                    answers.stream().filter(a -> a.took().compareTo(SlackEvents.SLACK_TIMEOUT) >= 0)
                            .forEach(a -> problems.add("an answer took " + a.took().toMillis() + " ms, Slack gives up after 3000"));
                    long offers = h.inbox.deliveryCount("Ev0UNAVAIL01");
                    v.expect(List.of("SL-RECV-004", "CH-RECV-002"), problems.isEmpty() && offers == 3 && h.inbox.hasAccepted("Ev0UNAVAIL01"),
                            "5xx without X-Slack-No-Retry twice, then 200; the event offered to the inbox 3 times and accepted; answers within 3 s",
                            () -> String.join("; ", problems) + "; offered " + offers + " times");
                });
    }

    static Check<SlackHarness> recognisesRetriesByEventId() {
        return Check.of("delivers retries of an event under its event_id, so the inbox sees duplicates",
                Set.of("SL-RECV-005"), (h, v) -> {
                    h.start();
                    EventRequest event = EventRequest.of(h.fixture("sl-event-message"));
                    List<EventAnswer> answers = List.of(h.deliver(event), h.deliver(event.retry(1, "http_timeout")),
                            h.deliver(event.retry(2, "http_error")));
                    List<RecordingInbox.Delivery> deliveries = h.inbox.deliveries();
                    long accepted = deliveries.stream().filter(d -> d.answer() instanceof Acceptance.Accepted).count();
                    boolean ids = deliveries.stream().allMatch(d -> d.message().id().equals("Ev0A1B2C3D4E"));
                    boolean acked = answers.stream().allMatch(EventAnswer::acknowledged);
                    v.expect("SL-RECV-005", accepted == 1 && ids && acked && h.inbox.hasAccepted("Ev0A1B2C3D4E"),
                            "every delivery answered 2xx, all with id Ev0A1B2C3D4E, accepted once and Duplicate afterwards",
                            () -> "answers " + answers.stream().map(EventAnswer::describe).toList() + "; inbox saw "
                                    + deliveries.stream().map(d -> d.message().id() + " -> " + d.answer()).toList());
                });
    }

    static Check<SlackHarness> ignoresItsOwnMessages() {
        return Check.of("acknowledges the bot's own messages without delivering them, and delivers other bots'",
                Set.of("SL-RECV-006"), (h, v) -> {
                    h.start();
                    EventAnswer own = h.deliverFixture("sl-event-own-message");
                    EventAnswer ownUser = h.deliver(EventRequest.of(Events.callback("Ev0OWN00002", Json.object().put("type", "message")
                            .put("channel", Events.CHANNEL).put("user", FakeSlack.BOT_USER_ID).put("bot_id", FakeSlack.BOT_ID)
                            .put("text", "my own reply").put("ts", Events.ts(2)).build())));
                    EventAnswer other = h.deliver(EventRequest.of(Events.callback("Ev0OTHERBOT1", Json.object().put("type", "message")
                            .put("subtype", "bot_message").put("channel", Events.CHANNEL).put("bot_id", "B0OTHER0001")
                            .put("text", "another bot").put("ts", Events.ts(3)).build())));
                    List<String> ids = h.inbox.deliveries().stream().map(d -> d.message().id()).toList();
                    v.expect("SL-RECV-006", own.acknowledged() && ownUser.acknowledged() && other.acknowledged()
                                    && ids.equals(List.of("Ev0OTHERBOT1")),
                            "all three answered 2xx; only Ev0OTHERBOT1 (another bot) delivered",
                            () -> "answers " + own.describe() + ", " + ownUser.describe() + ", " + other.describe() + "; delivered " + ids);
                });
    }

    static Check<SlackHarness> deliversEachEventOnceInOrder() {
        return Check.of("delivers six events of two channels exactly once, in order per channel",
                Set.of("CH-RECV-001", "CH-RECV-003"), (h, v) -> {
                    h.start();
                    List<String> ids = new ArrayList<>();
                    for (int i = 1; i <= 6; i++) {
                        String id = "Ev0ORDER0000" + i;
                        ids.add(id);
                        h.deliver(EventRequest.of(Events.message(id, i % 2 == 0 ? Events.OTHER_CHANNEL : Events.CHANNEL,
                                Events.USER, "message " + i, Events.ts(i))));
                    }
                    List<String> problems = new ArrayList<>();
                    for (String id : ids) {
                        if (h.inbox.deliveryCount(id) != 1) {
                            problems.add(id + " handed over " + h.inbox.deliveryCount(id) + " times");
                        }
                    }
                    v.expect("CH-RECV-001", problems.isEmpty(), "each of the 6 events handed to the inbox exactly once",
                            () -> String.join("; ", problems));
                    List<String> order = new ArrayList<>();
                    for (String channel : List.of(Events.CHANNEL, Events.OTHER_CHANNEL)) {
                        List<String> ts = h.inbox.acceptedMessages().stream().filter(m -> m.conversation().equals(channel))
                                .map(InboundMessage::messageId).toList();
                        if (!ts.equals(ts.stream().sorted().toList())) {
                            order.add(channel + ": " + ts);
                        }
                    }
                    v.expect("CH-RECV-003", order.isEmpty() && h.inbox.acceptedMessages().size() == 6,
                            "6 accepted, each channel's messages in ascending ts", () -> "out of order: " + order + "; accepted "
                                    + h.inbox.acceptedMessages().size());
                });
    }

    static Check<SlackHarness> keepsWorkingAcrossARestart() {
        return Check.of("after a restart, acknowledges a retry of an accepted event and delivers a new one",
                Set.of("CH-RECV-004"), (h, v) -> {
                    h.start();
                    EventRequest second = EventRequest.of(Events.message("Ev0RESTART02", Events.CHANNEL, Events.USER, "two", Events.ts(2)));
                    h.deliver(EventRequest.of(Events.message("Ev0RESTART01", Events.CHANNEL, Events.USER, "one", Events.ts(1))));
                    h.deliver(second);
                    h.restart();
                    EventAnswer retried = h.deliver(second.retry(1, "http_timeout"));
                    EventAnswer third = h.deliver(EventRequest.of(Events.message("Ev0RESTART03", Events.CHANNEL, Events.USER, "three", Events.ts(3))));
                    long acceptedSecond = h.inbox.deliveries().stream()
                            .filter(d -> d.message().id().equals("Ev0RESTART02") && d.answer() instanceof Acceptance.Accepted).count();
                    v.expect("CH-RECV-004", retried.acknowledged() && third.acknowledged() && h.inbox.hasAccepted("Ev0RESTART03")
                                    && acceptedSecond == 1 && h.inbox.acceptedMessages().size() == 3,
                            "the retry of Ev0RESTART02 acknowledged as a duplicate, Ev0RESTART03 accepted, 3 messages accepted in all",
                            () -> "retry " + retried.describe() + ", new event " + third.describe() + "; accepted "
                                    + h.inbox.acceptedMessages().stream().map(InboundMessage::id).toList());
                });
    }
}

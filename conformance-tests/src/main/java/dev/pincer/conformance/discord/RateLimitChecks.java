package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Durations;
import dev.pincer.conformance.fake.discord.RestFault;
import dev.pincer.conformance.fake.discord.RestRequest;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Checks of Discord's rate limits: 429 per route and global, and exhausted buckets. */
final class RateLimitChecks {
    private RateLimitChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(waitsOutTooManyRequests(), holdsEveryRouteOnAGlobalLimit(), waitsOutAnExhaustedBucket());
    }

    static Check<DiscordHarness> waitsOutTooManyRequests() {
        return Check.of("waits retry_after 30.5 s of a route 429, then 12.25 s of a global one, then delivers",
                Set.of("CH-SEND-002", "DC-SEND-003"), (h, v) -> {
                    h.start();
                    h.rest.failNext("messages", RestFault.tooManyRequests(30.5, false));
                    h.rest.failNext("messages", RestFault.tooManyRequests(12.25, true));
                    SendResult result = h.send(OutboundMessage.of("out-429", SendChecks.CHANNEL, "patiently"));
                    List<Duration> gaps = Durations.gaps(Observations.times(h.rest.requests("messages")));
                    boolean ok = gaps.size() == 2 && gaps.get(0).compareTo(Duration.ofMillis(30_500)) >= 0
                            && gaps.get(1).compareTo(Duration.ofMillis(12_250)) >= 0 && result instanceof SendResult.Delivered;
                    v.expect(List.of("CH-SEND-002", "DC-SEND-003"), ok,
                            "three requests, at least 30.5 s and then 12.25 s apart, and Delivered",
                            () -> "gaps " + seconds(gaps) + ", result " + result);
                });
    }

    static Check<DiscordHarness> holdsEveryRouteOnAGlobalLimit() {
        return Check.of("after a global 429 of 90.25 s, returns RetryLater and sends to no other channel before it passed",
                Set.of("DC-SEND-003"), (h, v) -> {
                    h.start();
                    h.rest.failNext("messages", RestFault.tooManyRequests(90.25, true));
                    SendResult first = h.send(OutboundMessage.of("out-global-1", "1200000000000000031", "first"));
                    Instant limitedAt = h.rest.requests("messages").isEmpty() ? h.clock.now() : h.rest.requests("messages").get(0).at();
                    SendResult second = h.send(OutboundMessage.of("out-global-2", "1200000000000000032", "second"));
                    List<RestRequest> other = h.rest.requests("messages").stream()
                            .filter(r -> r.channelId().equals("1200000000000000032")).toList();
                    boolean early = other.stream().anyMatch(r -> Duration.between(limitedAt, r.at()).compareTo(Duration.ofMillis(90_250)) < 0);
                    boolean ok = first instanceof SendResult.RetryLater later && later.delay().compareTo(Duration.ofMillis(90_250)) >= 0
                            && !early;
                    v.expect("DC-SEND-003", ok,
                            "RetryLater of at least 90.25 s, and no request to another channel within 90.25 s of the global 429",
                            () -> "first send " + first + "; second send " + second + " after "
                                    + other.stream().map(r -> seconds(Duration.between(limitedAt, r.at()))).toList());
                });
    }

    static Check<DiscordHarness> waitsOutAnExhaustedBucket() {
        return Check.of("waits X-RateLimit-Reset-After 2.5 s after X-RateLimit-Remaining 0 before the next message to that channel",
                Set.of("DC-SEND-004"), (h, v) -> {
                    h.start();
                    h.rest.exhaustBucketOnce(2.5);
                    SendResult first = h.send(OutboundMessage.of("out-bucket-1", SendChecks.CHANNEL, "first"));
                    SendResult second = h.send(OutboundMessage.of("out-bucket-2", SendChecks.CHANNEL, "second"));
                    List<RestRequest> requests = h.rest.requests("messages");
                    List<Duration> gaps = Durations.gaps(Observations.times(requests));
                    boolean ok = requests.size() == 2 && gaps.get(0).compareTo(Duration.ofMillis(2500)) >= 0
                            && first instanceof SendResult.Delivered && second instanceof SendResult.Delivered;
                    v.expect("DC-SEND-004", ok, "two requests, at least 2.5 s apart, no 429",
                            () -> requests.size() + " requests (statuses " + requests.stream().map(RestRequest::status).toList()
                                    + "), gaps " + seconds(gaps));
                });
    }
}

package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Telegram channel under test against the fake Bot API, whose long polls are held only briefly
 * (5 ms of real time) when nothing is pending.
 */
final class TelegramHarness extends ChannelHarness {
    static final String TOKEN = "7311452290:AAHc0nformanceT0kenZq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "TELEGRAM_BOT_TOKEN";
    static final String HOST = "api.telegram.org";

    final FakeTelegram fake;

    TelegramHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(SECRET_NAME, TOKEN));
        this.fake = FakeTelegram.start(TOKEN, clock::now);
        this.fake.setLongPollHold(Duration.ofMillis(5));
        routeToFake(HOST, fake.baseUri(), fake::close);
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    TelegramHarness sibling(long otherSeed) throws IOException {
        return new TelegramHarness(integration(), specs(), otherSeed);
    }

    /** The body of a spec fixture, parsed as a JSON object. */
    JsonObject fixture(String name) {
        return Json.parseObject(specs().fixture(name).content());
    }

    /** Queues a fixture update at the fake under a fresh update_id, which it returns. */
    long enqueueFixture(String name) {
        Map<String, Json> members = new LinkedHashMap<>(fixture(name).members());
        members.remove("update_id");
        return fake.enqueueUpdate(Json.object(members).toString());
    }

    /** Receives until every update in {@code updateIds} was accepted, then once more so the last ones are acknowledged. */
    List<ReceiveResult> receiveAll(List<Long> updateIds, int maxRounds) throws InterruptedException {
        List<ReceiveResult> results = receiveUntil(
                () -> updateIds.stream().allMatch(id -> inbox.hasAccepted(Long.toString(id))), maxRounds);
        if (results.stream().noneMatch(r -> r instanceof ReceiveResult.Stop)) {
            results.add(receive());
        }
        return results;
    }
}

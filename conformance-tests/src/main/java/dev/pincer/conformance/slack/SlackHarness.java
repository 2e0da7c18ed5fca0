package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.fake.slack.EventAnswer;
import dev.pincer.conformance.fake.slack.EventRequest;
import dev.pincer.conformance.fake.slack.FakeSlack;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A Slack channel under test against the fake Slack, whose Events sender posts signed events to the
 * endpoint the channel registered on the runtime's inbound server.
 */
final class SlackHarness extends ChannelHarness {
    static final String TOKEN = "xoxb-7311452290-5512345678901-C0nformanceT0kenSlackZq3x";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99conformance";
    static final String TOKEN_NAME = "SLACK_BOT_TOKEN";
    static final String SIGNING_NAME = "SLACK_SIGNING_SECRET";
    static final String HOST = "slack.com";

    final FakeSlack fake;

    SlackHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(TOKEN_NAME, TOKEN, SIGNING_NAME, SIGNING_SECRET));
        this.fake = FakeSlack.start(TOKEN, SIGNING_SECRET, clock::now);
        routeToFake(HOST, fake.baseUri(), fake::close);
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    SlackHarness sibling(long otherSeed) throws IOException {
        return new SlackHarness(integration(), specs(), otherSeed);
    }

    /** The text of a spec fixture. */
    String fixture(String name) {
        return specs().fixture(name).content().strip();
    }

    /** Sends one Events API request to the current instance's {@code events} endpoint. */
    EventAnswer deliver(EventRequest request) throws InterruptedException {
        List<URI> registered = endpoints();
        URI endpoint = registered.stream().filter(u -> u.getPath().endsWith("/events")).findFirst()
                .orElse(registered.isEmpty() ? inboundBase().resolve("/hooks/" + manifest().name() + "/events") : registered.get(0));
        EventAnswer answer = fake.events().send(endpoint, request);
        emit(answer.body());
        return answer;
    }

    /** Delivers the fixture {@code name} as a correct first delivery. */
    EventAnswer deliverFixture(String name) throws InterruptedException {
        return deliver(EventRequest.of(fixture(name)));
    }
}

package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.discord.Observations.ops;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.discord.FakeGateway;
import dev.pincer.conformance.fake.discord.GatewayFrame;
import dev.pincer.conformance.fake.discord.GatewayOp;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of keeping a session: zombie detection, resume after a close, op 7, op 9, and a restart. */
final class ResumeChecks {
    static final String CHANNEL = "1200000000000000001";

    private ResumeChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(resumesAZombiedConnection(), resumesAfterAClose(), resumesOnReconnect(), identifiesAfterInvalidSession(),
                resumesAfterARestart());
    }

    /** The first Identify or Resume on connection {@code number}, if any. */
    static Optional<GatewayFrame> opening(FakeGateway gateway, int number) {
        return gateway.frames().stream()
                .filter(f -> f.connection() == number && (f.op() == GatewayOp.IDENTIFY || f.op() == GatewayOp.RESUME))
                .findFirst();
    }

    /** True if {@code frame} is a Resume of {@code session} at {@code seq} with the token. */
    static boolean resumes(Optional<GatewayFrame> frame, String session, long seq) {
        Optional<JsonObject> d = frame.filter(f -> f.op() == GatewayOp.RESUME).flatMap(GatewayFrame::data);
        return d.isPresent() && DiscordHarness.TOKEN.equals(d.get().optString("token").orElse(""))
                && session.equals(d.get().optString("session_id").orElse("")) && d.get().optLong("seq").orElse(-1L) == seq;
    }

    static Check<DiscordHarness> resumesAZombiedConnection() {
        return Check.of("closes a connection whose heartbeat was not acknowledged, then resumes",
                Set.of("DC-GW-003"), (h, v) -> {
                    h.startAndConnect();
                    h.gateway.ack(false);
                    var off = h.clock.now();
                    h.receiveUntil(() -> h.gateway.connections().size() >= 2 && opening(h.gateway, 2).isPresent(), 20);
                    List<GatewayFrame> first = h.gateway.frames().stream().filter(f -> f.connection() == 1).toList();
                    long unanswered = first.stream().filter(f -> f.op() == GatewayOp.HEARTBEAT && !f.at().isBefore(off)).count();
                    Optional<GatewayFrame> close = first.stream().filter(GatewayFrame::isClose).findFirst();
                    boolean closedRight = close.isPresent() && close.get().closeCode() != 1000 && close.get().closeCode() != 1001;
                    boolean resumed = opening(h.gateway, 2).map(f -> f.op() == GatewayOp.RESUME).orElse(false);
                    v.expect("DC-GW-003", unanswered == 1 && closedRight && resumed,
                            "one unanswered heartbeat, then a close with a code other than 1000/1001, then Resume on a new connection",
                            () -> unanswered + " unanswered heartbeats; frames " + ops(h.gateway.frames()));
                });
    }

    static Check<DiscordHarness> resumesAfterAClose() {
        return Check.of("resumes with session_id and the last seq after the gateway closed with 4000, and gets the replay",
                Set.of("DC-GW-005"), (h, v) -> {
                    h.startAndConnect();
                    String first = h.dispatchMessage(CHANNEL, "one");
                    String second = h.dispatchMessage(CHANNEL, "two");
                    h.receiveUntil(() -> h.inbox.hasAccepted(second), 10);
                    String session = h.gateway.sessionId();
                    h.gateway.closeLive(4000);
                    String third = h.dispatchMessage(CHANNEL, "three, while away");
                    h.receiveUntil(() -> h.inbox.hasAccepted(third), 20);
                    Optional<GatewayFrame> opening = opening(h.gateway, 2);
                    boolean ok = resumes(opening, session, h.seqOf(second)) && h.gateway.identifies() == 1
                            && h.inbox.hasAccepted(first) && h.inbox.hasAccepted(third);
                    v.expect("DC-GW-005", ok,
                            "Resume with the Ready session_id and seq " + h.seqOf(second) + ", one Identify in all, and the replayed message accepted",
                            () -> "second connection opened with " + opening.map(GatewayFrame::text).map(t -> t.replace(DiscordHarness.TOKEN, "<token>")).orElse("nothing")
                                    + "; " + h.gateway.identifies() + " Identify; third accepted: " + h.inbox.hasAccepted(third));
                });
    }

    static Check<DiscordHarness> resumesOnReconnect() {
        return Check.of("resumes after Reconnect (op 7)", Set.of("DC-GW-006"), (h, v) -> {
            h.startAndConnect();
            h.gateway.sendRaw(h.fixture("dc-reconnect").toString());
            h.receiveUntil(() -> opening(h.gateway, 2).isPresent(), 10);
            String message = opening(h.gateway, 2).isPresent() ? h.dispatchMessage(CHANNEL, "after reconnect") : "none";
            h.receiveUntil(() -> h.inbox.hasAccepted(message), 10);
            boolean ok = opening(h.gateway, 2).map(f -> f.op() == GatewayOp.RESUME).orElse(false) && h.gateway.identifies() == 1
                    && h.inbox.hasAccepted(message);
            v.expect("DC-GW-006", ok, "a new connection that sends Resume, and a later message accepted",
                    () -> "frames " + ops(h.gateway.frames()) + "; later message accepted: " + h.inbox.hasAccepted(message));
        });
    }

    static Check<DiscordHarness> identifiesAfterInvalidSession() {
        return Check.of("identifies again 1 to 5 s after Invalid Session with d=false", Set.of("DC-GW-007"), (h, v) -> {
            h.startAndConnect();
            h.gateway.invalidateNextResume(false);
            h.gateway.closeLive(4000);
            h.receiveUntil(() -> h.gateway.identifies() >= 2, 20);
            Optional<GatewayFrame> resume = opening(h.gateway, 2);
            List<FakeGateway.Connection> connections = h.gateway.connections();
            Optional<GatewayFrame> next = opening(h.gateway, 3);
            Duration wait = resume.isPresent() && connections.size() >= 3
                    ? Duration.between(resume.get().at(), connections.get(2).at()) : Duration.ZERO;
            boolean ok = resume.map(f -> f.op() == GatewayOp.RESUME).orElse(false)
                    && next.map(f -> f.op() == GatewayOp.IDENTIFY).orElse(false)
                    && wait.compareTo(Duration.ofSeconds(1)) >= 0 && wait.compareTo(Duration.ofSeconds(5)) <= 0;
            v.expect("DC-GW-007", ok, "after op 9 d=false on the Resume, a new connection 1–5 s later that sends Identify",
                    () -> "frames " + ops(h.gateway.frames()) + ", waited " + seconds(wait));
        });
    }

    static Check<DiscordHarness> resumesAfterARestart() {
        return Check.of("a restarted channel resumes the stored session at the last acknowledged seq",
                Set.of("DC-RECV-003", "CH-RECV-004"), (h, v) -> {
                    h.startAndConnect();
                    h.dispatchMessage(CHANNEL, "one");
                    String second = h.dispatchMessage(CHANNEL, "two");
                    h.receiveUntil(() -> h.inbox.hasAccepted(second), 10);
                    String session = h.gateway.sessionId();
                    int before = h.gateway.connections().size();
                    h.restart();
                    h.receiveUntil(() -> opening(h.gateway, before + 1).isPresent(), 10);
                    Optional<GatewayFrame> opening = opening(h.gateway, before + 1);
                    String third = opening.isPresent() ? h.dispatchMessage(CHANNEL, "three") : "none";
                    h.receiveUntil(() -> h.inbox.hasAccepted(third), 10);
                    boolean resumed = resumes(opening, session, h.seqOf(second));
                    String observed = "the new instance opened with " + opening.map(GatewayFrame::text)
                            .map(t -> t.replace(DiscordHarness.TOKEN, "<token>")).orElse("nothing")
                            + "; third accepted: " + h.inbox.hasAccepted(third);
                    v.expect("DC-RECV-003", resumed, "Resume with the stored session_id and seq " + h.seqOf(second), () -> observed);
                    v.expect("CH-RECV-004", resumed && h.inbox.hasAccepted(third),
                            "the restarted channel resumes from its stored progress and accepts a third message", () -> observed);
                });
    }
}

package dev.pincer.conformance.fake.gmail;

import dev.pincer.conformance.fake.ArrivalLog;
import dev.pincer.conformance.fake.LoopbackHttpServer;
import dev.pincer.conformance.fake.MethodFaults;
import dev.pincer.spi.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A faithful fake of the Gmail REST API v1's message endpoints on 127.0.0.1, for conformance checks.
 *
 * <p>It holds one mailbox, the token's user {@code me} ({@link #ADDRESS}), with messages stored as RFC 5322
 * text; answers with Gmail's resources and Google's error bodies; parses what it is sent; and can be scripted
 * to fail with {@link GmailFault}s. Requests are recorded with the supplied virtual clock. Thread-safe.
 */
public final class FakeGmail implements AutoCloseable {
    /** The mailbox owner's address. */
    public static final String ADDRESS = "owner@example.com";

    private final Supplier<Instant> clock;
    private final AtomicReference<String> token;
    private final Mailbox mailbox = new Mailbox();
    private final MessagesApi api;
    private final MethodFaults<GmailFault> faults = new MethodFaults<>();
    private final ArrivalLog<GmailRequest> log = new ArrivalLog<>();
    private final LoopbackHttpServer server;

    private FakeGmail(String validToken, Supplier<Instant> clock) {
        this.token = new AtomicReference<>(validToken);
        this.clock = clock;
        this.api = new MessagesApi(mailbox, clock, ADDRESS);
        CountDownLatch closing = new CountDownLatch(1);
        this.server = LoopbackHttpServer.start("Gmail server",
                new GmailHandler(token::get, clock, faults, log, api, ADDRESS, closing), closing);
    }

    /**
     * Starts a fake on 127.0.0.1 with a free port.
     *
     * @param validToken the one access token accepted
     * @param clock the virtual time stamped on records and on the messages the fake stores
     * @throws UncheckedIOException if the server cannot bind
     */
    public static FakeGmail start(String validToken, Supplier<Instant> clock) {
        return new FakeGmail(Objects.requireNonNull(validToken, "validToken"), Objects.requireNonNull(clock, "clock"));
    }

    /** {@code http://127.0.0.1:PORT}, the stand-in for {@code https://gmail.googleapis.com}. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Accepts only {@code newToken} from now on, as after the old access token expired. */
    public void replaceToken(String newToken) {
        token.set(Objects.requireNonNull(newToken, "newToken"));
    }

    /** Stores a message dated by the clock, in a thread of its own, and returns its id. */
    public String addMessage(MailMessage message) {
        String id = mailbox.newId();
        return store(id, id, MimeWriter.write(message, messageId(id), clock.get(), List.of()), message);
    }

    /**
     * Stores a message that answers {@code parentId}, in its thread, with {@code In-Reply-To} and {@code References}
     * as a mail program writes them, and returns its id.
     */
    public String addReply(String parentId, MailMessage message) {
        Mailbox.Stored parent = mailbox.get(parentId).orElseThrow(() -> new IllegalArgumentException(
                "the mailbox holds no message " + parentId + " to reply to"));
        String parentMessageId = parent.parsed().header("Message-ID").orElse(messageId(parentId));
        String references = parent.parsed().header("References").map(r -> r + " ").orElse("") + parentMessageId;
        String id = mailbox.newId();
        byte[] raw = MimeWriter.write(message, messageId(id), clock.get(),
                List.of(new MimePart.Header("In-Reply-To", parentMessageId), new MimePart.Header("References", references)));
        return store(id, parent.threadId(), raw, message);
    }

    /** The {@code Message-ID} the fake writes into the messages a test adds. */
    public static String messageId(String id) {
        return "<" + id + "@mail.example.com>";
    }

    private String store(String id, String threadId, byte[] raw, MailMessage message) {
        for (String label : message.labels()) {
            if (!mailbox.labelExists(label)) {
                throw new IllegalArgumentException("no label " + label + "; add it with addLabel first, or use one of "
                        + mailbox.labels().keySet());
            }
        }
        return mailbox.add(id, threadId, raw, new LinkedHashSet<>(message.labels()), clock.get()).id();
    }

    /** Adds a user label and returns its id ({@code Label_1}, …). */
    public String addLabel(String name) {
        return mailbox.addUserLabel(Objects.requireNonNull(name, "name"));
    }

    /** The message as {@code GET messages/{id}?format=full} serves it, if the mailbox holds it. */
    public Optional<JsonObject> message(String id) {
        return mailbox.get(id).map(m -> MessageJson.of(m, "full", List.of()));
    }

    /** The message's label ids; empty when the mailbox does not hold it. */
    public List<String> labelsOf(String id) {
        return mailbox.get(id).map(Mailbox.Stored::labelIds).orElse(List.of());
    }

    /** Every message sent with {@code messages/send}, in order, as the fake parsed it. */
    public List<SentMail> sent() {
        return api.sentIds().stream().map(mailbox::get).flatMap(Optional::stream).map(SentMail::of).toList();
    }

    /** The ids of the messages moved to the Trash, in order. */
    public List<String> trashed() {
        return mailbox.changes().stream().filter(c -> c.added().contains("TRASH")).map(Mailbox.LabelChange::id).toList();
    }

    /** Every relabelling by {@code modify} (not by trash), in order: id, labels added, labels removed. */
    public List<LabelChange> relabelled() {
        return mailbox.changes().stream().filter(c -> !c.added().contains("TRASH"))
                .map(c -> new LabelChange(c.id(), c.added(), c.removed())).toList();
    }

    /** One relabelling: the message and the label ids added and removed. */
    public record LabelChange(String id, List<String> added, List<String> removed) {}

    /** The ids of the messages deleted for ever with {@code DELETE messages/{id}}. */
    public List<String> deleted() {
        return mailbox.deleted();
    }

    /** Answers the next request with {@code method} ({@code "*"} for any) with {@code fault}. */
    public void failNext(String method, GmailFault fault) {
        faults.next(Objects.requireNonNull(method, "method"), Objects.requireNonNull(fault, "fault"));
    }

    /** Answers every request with {@code method} ({@code "*"} for any) with {@code fault}, after queued ones. */
    public void failAlways(String method, GmailFault fault) {
        faults.always(Objects.requireNonNull(method, "method"), Objects.requireNonNull(fault, "fault"));
    }

    /** Removes every queued and standing fault. */
    public void clearFaults() {
        faults.clear();
    }

    /** Every request in arrival order; unanswered ones have status 0. */
    public List<GmailRequest> requests() {
        return log.snapshot();
    }

    /** Stops the server; requests held by {@link GmailFault.NeverAnswer} are dropped first. */
    @Override
    public void close() {
        server.close();
    }
}

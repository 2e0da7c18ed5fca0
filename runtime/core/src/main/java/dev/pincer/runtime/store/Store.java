package dev.pincer.runtime.store;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pincer's durable messaging state in one SQLite file: inbox, outbox, conversation history, scheduled
 * tasks, and the permissions' approvals, tainted conversations and budget charges.
 *
 * <p>Every call is one transaction, committed with {@code synchronous=FULL} before it returns, so what a call
 * reported done survives a crash. Nothing reads the system clock to decide anything: every time is passed in.
 * Times are kept to the microsecond.
 *
 * <p>Thread-safe: all calls share one connection and are serialised by a lock (a call waits while another thread's
 * call or {@link #atomically} block runs). Several processes may open the same file; SQLite's locking and a busy
 * timeout serialise their writes. The file may also hold {@code SqliteState}'s table.
 */
public final class Store implements AutoCloseable {

    /** How often a message is tried (sent, or processed by the agent) before it is dead-lettered, by default. */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    private final Database database;
    private final int maxAttempts;

    private Store(Database database, int maxAttempts) {
        this.database = database;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Opens (creating it and its directories if needed) the store with {@link #DEFAULT_MAX_ATTEMPTS}.
     *
     * @throws StoreException if the file cannot be opened, or was written by a newer Pincer
     */
    public static Store open(Path databaseFile) {
        return open(databaseFile, DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * Opens the store, bringing its schema up to date; {@code maxAttempts} bounds the sends of an outbound
     * message and the failed processings of an inbound one.
     *
     * <p>The time each schema migration is recorded with is the one reading of the system clock: it is
     * for people reading the database, and no behaviour depends on it.
     *
     * @throws StoreException if the file cannot be opened, or was written by a newer Pincer
     */
    public static Store open(Path databaseFile, int maxAttempts) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Database database = Database.open(databaseFile);
        try {
            Migrations.ALL.apply(database, Instant.now());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Store(database, maxAttempts);
    }

    /** The database file, as an absolute path. */
    public Path file() {
        return database.file();
    }

    /** How often a message is tried before it is dead-lettered. */
    public int maxAttempts() {
        return maxAttempts;
    }

    // ---- inbox ----------------------------------------------------------------------------------------------

    /**
     * Stores an inbound message durably, unless this integration delivered one with the same id before.
     *
     * @return {@code Accepted} when stored, {@code Duplicate} when seen before, {@code Unavailable} with the
     *     database's reason when it cannot be written (the channel must then not acknowledge the message)
     */
    public Acceptance accept(String integration, InboundMessage message, Instant now) {
        checkIntegration(integration);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(now, "now");
        try {
            boolean inserted = database.transaction("accept message " + message.id() + " of " + integration,
                    connection -> InboxTable.insert(connection, integration, message, now));
            return inserted ? new Acceptance.Accepted() : new Acceptance.Duplicate();
        } catch (StoreException e) {
            return new Acceptance.Unavailable(e.getMessage());
        }
    }

    /** The oldest message of a conversation not yet marked processed; after a crash, the same one again. */
    public Optional<InboxEntry> nextUnprocessed(String integration, String conversation) {
        return nextUnprocessed(new ConversationRef(integration, conversation));
    }

    /** The oldest message of a conversation not yet marked processed; after a crash, the same one again. */
    public Optional<InboxEntry> nextUnprocessed(ConversationRef conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return database.read("read the inbox of " + conversation,
                connection -> InboxTable.nextUnprocessed(connection, conversation));
    }

    /** The conversations with unprocessed messages, the one whose oldest message arrived first coming first. */
    public List<ConversationRef> conversationsWithWork() {
        return database.read("list conversations with work", InboxTable::conversationsWithWork);
    }

    /** How many inbound messages are not yet processed, for {@code pincer status}. */
    public long unprocessedCount() {
        return database.read("count the inbox", InboxTable::unprocessedCount);
    }

    /**
     * Records that the agent has finished with an inbound message; marking it again changes nothing.
     *
     * @throws IllegalArgumentException if there is no such entry
     */
    public void markProcessed(long inboxId, Instant now) {
        Objects.requireNonNull(now, "now");
        database.transaction("mark inbox entry " + inboxId + " processed", connection -> {
            InboxTable.require(connection, inboxId, file());
            return InboxTable.markProcessed(connection, inboxId, now);
        });
    }

    /**
     * Records that processing an inbound message failed; at {@link #maxAttempts()} failures it is dead-lettered,
     * so that it is shown by status and no longer holds back its conversation.
     *
     * @return true if the message is now dead
     * @throws IllegalArgumentException if there is no such entry
     * @throws IllegalStateException if it is processed or dead already
     */
    public boolean recordProcessingFailure(long inboxId, String reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(now, "now");
        return database.transaction("record a failure of inbox entry " + inboxId, connection -> InboxTable
                .recordFailure(connection, InboxTable.require(connection, inboxId, file()), reason,
                        maxAttempts, now));
    }

    /** The inbound messages given up on, in the order they died. */
    public List<InboxEntry> deadInbound() {
        return database.read("list dead inbound messages", InboxTable::dead);
    }

    /**
     * Offers a dead inbound message to the agent again, with its failures reset; the owner's action.
     *
     * @throws IllegalArgumentException if there is no such entry
     * @throws IllegalStateException if it is not dead
     */
    public void retryDeadInbound(long inboxId) {
        database.transaction("retry dead inbound message " + inboxId, connection -> {
            InboxTable.require(connection, inboxId, file());
            if (!InboxTable.revive(connection, inboxId)) {
                throw new IllegalStateException("inbox entry " + inboxId + " is not dead; only dead letters can be "
                        + "retried");
            }
            return null;
        });
    }

    // ---- conversation history -------------------------------------------------------------------------------

    /** Appends a turn to a conversation's history. */
    public void append(ConversationRef conversation, Role role, String text, Instant at) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        database.transaction("append to the history of " + conversation,
                connection -> {
                    HistoryTable.append(connection, conversation, role, text, at);
                    return null;
                });
    }

    /** The last {@code limit} turns of a conversation, oldest first. */
    public List<Turn> recent(ConversationRef conversation, int limit) {
        Objects.requireNonNull(conversation, "conversation");
        checkLimit(limit);
        return database.read("read the history of " + conversation,
                connection -> HistoryTable.recent(connection, conversation, limit));
    }

    // ---- outbox ---------------------------------------------------------------------------------------------

    /**
     * Queues a message for sending; a message whose id is queued already is not queued again.
     *
     * @return the new entry, or the existing one with that id (whatever its text, integration or status)
     */
    public OutboxEntry enqueue(String integration, OutboundMessage message, Instant now) {
        checkIntegration(integration);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(now, "now");
        return database.transaction("enqueue message " + message.id() + " for " + integration,
                connection -> OutboxTable.enqueue(connection, integration, message, now));
    }

    /**
     * Messages to send now: for each conversation, its oldest pending message if that is due
     * ({@code nextAttemptAt <= now}); a conversation whose oldest message waits blocks its later ones.
     * Ordered by enqueue time; dead letters block nothing.
     */
    public List<OutboxEntry> due(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        checkLimit(limit);
        return database.read("find due messages", connection -> OutboxTable.due(connection, now, limit));
    }

    /**
     * Records one send's outcome: delivered; postponed by the channel's retry-after (dead-lettered once the
     * attempts reach {@link #maxAttempts()}); or failed for good, and so dead-lettered.
     *
     * @throws IllegalArgumentException if there is no such entry
     * @throws IllegalStateException if the entry is not pending
     */
    public void recordAttempt(long outboxId, SendResult result, Instant now) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(now, "now");
        database.transaction("record an attempt for outbox entry " + outboxId, connection -> {
            OutboxEntry entry = OutboxTable.require(connection, outboxId, file());
            if (entry.status() != OutboxStatus.PENDING) {
                throw new IllegalStateException("outbox entry " + outboxId + " is " + entry.status()
                        + ", not PENDING; record attempts only for entries returned by due()");
            }
            OutboxTable.recordAttempt(connection, entry, result, maxAttempts, now);
            return null;
        });
    }

    /**
     * Records durably that a send of this entry is about to start, so that a crash during the send is known after
     * a restart ({@link #holdInterruptedSends}); the attempt's outcome clears it.
     *
     * @return false if the entry is not pending (nothing to send)
     */
    public boolean markSending(long outboxId, Instant now) {
        Objects.requireNonNull(now, "now");
        return database.transaction("mark outbox entry " + outboxId + " as sending",
                connection -> OutboxTable.markSending(connection, outboxId, now));
    }

    /**
     * Dead-letters every message whose send was in progress when the process stopped: whether it arrived is unknown,
     * and sending it again could deliver it twice. The owner sees each in the dead letters, with that reason, and
     * can {@link #retryDeadLetter} it. Call once at start, before sending anything.
     *
     * @return how many messages were held
     */
    public int holdInterruptedSends(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.transaction("hold sends cut short by a stop",
                connection -> OutboxTable.holdInterruptedSends(connection, now));
    }

    /** The dead-lettered messages, in the order they died. */
    public List<OutboxEntry> deadLetters() {
        return database.read("list dead letters", OutboxTable::deadLetters);
    }

    /**
     * Puts a dead letter back in the queue, due now, with its attempts reset; the owner's action.
     *
     * @throws IllegalArgumentException if there is no such entry
     * @throws IllegalStateException if the entry is not dead
     */
    public void retryDeadLetter(long outboxId, Instant now) {
        Objects.requireNonNull(now, "now");
        database.transaction("retry dead letter " + outboxId, connection -> {
            OutboxEntry entry = OutboxTable.require(connection, outboxId, file());
            if (!OutboxTable.revive(connection, outboxId, now)) {
                throw new IllegalStateException("outbox entry " + outboxId + " is " + entry.status()
                        + ", not DEAD; only dead letters can be retried");
            }
            return null;
        });
    }

    /** Pending, delivered and dead counts per integration. */
    public OutboxStats stats() {
        return database.read("count the outbox", OutboxTable::stats);
    }

    // ---- scheduled tasks ------------------------------------------------------------------------------------

    /**
     * Stores a task unless one with this id exists already (then that one is returned unchanged: re-scheduling
     * at every start does not re-arm a task; {@link #cancel} it first to change it).
     *
     * @param firstRun the first occurrence, for example {@code schedule.firstRunAfter(now)}; for
     *     {@link Schedule.Once} it must be the schedule's instant
     */
    public ScheduledTask schedule(String id, Schedule schedule, String payload, Instant firstRun) {
        Objects.requireNonNull(payload, "payload");
        TaskTable.checkNewTask(id, schedule, firstRun);
        return database.transaction("schedule task '" + id + "'",
                connection -> TaskTable.schedule(connection, id, schedule, payload, firstRun));
    }

    /** Removes a task; false if there was none with this id. */
    public boolean cancel(String id) {
        Objects.requireNonNull(id, "id");
        return database.transaction("cancel task '" + id + "'", connection -> TaskTable.cancel(connection, id));
    }

    /** All tasks, the next to run first, then the finished ones. */
    public List<ScheduledTask> tasks() {
        return database.read("list tasks", TaskTable::all);
    }

    /**
     * Claims every task due at {@code now}, in one transaction that also moves each to its next run (or finishes
     * a {@link Schedule.Once}).
     *
     * <p>At most once per occurrence: a claimed occurrence is never returned again, by this store or after a
     * restart, even if the process dies before acting on it; turn it into durable work (an inbox entry, an
     * outbox message) promptly. Occurrences missed while Pincer was down are returned once, not once per missed
     * period; {@link DueTask#dueAt()} says which occurrence it was.
     *
     * <p>To hand occurrences on with no gap at all, claim them and {@link #accept} each as an inbound message
     * inside one {@link #atomically} block, throwing if an acceptance is not acknowledgeable: then the claim
     * and the inbox entries commit together or not at all.
     */
    public List<DueTask> claimDue(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.transaction("claim due tasks", connection -> TaskTable.claimDue(connection, now));
    }

    // ---- permissions: approvals, taint, budget charges ----------------------------------------------------

    /** Stores a pending approval request; false if its code is taken already (draw another). */
    public boolean requestApproval(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        if (approval.status() != ApprovalStatus.PENDING) {
            throw new IllegalArgumentException("a new approval request must be PENDING, was " + approval.status());
        }
        return database.transaction("store approval request " + approval.code(),
                connection -> ApprovalTable.insert(connection, approval));
    }

    /** The approval request with this code, in whatever state it is. */
    public Optional<Approval> approval(String code) {
        Objects.requireNonNull(code, "code");
        return database.read("read approval " + code, connection -> ApprovalTable.find(connection, code));
    }

    /**
     * Answers a pending request, at most once: false if it was not pending any more (answered, or expired).
     *
     * @param status {@link ApprovalStatus#APPROVED} or {@link ApprovalStatus#DENIED}
     */
    public boolean decideApproval(String code, ApprovalStatus status, Instant now) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(now, "now");
        if (status != ApprovalStatus.APPROVED && status != ApprovalStatus.DENIED) {
            throw new IllegalArgumentException("an approval is answered APPROVED or DENIED, not " + status);
        }
        return database.transaction("answer approval " + code,
                connection -> ApprovalTable.decide(connection, code, status, now));
    }

    /** Pending approval requests, the first to expire first. */
    public List<Approval> pendingApprovals() {
        return database.read("list pending approvals", ApprovalTable::pending);
    }

    /** Expires every pending request whose time is up, in one transaction, and returns them as they were. */
    public List<Approval> expireApprovals(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.transaction("expire approvals", connection -> ApprovalTable.expire(connection, now));
    }

    /** Marks a conversation as having read content from outside the owner; true if it was not marked yet. */
    public boolean taint(ConversationRef conversation, String source, Instant at) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        return database.transaction("taint " + conversation,
                connection -> PermissionTables.taint(connection, conversation, source, at));
    }

    /** What tainted the conversation, if it is tainted. */
    public Optional<String> taintOf(ConversationRef conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return database.read("read taint of " + conversation,
                connection -> PermissionTables.taintOf(connection, conversation));
    }

    /** Lifts a conversation's taint (only the owner may ask for this); false if it was not tainted. */
    public boolean liftTaint(ConversationRef conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return database.transaction("lift taint of " + conversation,
                connection -> PermissionTables.lift(connection, conversation));
    }

    /** Every tainted conversation with what tainted it, oldest first. */
    public Map<ConversationRef, String> tainted() {
        return database.read("list tainted conversations", PermissionTables::tainted);
    }

    /** Records that an action used {@code amount} of a budget. */
    public void charge(String budget, BigDecimal amount, Instant at) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        database.transaction("charge budget " + budget,
                connection -> {
                    PermissionTables.charge(connection, budget, amount, at);
                    return null;
                });
    }

    /** The sum a budget was charged at or after {@code since}. */
    public BigDecimal chargedSince(String budget, Instant since) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(since, "since");
        return database.read("sum budget " + budget, connection -> PermissionTables.chargedSince(connection, budget, since));
    }

    // ---- transactions and lifecycle -------------------------------------------------------------------------

    /**
     * Runs several store calls as one transaction: all of their changes are kept, or none if {@code work}
     * throws (the exception is rethrown). Other threads wait meanwhile: do no network calls inside.
     */
    public void atomically(Runnable work) {
        Objects.requireNonNull(work, "work");
        database.transaction("run a transaction", connection -> {
            work.run();
            return null;
        });
    }

    /** Closes the database; later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        database.close();
    }

    private static void checkIntegration(String integration) {
        Objects.requireNonNull(integration, "integration");
        if (integration.isBlank()) {
            throw new IllegalArgumentException("integration must not be blank; use the integration's name");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}

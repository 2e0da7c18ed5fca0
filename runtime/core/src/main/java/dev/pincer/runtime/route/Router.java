package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.OutboxStats;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.StoreException;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Channel;
import dev.pincer.spi.Inbox;
import dev.pincer.runtime.store.DueTask;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Moves messages between channels and the agent through the durable {@link Store}: inbound messages are
 * answered one at a time per conversation, replies are decided, committed and sent in order.
 *
 * <p>Lifecycle: construct, hand {@link #inboxFor} to each channel's context, {@link #start}, later {@link #close}.
 * The caller owns the store and the channels (which it should wrap in a {@code SupervisedChannel}): closing the
 * router closes neither. See the package documentation for the guarantees. Thread-safe.
 */
public final class Router implements AutoCloseable {
    private final Store store;
    private final Map<String, Channel> channels;
    private final Clock clock;
    private final RouterLimits limits;
    private final Problems problems;
    private final GroupCommit commits;
    private final OutboxSender sender;
    private final ConversationWorkers workers;
    private boolean started;
    private boolean closed;

    /**
     * A router that is not yet running.
     *
     * @param store where messages, history and the outbox live; the source of the attempts bound
     * @param channels the running channels by integration name, already supervised
     * @param agent what answers inbound messages
     * @param decisions what allows or denies each reply
     * @param clock the time stamped on everything recorded and compared with retry-after times
     * @param limits the router's tunables
     */
    public Router(Store store, Map<String, Channel> channels, Agent agent, DecisionPoint decisions, Clock clock,
            RouterLimits limits) {
        this(store, channels, agent, decisions, clock, limits, SendRecorder.none());
    }

    /**
     * A router that is not yet running, telling {@code recorder} of every send.
     *
     * @param recorder told before each send and of its outcome, such as the audit log
     */
    public Router(Store store, Map<String, Channel> channels, Agent agent, DecisionPoint decisions, Clock clock,
            RouterLimits limits, SendRecorder recorder) {
        this.store = Objects.requireNonNull(store, "store");
        this.channels = Map.copyOf(Objects.requireNonNull(channels, "channels"));
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(decisions, "decisions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.problems = new Problems(clock);
        this.commits = new GroupCommit(store);
        this.sender = new OutboxSender(store, commits, this.channels, clock, limits, problems,
                Objects.requireNonNull(recorder, "recorder"));
        this.workers = new ConversationWorkers(store,
                new Answering(store, commits, agent, decisions, clock, limits, problems, sender::wake), limits, problems);
    }

    /**
     * The inbox to give the channel of {@code integration}: it stores each message durably (deduplicated by id)
     * before answering {@code Accepted}, and then wakes the conversation's worker.
     *
     * <p>Usable before {@link #start} and after {@link #close}: what it accepts then is answered after the next
     * start. {@code Unavailable} when the store cannot be written or is closed. A message that claims the runtime's
     * scheduler as its sender is dropped (answered {@code Duplicate}) and reported as a problem: the scheduler's
     * tasks act for the owner, which no channel may borrow.
     */
    public Inbox inboxFor(String integration) {
        Inbox runtime = runtimeInboxFor(integration);
        return message -> {
            Objects.requireNonNull(message, "message");
            if (Turns.isScheduled(message)) {
                problems.report(integration, "inbox", "inbound message " + message.id() + " claims the sender "
                        + Turns.SCHEDULED_TASK_SENDER + ", which only the runtime's scheduler may use (its tasks act "
                        + "for the owner); dropped. The channel integration maps senders wrongly or is hostile");
                return new Acceptance.Duplicate();
            }
            return runtime.deliver(message);
        };
    }

    /**
     * Like {@link #inboxFor}, for messages the runtime itself writes into a channel's conversation (the outcome of an
     * approval request), which may carry the runtime's own senders. Never give it to a channel.
     */
    public Inbox runtimeInboxFor(String integration) {
        Objects.requireNonNull(integration, "integration");
        if (integration.isBlank()) {
            throw new IllegalArgumentException("integration must not be blank; use the integration's name");
        }
        return message -> {
            Objects.requireNonNull(message, "message");
            Acceptance acceptance;
            try {
                acceptance = commits.run(() -> store.accept(integration, message, clock.instant()));
            } catch (StoreException | IllegalStateException e) {
                acceptance = new Acceptance.Unavailable(e.getMessage());
            }
            switch (acceptance) {
                case Acceptance.Accepted accepted -> wake(new ConversationRef(integration, message.conversation()));
                case Acceptance.Duplicate duplicate -> { }
                case Acceptance.Unavailable unavailable -> problems.report(integration, "store",
                        "inbound message " + message.id() + " could not be stored: " + unavailable.reason());
            }
            return acceptance;
        };
    }

    /**
     * Starts answering and sending: recovers what an earlier run left (unprocessed inbound messages, pending and
     * retrying outbound ones) and from then on reacts to new messages.
     *
     * @throws IllegalStateException if started or closed already
     */
    public void start() {
        synchronized (this) {
            if (started || closed) {
                throw new IllegalStateException("a router starts once; it was " + (closed ? "closed" : "started")
                        + " already. Create a new Router on the store to run again");
            }
            started = true;
        }
        int held = store.holdInterruptedSends(clock.instant());
        if (held > 0) {
            problems.report("outbox", "start", held + " message(s) were being sent when Pincer last stopped; whether "
                    + "they arrived is unknown, so they are held as dead letters instead of sent twice (pincer status)");
        }
        sender.start();
        store.conversationsWithWork().forEach(workers::wake);
    }

    /**
     * Hands every scheduled task due now to its conversation as an inbound message: the claim and the inbox entries
     * commit in one transaction, so an occurrence is neither lost nor delivered twice, also across a crash.
     *
     * @param toMessage the inbound message for a due task, with the integration whose conversation it joins; empty
     *     drops the occurrence (for a task whose payload cannot be read)
     * @return how many occurrences became messages
     */
    public int fireDueTasks(Function<DueTask, Optional<Map.Entry<String, InboundMessage>>> toMessage) {
        Objects.requireNonNull(toMessage, "toMessage");
        Instant now = clock.instant();
        List<ConversationRef> woken = new ArrayList<>();
        store.atomically(() -> {
            for (DueTask task : store.claimDue(now)) {
                Optional<Map.Entry<String, InboundMessage>> message = toMessage.apply(task);
                if (message.isEmpty()) {
                    problems.report("scheduler", "task", "scheduled task " + task.id() + " could not be read; its "
                            + "occurrence at " + task.dueAt() + " was dropped");
                    continue;
                }
                String integration = message.get().getKey();
                InboundMessage inbound = message.get().getValue();
                if (store.accept(integration, inbound, now) instanceof Acceptance.Accepted) {
                    woken.add(new ConversationRef(integration, inbound.conversation()));
                }
            }
        });
        woken.forEach(this::wake);
        return woken.size();
    }

    /**
     * Queues a message that was decided elsewhere (an approval request to the owner, a reply the owner approved)
     * durably, and wakes the sender; sent like any reply, in order within its conversation.
     *
     * @throws dev.pincer.runtime.store.StoreException if it cannot be stored
     */
    public void send(String integration, OutboundMessage message) {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(message, "message");
        commits.run(() -> store.enqueue(integration, message, clock.instant()));
        sender.wake();
    }

    private void wake(ConversationRef conversation) {
        synchronized (this) {
            if (!started || closed) {
                return;
            }
        }
        workers.wake(conversation);
    }

    /** Counts and last problems per integration, and the inbound backlog, read from the store now. */
    public RouterStatus status() {
        OutboxStats stats = store.stats();
        long unprocessed = store.unprocessedCount();
        long deadInbound = store.deadInbound().size();
        TreeSet<String> names = new TreeSet<>(channels.keySet());
        names.addAll(stats.byIntegration().keySet());
        problems.integrations().forEach(names::add);
        Map<String, RouterStatus.IntegrationStatus> integrations = new HashMap<>();
        for (String name : names) {
            OutboxStats.Counts counts = stats.byIntegration().getOrDefault(name,
                    new OutboxStats.Counts(0, 0, 0, Optional.empty()));
            integrations.put(name, new RouterStatus.IntegrationStatus(sender.running(name), counts.pending(),
                    counts.delivered(), counts.dead(), counts.oldestPendingSince(), problems.last(name)));
        }
        return new RouterStatus(integrations, unprocessed, deadInbound);
    }

    /**
     * Stops promptly: agent calls in progress are interrupted (their messages stay unprocessed and are answered
     * after the next start), sends in progress get {@link RouterLimits#closeGrace()} to finish and record their
     * outcome, then are interrupted (whether those arrived is unknown, so the next start holds them as dead letters
     * rather than send them twice). Nothing committed is lost. Idempotent; does not close the store or the channels.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            workers.close(limits.closeGrace());
            sender.close(limits.closeGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.InboxEntry;
import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers one inbound message: asks the agent, has every reply decided, and commits the outcome in one
 * transaction (user turn, assistant turns, denials, allowed replies enqueued, message marked processed).
 */
final class Answering {

    /** One reply text with the message it would be and what was decided about it. */
    private record Reply(OutboundMessage message, Decision decision) {}

    private final Store store;
    private final GroupCommit commits;
    private final Agent agent;
    private final DecisionPoint decisions;
    private final Clock clock;
    private final RouterLimits limits;
    private final Problems problems;
    private final Runnable outboxChanged;

    Answering(Store store, GroupCommit commits, Agent agent, DecisionPoint decisions, Clock clock, RouterLimits limits, Problems problems,
            Runnable outboxChanged) {
        this.store = store;
        this.commits = commits;
        this.agent = agent;
        this.decisions = decisions;
        this.clock = clock;
        this.limits = limits;
        this.problems = problems;
        this.outboxChanged = outboxChanged;
    }

    /**
     * Answers the entry, or records that answering it failed.
     *
     * @return how long to wait before the conversation is tried again, empty when the entry is done with
     *     (processed, or dead after its last failure)
     * @throws InterruptedException if the agent was interrupted; nothing is recorded, the entry waits
     * @throws RuntimeException if the store fails; nothing is recorded, and it is not counted as a failure
     */
    Optional<Duration> answer(InboxEntry entry) throws InterruptedException {
        ConversationRef conversation = entry.conversation();
        List<Turn> history = store.recent(conversation, limits.historyTurns());
        List<Reply> replies;
        try {
            replies = decide(entry, agent.respond(conversation, entry.message(), history));
        } catch (RuntimeException e) {
            String reason = "answering message " + entry.message().id() + " of conversation "
                    + conversation.conversation() + " failed: " + Problems.describe(e);
            problems.report(conversation.integration(), "agent", reason);
            boolean dead = store.recordProcessingFailure(entry.id(), reason, clock.instant());
            return dead ? Optional.empty() : Optional.of(limits.backoff(entry.failures() + 1));
        }
        commit(entry, replies);
        if (replies.stream().anyMatch(reply -> reply.decision() instanceof Decision.Allow)) {
            outboxChanged.run();
        }
        return Optional.empty();
    }

    private List<Reply> decide(InboxEntry entry, List<String> texts) {
        List<Reply> replies = new ArrayList<>();
        for (String text : List.copyOf(texts)) {
            if (text.isEmpty()) {
                continue;
            }
            int index = replies.size();
            OutboundMessage message = new OutboundMessage("reply:" + entry.id() + ":" + index,
                    entry.message().conversation(), text,
                    index == 0 && Turns.quotable(entry.message())
                            ? Optional.of(entry.message().messageId()) : Optional.empty());
            Decision decision = decisions.decide(
                    new ProposedAction.SendMessage(entry.integration(), message,
                            new TaskOrigin(entry.conversation(), entry.message().sender().id())));
            if (decision == null) {
                throw new IllegalStateException("the decision point returned null for " + message.id()
                        + "; it must return Allow, Ask or Deny");
            }
            replies.add(new Reply(message, decision));
        }
        return replies;
    }

    private void commit(InboxEntry entry, List<Reply> replies) {
        ConversationRef conversation = entry.conversation();
        Instant now = clock.instant();
        commits.run(() -> {
            store.append(conversation, Role.USER, Turns.userTurn(entry.message()), entry.receivedAt());
            for (Reply reply : replies) {
                store.append(conversation, Role.ASSISTANT, reply.message().text(), now);
                switch (reply.decision()) {
                    case Decision.Allow allow -> store.enqueue(entry.integration(), reply.message(), now);
                    case Decision.Ask ask -> store.append(conversation, Role.TOOL, "held until the owner approves it "
                            + "(request " + ask.code() + "): " + ask.reason(), now);
                    case Decision.Deny deny -> store.append(conversation, Role.TOOL, "not sent: " + deny.reason(), now);
                }
            }
            store.markProcessed(entry.id(), now);
            return null;
        });
    }

    /** The history text of an inbound message: its text; "(edited) " before edits; "[kind] caption" otherwise. */
}

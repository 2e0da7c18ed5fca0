/**
 * The router between channels, the durable {@link dev.pincer.runtime.store.Store} and the agent:
 * {@link dev.pincer.runtime.route.Router}.
 *
 * <h2>Inbound</h2>
 * A channel's {@code Inbox} stores each message (deduplicated by id) before it answers {@code Accepted}, then
 * wakes the conversation's worker. One virtual thread at a time per conversation answers its unprocessed
 * messages oldest first; conversations run in parallel. For each message: the last
 * {@link dev.pincer.runtime.route.RouterLimits#historyTurns()} turns, the {@link dev.pincer.runtime.route.Agent},
 * a {@link dev.pincer.runtime.route.DecisionPoint} decision per reply, then ONE transaction appends the user turn
 * and the assistant turns, enqueues the allowed replies and marks the message processed. A crash before that
 * commit re-runs the agent after restart; reply ids are {@code "reply:" + inboxId + ":" + index}, so a reply can
 * never be queued twice. The first reply replies to the inbound message ({@code replyTo}); later ones do not.
 *
 * <p>A denied reply is not enqueued: its assistant turn is followed by a {@code TOOL} turn
 * {@code "not sent: <reason>"}, so the model and the owner see it was held back. An exception from the agent or
 * the decision point (fail closed) is a failed processing: recorded in the store with its reason, retried after
 * {@code retryBase * 2^(failures-1)} (at most {@code retryMax}) while the conversation waits, dead-lettered at
 * the store's {@code maxAttempts}, after which the conversation moves on. Store errors are not counted as
 * failures; the worker backs off the same way and tries again.
 *
 * <h2>Outbound</h2>
 * One sender loop takes {@code store.due(now, …)} (only the oldest pending message of a conversation is due, so
 * order holds) and sends each on a virtual thread, one in flight per conversation, then records the outcome.
 * {@code RetryLater(d)} sets the next attempt to now + d in the store; the loop wakes at the earliest such time
 * it knows of, when a reply is enqueued or a send ends, and at least every
 * {@link dev.pincer.runtime.route.RouterLimits#idleRecheck()}. {@code Failed} dead-letters at once. An exception
 * from {@code send} counts as {@code RetryLater} with the back-off above. A message for an integration with no
 * running channel stays pending and shows in {@link dev.pincer.runtime.route.RouterStatus}.
 *
 * <h2>Group commit</h2>
 * Each durable write (accepting a message, answering one, recording a send's outcome) costs a synced commit. Writes
 * that queue while one commits share the next commit: each runs in a savepoint of its own, so it keeps its
 * all-or-nothing and its failure is its caller's alone, and every caller returns only after the shared commit.
 * A write with nobody ahead commits at once, on its caller's thread. Under load this is what keeps the router's
 * throughput near the disk's floor for single durable writes.
 *
 * <h2>Time</h2>
 * The router takes a {@link java.time.Clock}, not the SPI's clock: it only reads time (stamps and the comparison
 * with retry-after times); the SPI clock's {@code sleep} exists so that integrations can be run on virtual time,
 * while the router's waits are real waits for wall-clock retry times. Tests give it a clock they move; the sender
 * notices a moved clock within {@code idleRecheck}. The back-off after an agent failure is an in-memory real wait
 * of the conversation's worker; the back-off after an exception from {@code send} is a next-attempt time in the
 * store, on the router's clock.
 *
 * <h2>Not sent twice</h2>
 * Before each {@code send} the store records durably that the message is being sent; the outcome clears that mark.
 * {@code close} lets sends in progress finish first. If the process dies (or a close has to interrupt a send)
 * between the mark and the outcome, whether the platform got the message is unknown: most platforms offer no way
 * to ask, and sending it again could deliver it twice. So the next {@link dev.pincer.runtime.route.Router#start}
 * holds each such message as a dead letter with that reason, which {@code pincer status} shows and the owner can
 * retry. A send that returned is never repeated for parts the channel delivered (the SPI's rule for sends with the
 * same id, after {@code RetryLater}).
 */
package dev.pincer.runtime.route;

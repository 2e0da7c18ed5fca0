/**
 * Pincer's durable messaging store: {@link dev.pincer.runtime.store.Store} over one SQLite file.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Nothing inbound lost.</b> {@code accept} returns only after the message is committed with
 *       {@code synchronous=FULL}; the channel acknowledges to its platform only then. Deliveries are
 *       deduplicated by (integration, message id), across restarts.</li>
 *   <li><b>At-least-once into the agent.</b> An inbound message is offered until it is marked processed,
 *       so a crash mid-processing offers it again. Effects are made once by the outbox's idempotency key:
 *       the agent's replay enqueues the same ids, which are not queued twice. {@code atomically} lets the
 *       router commit "reply enqueued, history appended, message processed" together.</li>
 *   <li><b>Strict order per conversation.</b> The inbox offers a conversation's oldest unprocessed message;
 *       {@code due} offers a conversation's oldest pending message only, so a message waiting for a
 *       retry-after holds back the later ones.</li>
 *   <li><b>Bounded attempts, never a silent drop.</b> After {@code maxAttempts} (default 8) a message is
 *       dead-lettered: kept, listed for {@code pincer status}, retriable by the owner, and no longer
 *       blocking its conversation. A channel's own {@code Failed} dead-letters at once.</li>
 *   <li><b>Scheduled tasks at most once per occurrence.</b> {@code claimDue} advances a task in the same
 *       transaction that returns it; missed occurrences fire once on catch-up.</li>
 * </ul>
 *
 * <h2>Schema</h2>
 * Versioned steps in {@code Migrations}, recorded in {@code schema_migrations(version, applied_at)}:
 * v1 {@code inbox}, {@code outbox}, {@code history}; v2 {@code scheduled_tasks}. Times are INTEGER
 * microseconds since the epoch; content and sender are JSON text.
 */
package dev.pincer.runtime.store;

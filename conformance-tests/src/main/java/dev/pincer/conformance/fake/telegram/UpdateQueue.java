package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pending updates and the {@code getUpdates} long poll, as the Bot API server keeps them.
 *
 * <p>An update stays pending until a poll's {@code offset} passes its id. Updates of a type the bot did not ask
 * for ({@code allowed_updates}; by default {@code chat_member}, {@code message_reaction} and
 * {@code message_reaction_count}) are dropped on arrival. Only one poll may wait: a new {@code getUpdates}
 * terminates the waiting one with 409. Waits use real time. Thread-safe.
 */
final class UpdateQueue {
    static final int LONG_POLL_MAX_TIMEOUT = 50;
    static final long FIRST_UPDATE_ID = 100_000_001L;
    private static final Set<String> EXCLUDED_BY_DEFAULT =
            Set.of("chat_member", "message_reaction", "message_reaction_count");
    private static final long THROTTLE_TIMEOUT_WINDOW = TimeUnit.SECONDS.toNanos(3);
    private static final long THROTTLE_LIMIT_WINDOW = TimeUnit.MILLISECONDS.toNanos(500);

    private static final class Pending {
        private final long id;
        private final JsonObject json;
        private final boolean raw;
        private boolean delivered;

        private Pending(long id, JsonObject json, boolean raw) {
            this.id = id;
            this.json = json;
            this.raw = raw;
        }

        private String type() {
            return json.members().keySet().stream().filter(k -> !k.equals("update_id")).findFirst().orElse("");
        }
    }

    private static final class Poll {
        private boolean terminated;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Pending> pending = new ArrayList<>();
    private long nextUpdateId = FIRST_UPDATE_ID;
    private long confirmedOffset;
    private Poll waiting;
    private boolean closed;
    private Duration longPollHold = Duration.ofMillis(100);
    private boolean holdUntilClosed;
    private boolean hotLoopThrottle = true;
    private Optional<Set<String>> allowedUpdates = Optional.empty();
    private String webhookUrl = "";
    private Long previousOffset;
    private long previousStartNanos;

    /** Queues {@code body} as the next update and returns the {@code update_id} it got. */
    long enqueue(JsonObject body) {
        lock.lock();
        try {
            long id = nextUpdateId++;
            Map<String, Json> members = new LinkedHashMap<>();
            members.put("update_id", Json.of(id));
            members.putAll(body.members());
            insertIfAllowed(new Pending(id, Json.object(members), false));
            return id;
        } finally {
            lock.unlock();
        }
    }

    /** Queues a complete update exactly as given; it is delivered at least once even if its id is below the offset. */
    void enqueueRaw(JsonObject update) {
        long id;
        try {
            id = update.longValue("update_id");
        } catch (JsonException e) {
            throw new IllegalArgumentException("a raw update needs a whole-number update_id: " + e.getMessage(), e);
        }
        lock.lock();
        try {
            nextUpdateId = Math.max(nextUpdateId, id + 1);
            insertIfAllowed(new Pending(id, update, true));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers one {@code getUpdates}: confirms updates below {@code offset}, then returns up to {@code limit}
     * pending updates, waiting (real time) up to min({@code timeoutSeconds}, the hold) when there are none.
     *
     * @throws ApiError 409 when a webhook is set, or when a newer poll terminated this one while it waited
     */
    List<JsonObject> poll(long offset, int limit, int timeoutSeconds, Optional<List<String>> allowed) {
        lock.lock();
        try {
            if (!webhookUrl.isEmpty()) {
                throw ApiError.conflict(ApiError.CONFLICT_WEBHOOK);
            }
            if (waiting != null) {
                waiting.terminated = true;
                waiting = null;
                changed.signalAll();
            }
            allowed.ifPresent(types -> allowedUpdates = types.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(types)));
            boolean clientAskedToWait = timeoutSeconds > 0;
            long start = System.nanoTime();
            if (hotLoopThrottle && previousOffset != null && previousOffset == offset) {
                if (timeoutSeconds < 3 && start - previousStartNanos < THROTTLE_TIMEOUT_WINDOW) {
                    timeoutSeconds = 3;
                }
                if (start - previousStartNanos < THROTTLE_LIMIT_WINDOW) {
                    limit = 1;
                }
            }
            previousOffset = offset;
            previousStartNanos = start;
            confirm(offset);
            if (hasDeliverable() || timeoutSeconds == 0 || closed) {
                return take(limit);
            }
            return await(start, timeoutSeconds, limit, clientAskedToWait);
        } finally {
            lock.unlock();
        }
    }

    private List<JsonObject> await(long start, int timeoutSeconds, int limit, boolean clientAskedToWait) {
        Poll me = new Poll();
        waiting = me;
        long hold = Math.min(TimeUnit.SECONDS.toNanos(timeoutSeconds), longPollHold.toNanos());
        long deadline = start + hold;
        try {
            while (true) {
                if (me.terminated) {
                    throw ApiError.conflict(ApiError.CONFLICT_OTHER_POLL);
                }
                if (closed) {
                    return List.of();
                }
                if (hasDeliverable()) {
                    return take(limit);
                }
                if (holdUntilClosed && clientAskedToWait) {
                    changed.await();
                } else {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        return List.of();
                    }
                    changed.awaitNanos(remaining);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            if (waiting == me) {
                waiting = null;
            }
        }
    }

    private void confirm(long offset) {
        long highestDropped = Long.MIN_VALUE;
        if (offset > 0) {
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending update = it.next();
                if (update.id < offset && !(update.raw && !update.delivered)) {
                    highestDropped = Math.max(highestDropped, update.id);
                    it.remove();
                }
            }
            if (highestDropped != Long.MIN_VALUE) {
                confirmedOffset = Math.max(confirmedOffset, offset);
            }
        } else if (offset < 0) {
            int keep = offset == Long.MIN_VALUE ? pending.size() : (int) Math.min(pending.size(), -offset);
            List<Pending> dropped = new ArrayList<>(pending.subList(0, pending.size() - keep));
            pending.subList(0, pending.size() - keep).clear();
            for (Pending update : dropped) {
                confirmedOffset = Math.max(confirmedOffset, update.id + 1);
            }
        }
    }

    private boolean hasDeliverable() {
        return !pending.isEmpty();
    }

    private List<JsonObject> take(int limit) {
        List<JsonObject> result = new ArrayList<>();
        for (Pending update : pending) {
            if (result.size() == limit) {
                break;
            }
            update.delivered = true;
            result.add(update.json);
        }
        return result;
    }

    private boolean isAllowed(Pending update) {
        String type = update.type();
        return allowedUpdates.map(types -> types.contains(type)).orElse(!EXCLUDED_BY_DEFAULT.contains(type));
    }

    /** Stores the update unless the bot's allowed_updates exclude its type: the server drops those on arrival. */
    private void insertIfAllowed(Pending update) {
        if (!isAllowed(update)) {
            return;
        }
        int index = pending.size();
        while (index > 0 && pending.get(index - 1).id > update.id) {
            index--;
        }
        pending.add(index, update);
        changed.signalAll();
    }

    long confirmedOffset() {
        return locked(() -> confirmedOffset);
    }

    int pendingCount() {
        return locked(pending::size);
    }

    void setNextUpdateId(long id) {
        locked(() -> nextUpdateId = id);
    }

    void setLongPollHold(Duration hold) {
        locked(() -> longPollHold = hold);
    }

    void holdUntilClosed(boolean hold) {
        locked(() -> {
            holdUntilClosed = hold;
            changed.signalAll();
            return hold;
        });
    }

    void hotLoopThrottle(boolean on) {
        locked(() -> hotLoopThrottle = on);
    }

    String webhookUrl() {
        return locked(() -> webhookUrl);
    }

    /** Sets the webhook ({@code ""} removes it); a waiting poll is not disturbed. */
    void setWebhook(String url, boolean dropPending) {
        locked(() -> {
            webhookUrl = url;
            if (dropPending) {
                pending.clear();
            }
            return url;
        });
    }

    /** Ends every waiting poll with an empty answer; later polls answer at once. */
    void close() {
        locked(() -> {
            closed = true;
            changed.signalAll();
            return true;
        });
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}

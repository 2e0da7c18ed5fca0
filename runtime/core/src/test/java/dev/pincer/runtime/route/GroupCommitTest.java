package dev.pincer.runtime.route;

import static dev.pincer.runtime.route.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.Turn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dir;

    private final ConversationRef chat = new ConversationRef("telegram", "chat");

    @Test
    void aFailingWriteIsUndoneAloneAndOnlyItsCallerSeesTheException() throws Exception {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            GroupCommit commits = new GroupCommit(store);
            CountDownLatch go = new CountDownLatch(1);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = "turn " + i;
                writers.add(Thread.ofVirtual().start(() -> {
                    try {
                        go.await();
                        commits.run(() -> {
                            store.append(chat, Role.USER, text, T0);
                            if (text.equals("turn 7")) {
                                throw new IllegalStateException("writer 7 changed its mind");
                            }
                            return null;
                        });
                    } catch (IllegalStateException e) {
                        failures.add(e.getMessage());
                    } catch (InterruptedException e) {
                        failures.add("interrupted");
                    }
                }));
            }
            go.countDown();
            for (Thread writer : writers) {
                writer.join();
            }

            assertEquals(List.of("writer 7 changed its mind"), List.copyOf(failures));
            List<String> kept = store.recent(chat, 100).stream().map(Turn::text).sorted().toList();
            assertEquals(19, kept.size(), kept.toString());
            assertEquals(false, kept.contains("turn 7"));
        }
    }

    @Test
    void aWriteIsCommittedWhenRunReturns() {
        Path file = dir.resolve("pincer.db");
        try (Store store = Store.open(file); Store otherConnection = Store.open(file)) {
            String answer = new GroupCommit(store).run(() -> {
                store.append(chat, Role.USER, "hello", T0);
                return "done";
            });

            assertEquals("done", answer);
            assertEquals(List.of(new Turn(Role.USER, "hello", T0)), otherConnection.recent(chat, 10));
        }
    }

    @Test
    void aWriteOnAClosedStoreFailsItsCaller() {
        Store store = Store.open(dir.resolve("pincer.db"));
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new GroupCommit(store).run(() -> null));
        assertEquals(true, e.getMessage().contains("is closed"), e.getMessage());
    }
}

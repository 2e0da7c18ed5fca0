package dev.pincer.runtime.store;

import static dev.pincer.runtime.store.Messages.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    private static final ConversationRef CHAT = new ConversationRef("telegram", "42");

    @TempDir
    Path dir;

    @Test
    void recentReturnsTheLastTurnsOldestFirst() {
        Path file = dir.resolve("pincer.db");
        try (Store store = Store.open(file)) {
            store.append(CHAT, Role.USER, "what's the weather?", at(0));
            store.append(CHAT, Role.TOOL, "{\"temp\": 12}", at(1));
            store.append(CHAT, Role.ASSISTANT, "12 degrees", at(2));
            store.append(new ConversationRef("telegram", "other"), Role.USER, "not this one", at(3));
            store.append(new ConversationRef("slack", "42"), Role.USER, "nor this one", at(3));
        }
        try (Store store = Store.open(file)) {
            assertEquals(List.of(
                    new Turn(Role.TOOL, "{\"temp\": 12}", at(1)),
                    new Turn(Role.ASSISTANT, "12 degrees", at(2))), store.recent(CHAT, 2));
            assertEquals(3, store.recent(CHAT, 100).size());
            assertEquals(List.of(), store.recent(new ConversationRef("telegram", "new"), 10));
        }
    }

    @Test
    void refusesALimitBelowOne() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.recent(CHAT, 0));
            assertEquals("limit must be at least 1, was 0", e.getMessage());
        }
    }
}

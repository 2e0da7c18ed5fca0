package dev.pincer.runtime.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.ModelMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedContextTest {
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static Turn user(String text) {
        return new Turn(Role.USER, text, T);
    }

    private static Turn assistant(String text) {
        return new Turn(Role.ASSISTANT, text, T);
    }

    @Test
    void keepsTheNewestTurnsThatFitAndStartsWithAPerson() {
        List<Turn> history = List.of(user("aaaaaaaaaa"), assistant("bbbbbbbbbb"), user("cccccccccc"), assistant("dddddddddd"));
        // budget 25 - "now"(3) = 22: d (10) and c (10) fit, b does not.
        assertEquals(List.of(new ModelMessage.User("cccccccccc"), new ModelMessage.Assistant("dddddddddd", List.of()),
                new ModelMessage.User("now")), BoundedContext.of(history, "now", 25));
        // budget 15 - 3 = 12: only d fits, and an assistant turn cannot come first.
        assertEquals(List.of(new ModelMessage.User("now")), BoundedContext.of(history, "now", 15));
    }

    @Test
    void theCurrentMessageIsCutToTheBudgetWhenItAloneIsLonger() {
        assertEquals(List.of(new ModelMessage.User("12345")), BoundedContext.of(List.of(), "1234567890", 5));
    }

    @Test
    void consecutiveTurnsOfOneSideAreJoined() {
        List<Turn> history = List.of(user("one"), new Turn(Role.TOOL, "not sent: denied", T), user("two"));
        assertEquals(List.of(new ModelMessage.User("one"), new ModelMessage.Assistant("not sent: denied", List.of()),
                new ModelMessage.User("two\n\nnow")), BoundedContext.of(history, "now", 1000));
    }
}

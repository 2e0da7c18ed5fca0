package dev.pincer.runtime.agent;

import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.ModelMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The conversation a model is shown, bounded by characters.
 *
 * <p>The rule: the current message always goes (cut to the budget, keeping its start, when it alone is longer);
 * then earlier turns, newest first, while the total stays within the budget; the first turn kept is a person's
 * (an assistant turn with no question before it is dropped); consecutive turns of the same side are joined with a
 * blank line, and turns the runtime recorded about refused sends are shown as the assistant's. Older turns are
 * left out, not summarised.
 */
final class BoundedContext {
    private BoundedContext() {}

    static List<ModelMessage> of(List<Turn> history, String current, int maxChars) {
        String now = current.length() > maxChars ? current.substring(0, maxChars) : current;
        int budget = maxChars - now.length();
        Deque<Turn> kept = new ArrayDeque<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn turn = history.get(i);
            if (turn.text().isBlank()) {
                continue;
            }
            if (turn.text().length() > budget) {
                break;
            }
            budget -= turn.text().length();
            kept.addFirst(turn);
        }
        while (!kept.isEmpty() && kept.peekFirst().role() != Role.USER) {
            kept.removeFirst();
        }
        Deque<ModelMessage> messages = new ArrayDeque<>();
        for (Turn turn : kept) {
            add(messages, turn.role() == Role.USER, turn.text());
        }
        add(messages, true, now.isBlank() ? "(empty message)" : now);
        return List.copyOf(messages);
    }

    private static void add(Deque<ModelMessage> messages, boolean user, String text) {
        ModelMessage last = messages.peekLast();
        if (user && last instanceof ModelMessage.User previous) {
            messages.removeLast();
            messages.addLast(new ModelMessage.User(previous.text() + "\n\n" + text));
        } else if (!user && last instanceof ModelMessage.Assistant previous) {
            messages.removeLast();
            messages.addLast(new ModelMessage.Assistant(previous.text() + "\n\n" + text, List.of()));
        } else {
            messages.addLast(user ? new ModelMessage.User(text) : new ModelMessage.Assistant(text, List.of()));
        }
    }
}

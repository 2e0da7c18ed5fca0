package dev.pincer.conformance.fake.anthropic;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/** The answers to the next valid requests: queued ones first, in order, then a standing one. Thread-safe. */
final class AnswerPlan {
    static final Answer DEFAULT = Answer.text("Hello! How can I help you today?");

    private final Deque<Answer> queued = new ArrayDeque<>();
    private Answer standing = DEFAULT;

    synchronized void next(List<Answer> answers) {
        answers.forEach(a -> queued.addLast(Objects.requireNonNull(a, "answer")));
    }

    synchronized void always(Answer answer) {
        standing = Objects.requireNonNull(answer, "answer");
    }

    synchronized void clear() {
        queued.clear();
        standing = DEFAULT;
    }

    synchronized Answer take() {
        return queued.isEmpty() ? standing : queued.removeFirst();
    }
}

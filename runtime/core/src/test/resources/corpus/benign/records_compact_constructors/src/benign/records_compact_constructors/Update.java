package benign.records_compact_constructors;

import java.util.Objects;

public record Update(long id, String chat, String text) implements Comparable<Update> {
    public Update {
        Objects.requireNonNull(chat, "chat");
        if (id < 0) {
            throw new IllegalArgumentException("id must not be negative, was " + id);
        }
        text = text == null ? "" : text.strip();
    }

    public Update withText(String newText) {
        return new Update(id, chat, newText);
    }

    @Override
    public int compareTo(Update other) {
        return Long.compare(id, other.id);
    }
}

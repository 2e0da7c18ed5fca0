package benign.records_compact_constructors;

import java.util.List;

public record Batch(List<Update> updates, long nextOffset) {
    public Batch {
        updates = List.copyOf(updates);
    }

    public static Batch empty(long offset) {
        return new Batch(List.of(), offset);
    }
}

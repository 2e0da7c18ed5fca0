package benign.optional_and_collections;

import dev.pincer.spi.State;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

public final class Offsets {
    private final State state;

    public Offsets(State state) {
        this.state = state;
    }

    public long next() {
        return state.get("offset").map(Long::parseLong).orElse(0L);
    }

    public void acknowledge(long updateId) {
        Optional.of(updateId + 1).filter(offset -> offset > next()).ifPresent(offset -> state.put("offset", Long.toString(offset)));
    }

    public static Map<String, List<Long>> byChat(List<Map.Entry<String, Long>> entries) {
        Map<String, List<Long>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : entries) {
            result.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue());
        }
        Deque<String> order = new ArrayDeque<>(result.keySet());
        Set<String> unique = new TreeSet<>(Collections.unmodifiableCollection(order));
        return unique.isEmpty() ? Map.of() : Collections.unmodifiableMap(result);
    }
}

package benign.varargs_and_generics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class Lists {
    private Lists() {}

    @SafeVarargs
    public static <T> List<T> of(T... items) {
        return List.of(items);
    }

    public static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        Iterator<? extends T> iterator = items.iterator();
        T best = iterator.next();
        while (iterator.hasNext()) {
            T next = iterator.next();
            if (next.compareTo(best) > 0) {
                best = next;
            }
        }
        return best;
    }

    public static <K, V> Map<V, K> invert(Map<K, V> map) {
        Map<V, K> inverted = new HashMap<>();
        map.forEach((key, value) -> inverted.put(value, key));
        return inverted;
    }

    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

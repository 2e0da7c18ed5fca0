package benign.inner_and_anonymous_classes;

import java.util.Comparator;
import java.util.Iterator;

public final class Outer {
    private int count;

    public final class Counter {
        public int next() {
            return ++count;
        }
    }

    public static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }
    }

    public Iterator<Integer> countdown(int from) {
        return new Iterator<>() {
            private int current = from;

            @Override
            public boolean hasNext() {
                return current > 0;
            }

            @Override
            public Integer next() {
                return current--;
            }
        };
    }

    public Comparator<Pair<String, Integer>> bySecond() {
        class BySecond implements Comparator<Pair<String, Integer>> {
            @Override
            public int compare(Pair<String, Integer> a, Pair<String, Integer> b) {
                return Integer.compare(a.second, b.second);
            }
        }
        return new BySecond();
    }
}

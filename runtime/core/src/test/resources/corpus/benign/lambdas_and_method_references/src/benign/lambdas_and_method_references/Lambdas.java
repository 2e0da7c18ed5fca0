package benign.lambdas_and_method_references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

public final class Lambdas {
    private final List<String> seen = new ArrayList<>();

    public List<Integer> lengths(List<String> words) {
        Function<String, Integer> length = String::length;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> fresh = ArrayList::new;
        Consumer<String> remember = seen::add;
        words.forEach(remember);
        List<String> copy = fresh.get();
        copy.addAll(words);
        copy.removeIf(word -> word.isBlank());
        return copy.stream().map(length).map(n -> add.apply(n, 0)).toList();
    }

    public Runnable counter(int[] box) {
        return () -> box[0]++;
    }

    public Comparator<String> order() {
        return Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder());
    }
}

package benign.streams_and_collectors;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public final class Stats {
    private Stats() {}

    public static Map<Boolean, List<Integer>> partition(List<Integer> values) {
        return values.stream().collect(Collectors.partitioningBy(v -> v % 2 == 0));
    }

    public static Map<String, Long> countByFirstLetter(List<String> words) {
        return words.stream()
                .filter(word -> !word.isEmpty())
                .collect(Collectors.groupingBy(word -> word.substring(0, 1), TreeMap::new, Collectors.counting()));
    }

    public static String joined(List<String> words) {
        return words.stream().sorted().distinct().collect(Collectors.joining(", ", "[", "]"));
    }

    public static int sumOfSquares(int n) {
        return IntStream.rangeClosed(1, n).map(i -> i * i).sum();
    }

    public static OptionalDouble average(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average();
    }
}

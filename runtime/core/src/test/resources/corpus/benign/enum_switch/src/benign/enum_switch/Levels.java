package benign.enum_switch;

import java.util.EnumMap;
import java.util.List;

public final class Levels {
    private Levels() {}

    public static int weight(Level level) {
        switch (level) {
            case DEBUG:
                return 0;
            case INFO:
                return 1;
            default:
                return 2;
        }
    }

    public static String label(Level level) {
        return switch (level) {
            case DEBUG -> "debug";
            case INFO -> "info";
            case WARN -> "warn";
        };
    }

    public static EnumMap<Level, Integer> counts(List<Level> levels) {
        EnumMap<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : levels) {
            counts.merge(level, 1, Integer::sum);
        }
        return counts;
    }

    /** A block that yields a qualified enum constant: JavaParser's RAW level once failed to parse it. */
    public static Level parse(String text) {
        return switch (text) {
            case "debug" -> {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                yield lower.isEmpty() ? Level.INFO : benign.enum_switch.Level.DEBUG;
            }
            case "warn" -> {
                yield Level.WARN;
            }
            default -> Level.INFO;
        };
    }
}

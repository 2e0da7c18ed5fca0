package benign.sealed_pattern_switch;

public sealed interface Reply permits Reply.Ok, Reply.Error, Reply.Limited, Reply.Kind {
    record Ok(String body) implements Reply {}
    record Error(int code, String description) implements Reply {}
    record Limited(long retryAfterSeconds) implements Reply {}
    enum Kind implements Reply { EMPTY, UNKNOWN }

    static String describe(Reply reply) {
        return switch (reply) {
            case Ok(String body) when body.isEmpty() -> "empty";
            case Ok ok -> "ok " + ok.body();
            case Error(int code, String text) when code >= 500 -> "retry " + text;
            case Error error -> "fail " + error.description();
            case Limited(long seconds) -> "wait " + seconds;
            case Kind.EMPTY -> "nothing";
            case Kind kind -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String classify(Object value) {
        return switch (value) {
            case Integer i when i > 0 -> "positive";
            case Integer i -> "integer";
            case String s -> "text " + s.length();
            case null -> "null";
            default -> "other";
        };
    }
}

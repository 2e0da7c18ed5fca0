package benign.string_concat_and_text_blocks;

import java.util.List;

public final class Texts {
    private static final String TEMPLATE = """
            {
              "chat_id": "%s",
              "text": "%s"
            }
            """;

    private Texts() {}

    public static String body(String chat, String text) {
        return TEMPLATE.formatted(chat, text.replace("\"", "\\\""));
    }

    public static String line(String name, int count, double ratio, char mark, Object other) {
        return name + ": " + count + " (" + ratio + ") " + mark + " " + other + System.lineSeparator();
    }

    public static String repeat(String unit, int times) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < times; i++) {
            builder.append(unit).append(i);
        }
        return builder.toString().repeat(1) + String.join("-", List.of("a", "b"));
    }
}

package dev.pincer.conformance.fake.telegram;

import java.util.Locale;
import java.util.Optional;

/** Applies {@code parse_mode} to a message text, with the Bot API's error descriptions. */
final class TextFormatter {

    private TextFormatter() {}

    /**
     * The text users would see.
     *
     * @param parseMode the {@code parse_mode} parameter; case-insensitive; empty means plain text
     * @throws ApiError 400 {@code Bad Request: can't parse entities: …} or {@code Bad Request: unsupported parse_mode}
     */
    static FormattedText format(String text, Optional<String> parseMode) {
        if (parseMode.isEmpty()) {
            return FormattedText.plain(text);
        }
        try {
            return switch (parseMode.get().toLowerCase(Locale.ROOT)) {
                case "markdownv2" -> MarkdownV2Parser.parse(text);
                case "markdown" -> MarkdownParser.parse(text);
                case "html" -> HtmlParser.parse(text);
                default -> throw ApiError.badRequest("unsupported parse_mode");
            };
        } catch (EntityParseException e) {
            throw ApiError.badRequest("can't parse entities: " + e.getMessage());
        }
    }
}

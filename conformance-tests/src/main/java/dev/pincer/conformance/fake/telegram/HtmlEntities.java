package dev.pincer.conformance.fake.telegram;

/**
 * HTML character references as TDLib decodes them: {@code &lt; &gt; &amp; &quot;} and numeric ones
 * ({@code &#65;}, {@code &#x1F600;}); the closing {@code ;} is optional and any other name stays literal text.
 */
final class HtmlEntities {

    /** A decoded reference: its code point and the byte offset just after it. */
    record Decoded(int codePoint, int next) {}

    private HtmlEntities() {}

    /** Decodes the reference starting with the {@code &} at {@code position}; code point 0 when there is none. */
    static Decoded decode(Utf8Text text, int position) {
        int end = position + 1;
        long code = 0;
        if (text.at(position + 1) == '#') {
            end++;
            if (text.at(position + 2) == 'x') {
                end++;
                while (text.at(end) < 128 && Character.digit(text.at(end), 16) >= 0) {
                    code = Math.min(code * 16 + Character.digit(text.at(end++), 16), Integer.MAX_VALUE);
                }
            } else {
                while (Utf8Text.isAsciiDigit(text.at(end))) {
                    code = Math.min(code * 10 + text.at(end++) - '0', Integer.MAX_VALUE);
                }
            }
            if (code == 0 || code >= 0x10ffff || end - position >= 10) {
                return new Decoded(0, position);
            }
        } else {
            while (Utf8Text.isAsciiAlpha(text.at(end))) {
                end++;
            }
            code = switch (text.slice(position + 1, end)) {
                case "lt" -> '<';
                case "gt" -> '>';
                case "amp" -> '&';
                case "quot" -> '"';
                default -> 0;
            };
            if (code == 0) {
                return new Decoded(0, position);
            }
        }
        return new Decoded((int) code, text.at(end) == ';' ? end + 1 : end);
    }
}

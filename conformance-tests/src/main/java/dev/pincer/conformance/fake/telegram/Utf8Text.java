package dev.pincer.conformance.fake.telegram;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes read the way TDLib's C++ parsers read them: byte offsets in errors, a NUL past the end,
 * and UTF-16 lengths counted from lead bytes.
 */
final class Utf8Text {
    private final byte[] bytes;

    Utf8Text(String text) {
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    int size() {
        return bytes.length;
    }

    /** The unsigned byte at {@code index}, or 0 past the end (C strings end with NUL). */
    int at(int index) {
        return index >= 0 && index < bytes.length ? bytes[index] & 0xff : 0;
    }

    String slice(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** How many UTF-16 units the character starting with this byte adds: 0 for continuation bytes. */
    static int utf16Units(int leadByte) {
        if ((leadByte & 0xc0) == 0x80) {
            return 0;
        }
        return leadByte >= 0xf0 ? 2 : 1;
    }

    /** TDLib's {@code is_space}: blank, tab, CR, LF, vertical tab, form feed, and NUL. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0b || c == 0x0c;
    }

    static boolean isAsciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The output of a parser: bytes written so far, with their UTF-16 length. */
    static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int utf16Length;

        void writeByte(int b) {
            bytes.write(b);
            utf16Length += utf16Units(b);
        }

        void writeCodePoint(int codePoint) {
            byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            bytes.write(encoded, 0, encoded.length);
            utf16Length += Character.charCount(codePoint);
        }

        int utf16Length() {
            return utf16Length;
        }

        int byteSize() {
            return bytes.size();
        }

        int lastByte() {
            byte[] all = bytes.toByteArray();
            return all.length == 0 ? 0 : all[all.length - 1] & 0xff;
        }

        String sliceFrom(int byteOffset) {
            byte[] all = bytes.toByteArray();
            return new String(all, byteOffset, all.length - byteOffset, StandardCharsets.UTF_8);
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

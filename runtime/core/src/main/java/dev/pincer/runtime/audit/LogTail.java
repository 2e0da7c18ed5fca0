package dev.pincer.runtime.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The last complete line of a log file, read backwards from its end, so opening a long log stays cheap. */
final class LogTail {
    private static final int CHUNK = 64 * 1024;

    private LogTail() {}

    /** The byte offset just after the last newline, or 0: where a torn final line begins. */
    static long completeLength(FileChannel channel) throws IOException {
        long position = channel.size();
        while (position > 0) {
            int length = (int) Math.min(CHUNK, position);
            ByteBuffer buffer = read(channel, position - length, length);
            for (int i = length - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return position - length + i + 1;
                }
            }
            position -= length;
        }
        return 0;
    }

    /** The last complete line (without its newline) of the first {@code end} bytes, which end in a newline. */
    static Optional<String> lastLine(FileChannel channel, long end) throws IOException {
        if (end == 0) {
            return Optional.empty();
        }
        long start = end - 1;
        while (start > 0) {
            int length = (int) Math.min(CHUNK, start);
            ByteBuffer buffer = read(channel, start - length, length);
            int found = -1;
            for (int i = length - 1; i >= 0 && found < 0; i--) {
                if (buffer.get(i) == '\n') {
                    found = i;
                }
            }
            if (found >= 0) {
                start = start - length + found + 1;
                break;
            }
            start -= length;
        }
        long lineLength = end - 1 - start;
        if (lineLength > Integer.MAX_VALUE - 8) {
            throw new IOException("the last line is " + lineLength + " bytes long, longer than any entry the log writes");
        }
        ByteBuffer line = read(channel, start, (int) lineLength);
        return Optional.of(new String(line.array(), 0, (int) lineLength, StandardCharsets.UTF_8));
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended at " + (position + buffer.position()) + " while reading");
            }
        }
        return buffer;
    }
}

package benign.try_with_resources_and_exceptions;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

public final class Reading {
    public static final class ProtocolException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ProtocolException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Reading() {}

    public static List<String> lines(byte[] body) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new ProtocolException("expected a number, was '" + number + "'", e);
        } finally {
            assert number != null;
        }
    }

    public static String stackOf(Throwable failure) {
        StringWriter text = new StringWriter();
        for (StackTraceElement element : failure.getStackTrace()) {
            text.write(element.toString());
        }
        return text.toString();
    }
}

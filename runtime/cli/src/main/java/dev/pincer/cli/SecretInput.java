package dev.pincer.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Where {@code pincer secret set} reads a secret's value from: the terminal without echo, else standard input. */
@FunctionalInterface
interface SecretInput {

    /** More than any token or key Pincer stores; standard input beyond this is refused rather than read on. */
    int MAX_BYTES = 64 * 1024;

    /** Reads the value of secret {@code name}; empty when nothing was given. Never echoes it. */
    String read(String name);

    /** The terminal if there is one (typed input hidden), else standard input up to its end. */
    static SecretInput system() {
        return name -> {
            Console console = System.console();
            if (console == null || !isTerminal(console)) {
                return piped(System.in).read(name);
            }
            char[] typed = console.readPassword("Value for %s (input hidden): ", name);
            if (typed == null) {
                return "";
            }
            try {
                return new String(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        };
    }

    /**
     * {@code in} up to its end, as UTF-8, with one trailing line break removed, so that both
     * {@code printf %s "$TOKEN" | pincer secret set NAME} and {@code echo "$TOKEN" | ...} store the token.
     */
    static SecretInput piped(InputStream in) {
        return name -> {
            byte[] bytes;
            try {
                bytes = in.readNBytes(MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the value of " + name + " from standard input: " + e, e);
            }
            if (bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("standard input holds more than " + MAX_BYTES / 1024
                        + " KiB; give the value of " + name + " alone, on one line");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the value of " + name + " on standard input is not UTF-8 text", e);
            }
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        };
    }

    /**
     * Whether the console is an interactive terminal. Java 22 and later may return a console for redirected
     * streams and say so with {@code Console.isTerminal()}, which Java 21 (our release) lacks; on Java 21 a
     * console exists only for a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) MethodHandles.publicLookup()
                    .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class))
                    .invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot tell whether the console is a terminal: " + e, e);
        }
    }
}

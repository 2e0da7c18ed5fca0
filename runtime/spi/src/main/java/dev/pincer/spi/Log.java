package dev.pincer.spi;

/**
 * The integration's log. The runtime redacts every secret before a line is stored or shown.
 *
 * <p>Log what an owner needs to understand a problem; never log secrets, their placeholders, or
 * URLs that contain them. Thread-safe.
 */
public interface Log {

    void info(String message);

    void warn(String message);

    void error(String message);
}

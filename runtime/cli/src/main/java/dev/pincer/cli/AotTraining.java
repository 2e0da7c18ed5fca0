package dev.pincer.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the {@code pincer} launcher that a run recording an AOT cache got ready: the launcher adopts a recorded cache
 * only then, so that a run that failed at its start (or only printed help) does not leave a cache of a few classes.
 */
final class AotTraining {
    private static final String OUTPUT = "-XX:AOTCacheOutput=";

    private AotTraining() {}

    /** Creates {@code <cache>.ready} beside the cache this JVM records on exit, if it records one. */
    static void markReady() {
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith(OUTPUT)) {
                try {
                    Files.write(Path.of(argument.substring(OUTPUT.length()) + ".ready"), new byte[0]);
                } catch (IOException | RuntimeException e) {
                    // without the mark the launcher records again next time; nothing else depends on it
                }
            }
        }
    }
}

package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Path LAUNCHER = Path.of("../../pincer").toAbsolutePath().normalize();

    @Test
    void theLauncherRunsPincerRunWithTheOptionsTheCrashTestAndTheBenchmarkUse() throws IOException {
        String line = Files.readAllLines(LAUNCHER).stream().filter(l -> l.startsWith("RUN_OPTIONS=(")).findFirst()
                .orElseThrow(() -> new AssertionError(LAUNCHER + " has no RUN_OPTIONS=(…) line"));
        List<String> options = List.of(line.substring("RUN_OPTIONS=(".length(), line.lastIndexOf(')')).split(" "));
        assertEquals(RunProcess.RUN_OPTIONS, options, "RUN_OPTIONS in " + LAUNCHER + " and RunProcess.RUN_OPTIONS differ");
    }
}

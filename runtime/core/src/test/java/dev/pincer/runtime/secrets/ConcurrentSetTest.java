package dev.pincer.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers setting secrets at the same time: every update is kept, whether threads or processes. */
class ConcurrentSetTest {

    private static final int EACH = 25;

    @TempDir
    Path data;

    @Test
    void twoStoresInTwoThreadsLoseNoUpdate() throws Exception {
        SecretStore first = SecretStore.open(data);
        SecretStore second = SecretStore.open(data);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> a = threads.submit(() -> setMany(first, "A", start));
            Future<?> b = threads.submit(() -> setMany(second, "B", start));
            start.countDown();
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        }
        assertEquals(expectedNames("A", "B"), List.copyOf(SecretStore.open(data).names().keySet()));
    }

    @Test
    void twoProcessesLoseNoUpdate() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("A", "B")) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SetManySecrets.class.getName(),
                    data.toString(), prefix, Integer.toString(EACH))
                    .redirectErrorStream(true)
                    .start());
        }
        for (Process process : processes) {
            assertEquals(0, waitFor(process), () -> output(process));
        }
        assertEquals(expectedNames("A", "B"), List.copyOf(SecretStore.open(data).names().keySet()));
    }

    private static Void setMany(SecretStore store, String prefix, CountDownLatch start) throws InterruptedException {
        start.await();
        SetManySecrets.setMany(store, prefix, EACH);
        return null;
    }

    private static List<String> expectedNames(String... prefixes) {
        return List.of(prefixes).stream()
                .flatMap(prefix -> IntStream.range(0, EACH).mapToObj(i -> SetManySecrets.name(prefix, i)))
                .sorted()
                .toList();
    }

    private static int waitFor(Process process) throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}

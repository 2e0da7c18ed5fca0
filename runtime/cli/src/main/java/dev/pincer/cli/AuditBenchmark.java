package dev.pincer.cli;

import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.audit.AuditVerifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times durable audit appends (each forced to the disk) and, on the same disk, the very same lines appended with a
 * plain {@code FileChannel}, once forced each (the floor a durable append cannot beat) and once never forced.
 */
final class AuditBenchmark {
    private static final int ENTRIES = 2000;
    private static final int ROUNDS = 3;

    private final Path parent;

    /** @param parent where the scratch directory is made; its disk is the one measured */
    AuditBenchmark(Path parent) {
        this.parent = parent.toAbsolutePath().normalize();
    }

    String run() throws IOException {
        Path dir = Files.createTempDirectory(parent, "pincer-bench-audit-");
        try {
            // the disk is shared and its speed drifts: alternate the three, and compare medians
            List<Double> durable = new ArrayList<>();
            List<Double> forced = new ArrayList<>();
            List<Double> unforced = new ArrayList<>();
            long bytes = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Path data = dir.resolve("data-" + round);
                durable.add(durable(data));
                byte[][] lines = lines(data.resolve(AuditLog.FILE_NAME));
                bytes = Files.size(data.resolve(AuditLog.FILE_NAME));
                forced.add(plain(dir.resolve("forced-" + round + ".jsonl"), lines, true));
                unforced.add(plain(dir.resolve("unforced-" + round + ".jsonl"), lines, false));
            }
            double audit = median(durable);
            double floor = median(forced);
            return String.format(Locale.ROOT, """
                    pincer bench audit (%d entries of %d bytes on average, one thread; scratch in %s; medians of %d alternating rounds)
                      durable   AuditLog.append: hash chain, redaction, write + fsync each         %9.0f appends/s
                      floor     the same lines, plain FileChannel write + force(true) each         %9.0f appends/s
                      unforced  the same lines, plain FileChannel write, never forced             %9.0f appends/s
                      ratio     durable / floor                                                    %9.1f %%""",
                    ENTRIES, bytes / ENTRIES, dir, ROUNDS, audit, floor, median(unforced), 100 * audit / floor);
        } finally {
            ScratchFiles.deleteTree(dir);
        }
    }

    /** Appends per second of ENTRIES durable appends to a fresh log, which is then verified. */
    private static double durable(Path data) {
        long began;
        long ended;
        try (AuditLog log = AuditLog.open(data, text -> text.replace("sk-bench-secret", "[REDACTED]"))) {
            began = System.nanoTime();
            for (int i = 0; i < ENTRIES; i++) {
                log.append("tool.call", Map.of("integration", "calendar", "action", "create_event",
                        "arguments", "{\"title\":\"bench " + i + "\",\"key\":\"sk-bench-secret\"}"));
            }
            ended = System.nanoTime();
        }
        if (!AuditVerifier.verify(data.resolve(AuditLog.FILE_NAME)).intact()) {
            throw new IllegalStateException("the benchmark's own audit log does not verify: " + data);
        }
        return ENTRIES / ((ended - began) / 1e9);
    }

    private static double plain(Path file, byte[][] lines, boolean force) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            long began = System.nanoTime();
            for (byte[] line : lines) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (force) {
                    channel.force(true);
                }
            }
            return lines.length / ((System.nanoTime() - began) / 1e9);
        }
    }

    private static byte[][] lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> (line + "\n").getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

}

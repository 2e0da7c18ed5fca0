package dev.pincer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code pincer run} as a child process of this JVM: same Java, same class path, its output copied to a log file
 * as it comes, and the moment its {@code pincer: ready} line arrived. For the crash test and {@code bench run}.
 */
final class RunProcess implements AutoCloseable {
    static final String READY = "pincer: ready";
    /** The JVM options the {@code pincer} launcher gives {@code pincer run} (its RUN_OPTIONS), besides the AOT cache. */
    static final List<String> RUN_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xmx256m",
            "-Xmn8m");

    /**
     * The launcher's AOT cache options on this JDK: on JDK 25 or newer, use {@code cache} if it exists, else record it
     * when the process stops, with C1 only (a cache without C2 profiles starts faster and smaller); nothing on older JDKs.
     */
    static List<String> aotOptions(Path cache) {
        if (Runtime.version().feature() < 25) {
            return List.of();
        }
        return Files.isRegularFile(cache) ? List.of("-Xlog:aot=off", "-XX:AOTCache=" + cache)
                : List.of("-Xlog:aot=off", "-XX:TieredStopAtLevel=1", "-XX:AOTCacheOutput=" + cache);
    }

    private final Process process;
    private final long startedNanos;
    private final Path log;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread copier;
    private volatile long readyNanos;
    private volatile String readyLine;

    private RunProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
        this.copier = Thread.ofPlatform().name("pincer-run-output-" + process.pid()).daemon().start(this::copyOutput);
    }

    /**
     * Starts {@code java <jvmOptions> -cp <this class path> dev.pincer.cli.Main run --config CONFIG --data DATA}.
     *
     * @param log where its standard output and error go, appended
     */
    static RunProcess start(List<String> jvmOptions, Path config, Path data, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--config", config.toString(), "--data", data.toString()));
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new RunProcess(process, started, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    private void copyOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (readyLine == null && line.startsWith(READY)) {
                    readyNanos = System.nanoTime();
                    readyLine = line;
                    ready.countDown();
                }
                out.write(line);
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            // the process was killed while its output was read; what was read is in the log
        } finally {
            ready.countDown();
        }
    }

    /**
     * Waits for the ready line and returns the time from starting the process to reading that line.
     *
     * @throws IllegalStateException if the process ended first, or did not get ready within {@code patience}
     */
    Duration awaitReady(Duration patience) throws InterruptedException {
        if (!ready.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("pincer run (pid " + process.pid() + ") was not ready after " + patience
                    + "; its output is in " + log + ":\n" + tail());
        }
        if (readyLine == null) {
            copier.join(1000);
            throw new IllegalStateException("pincer run (pid " + process.pid() + ") ended before it was ready"
                    + exitCode().map(code -> ", exit code " + code).orElse("") + "; its output is in " + log + ":\n" + tail());
        }
        return Duration.ofNanos(readyNanos - startedNanos);
    }

    /** The ready line the process printed, with its own start-up time, once it was ready. */
    Optional<String> readyLine() {
        return Optional.ofNullable(readyLine);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Its resident set size now, in kB ({@code VmRSS} of {@code /proc/<pid>/status}). */
    long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/" + process.pid() + "/status");
    }

    /**
     * The processor time it has used so far, user and system, in seconds ({@code /proc/<pid>/stat}, at the usual
     * 100 clock ticks a second).
     */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime and stime, fields 14 and 15
    }

    /** Kills it at once ({@code SIGKILL}: no shutdown hook runs) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        copier.join(5000);
    }

    /**
     * Asks it to stop ({@code SIGTERM}, as Ctrl-C would) and waits for it.
     *
     * @return its exit code
     * @throws IllegalStateException if it has not ended within {@code patience}; it is then killed
     */
    int stop(Duration patience) throws InterruptedException {
        // Through the handle: Process.destroy() would also close the pipe, and whatever the process writes while it
        // stops (its last lines; on JDK 25 recording an AOT cache) would then hit a closed pipe.
        process.toHandle().destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException("pincer run (pid " + process.pid() + ") did not stop within " + patience
                    + " of SIGTERM; killed. Its output is in " + log + ":\n" + tail());
        }
        copier.join(5000);
        return process.exitValue();
    }

    /** The last lines of its output, for messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Kills it if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}

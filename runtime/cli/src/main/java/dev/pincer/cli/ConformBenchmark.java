package dev.pincer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Times {@code pincer conform} and a plain {@code javac} of the same sources, each in a fresh process. */
final class ConformBenchmark {
    private final Path dir;
    private final Path specs;
    private final int runs;

    ConformBenchmark(Path dir, Path specs, int runs) {
        this.dir = dir.toAbsolutePath().normalize();
        this.specs = specs;
        this.runs = runs;
    }

    /** The medians and minimums of both commands. */
    record Result(Path dir, int runs, List<Duration> javac, List<Duration> conform) {
        String render() {
            double floor = median(javac);
            double judged = median(conform);
            return String.format(Locale.ROOT, """
                    pincer bench conform %s (%d timed runs each, after one warm-up; fresh process per run)
                      floor   javac --release 21 of the same sources   median %.3f s   min %.3f s
                      pincer  ./pincer conform (compile, vet, all checks) median %.3f s   min %.3f s
                      ratio   conform / javac                           %.2fx (target <= 3x)""",
                    dir, runs, floor, min(javac), judged, min(conform), judged / floor);
        }

        private static double median(List<Duration> times) {
            List<Duration> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2).toNanos() / 1e9;
        }

        private static double min(List<Duration> times) {
            return Collections.min(times).toNanos() / 1e9;
        }
    }

    Result run(PrintWriter progress) throws IOException, InterruptedException {
        Path jar = ownJar();
        Path work = Files.createTempDirectory("pincer-bench-");
        Path spi = extractSpi(jar, work.resolve("spi"));
        List<String> sources = sources();
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> javac = new ArrayList<>(List.of(javaHome.resolve("bin/javac").toString(), "--release", "21", "-proc:none",
                "-cp", spi.toString(), "-d", work.resolve("classes").toString()));
        javac.addAll(sources);
        // What users run: the launcher, with its JDK lookup, freshness check and JVM options.
        List<String> conform = List.of(specs.getParent().resolve("pincer").toString(), "conform", "--format", "json", dir.toString());
        progress.println("warming up…");
        progress.flush();
        time(javac, true);
        time(conform, false);
        List<Duration> javacTimes = new ArrayList<>();
        List<Duration> conformTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            javacTimes.add(time(javac, true));
            conformTimes.add(time(conform, false));
            progress.printf(Locale.ROOT, "run %d/%d: javac %.3f s, conform %.3f s%n", i + 1, runs,
                    javacTimes.get(i).toNanos() / 1e9, conformTimes.get(i).toNanos() / 1e9);
            progress.flush();
        }
        return new Result(dir, runs, javacTimes, conformTimes);
    }

    private static Duration time(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        int exit = process.waitFor();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if ((mustSucceed && exit != 0) || exit > 1) {
            throw new IllegalStateException("'" + String.join(" ", command.subList(0, Math.min(4, command.size())))
                    + " …' exited with " + exit + ":\n" + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
        return took;
    }

    private List<String> sources() throws IOException {
        Path src = dir.resolve("src");
        if (!Files.isDirectory(src)) {
            throw new IllegalArgumentException(dir + " has no src/ directory to compile");
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
    }

    private static Path ownJar() {
        try {
            Path location = Path.of(ConformBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.toString().endsWith(".jar")) {
                throw new IllegalStateException("bench runs the built jar; start it with ./pincer bench …, which builds runtime/cli/target/pincer.jar");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the pincer jar: " + e.getMessage(), e);
        }
    }

    /** Copies the SPI's classes out of the fat jar so that javac sees exactly what an integration compiles against. */
    private static Path extractSpi(Path jar, Path target) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith("dev/pincer/spi/")) {
                    Path out = target.resolve(entry.getName());
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return target;
    }
}

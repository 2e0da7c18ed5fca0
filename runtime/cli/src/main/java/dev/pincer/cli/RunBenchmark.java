package dev.pincer.cli;

import dev.pincer.conformance.fake.discord.FakeDiscordRest;
import dev.pincer.conformance.fake.discord.FakeGateway;
import dev.pincer.conformance.fake.slack.FakeSlack;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.runtime.run.Assistant;
import dev.pincer.runtime.secrets.DataDirectory;
import dev.pincer.runtime.secrets.SecretStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Times {@code pincer run} with the Telegram, Slack and Discord examples against the conformance fakes and the local
 * chat, each run a fresh process: from starting it to its ready line, and its resident memory once it has idled a few seconds.
 */
final class RunBenchmark {
    private static final String TELEGRAM_TOKEN = "123456:bench-Token_run";
    private static final String SLACK_TOKEN = "xoxb-1000000001-2000000002-benchTokenSlackRun";
    private static final String SLACK_SIGNING = "0123456789abcdef0123456789abcdef";
    private static final String DISCORD_TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GbEnCh.benchT0kenDiscordRunZq3xW8kP1vT6rY2u";
    private static final List<String> CHANNELS = List.of("telegram", "slack", "discord", Assistant.LOCAL_CHAT);
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path examples;
    private final int runs;
    private final Optional<List<String>> jvmOptions;
    private final boolean cold;

    /**
     * @param examples the checkout's {@code examples/channels} directory
     * @param jvmOptions the options of each {@code pincer run} process; empty for the launcher's, with its AOT cache
     *     recorded by the warm-up run
     * @param cold whether each run starts with an empty compile cache, as the very first start does
     */
    RunBenchmark(Path examples, int runs, Optional<List<String>> jvmOptions, boolean cold) {
        this.examples = examples.toAbsolutePath().normalize();
        this.runs = runs;
        this.jvmOptions = jvmOptions.map(List::copyOf);
        this.cold = cold;
    }

    /** One run's figures. */
    record Sample(Duration toReady, double ownReadySeconds, double cpuSecondsAtReady, double idleRssMegabytes) {}

    String run(PrintWriter progress) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("pincer-bench-run-");
        try (FakeTelegram telegram = FakeTelegram.start(TELEGRAM_TOKEN, Instant::now);
                FakeSlack slack = FakeSlack.start(SLACK_TOKEN, SLACK_SIGNING, Instant::now);
                FakeDiscordRest discordRest = FakeDiscordRest.start(DISCORD_TOKEN, Instant::now);
                FakeGateway discordGateway = FakeGateway.start(DISCORD_TOKEN, Instant::now)) {
            Path data = DataDirectory.create(work.resolve("data"));
            SecretStore secrets = SecretStore.open(data);
            secrets.set("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
            secrets.set("SLACK_BOT_TOKEN", SLACK_TOKEN);
            secrets.set("SLACK_SIGNING_SECRET", SLACK_SIGNING);
            secrets.set("DISCORD_BOT_TOKEN", DISCORD_TOKEN);
            Path config = work.resolve("pincer.yaml");
            Files.writeString(config, """
                    localChat: {enabled: true, port: 0}
                    channels:
                      - integration: %s
                      - integration: %s
                      - integration: %s
                    egress:
                      redirect:
                        api.telegram.org: %s
                        slack.com: %s
                        discord.com: %s
                        gateway.discord.gg: %s
                    """.formatted(examples.resolve("telegram"), examples.resolve("slack"), examples.resolve("discord"),
                    telegram.baseUri(), slack.baseUri(), discordRest.baseUri(), discordGateway.baseUri()));
            progress.println("warming up: a run that fills the compile cache, then one that records the AOT cache (JDK 25+)…");
            progress.flush();
            Path aotCache = work.resolve("pincer-run.aot");
            sample(jvmOptions.orElse(RunProcess.RUN_OPTIONS), config, data, work.resolve("warm-up-1.log"));
            sample(options(aotCache), config, data, work.resolve("warm-up-2.log"));
            List<String> options = options(aotCache);
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (cold) {
                    ScratchFiles.deleteTree(data.resolve("cache"));
                }
                Sample sample = sample(options, config, data, work.resolve("run-" + (i + 1) + ".log"));
                samples.add(sample);
                progress.printf(Locale.ROOT, "run %d/%d: ready after %.3f s (it says %.3f s, %.2f s of CPU), idle RSS %.1f MB%n",
                        i + 1, runs, sample.toReady().toNanos() / 1e9, sample.ownReadySeconds(), sample.cpuSecondsAtReady(),
                        sample.idleRssMegabytes());
                progress.flush();
            }
            return render(options, samples);
        } finally {
            ScratchFiles.deleteTree(work);
        }
    }

    private List<String> options(Path aotCache) {
        return jvmOptions.orElseGet(() -> Stream.concat(RunProcess.RUN_OPTIONS.stream(),
                RunProcess.aotOptions(aotCache).stream()).toList());
    }

    private static Sample sample(List<String> options, Path config, Path data, Path log)
            throws IOException, InterruptedException {
        try (RunProcess run = RunProcess.start(options, config, data, log)) {
            Duration toReady = run.awaitReady(PATIENCE);
            double cpu = run.cpuSeconds();
            awaitRunning(run, log);
            Thread.sleep(IDLE);
            double rss = run.residentKilobytes() / 1024.0;
            int exit = run.stop(PATIENCE); // recording an AOT cache at the end takes a few seconds
            if (exit != 0 && exit != 143) {
                throw new IllegalStateException("pincer run exited with " + exit + " when stopped:\n" + run.tail());
            }
            return new Sample(toReady, ownSeconds(run.readyLine().orElseThrow()), cpu, rss);
        }
    }

    /** Waits until every channel says it is running, so that a broken run is not timed as a fast one. */
    private static void awaitRunning(RunProcess run, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String output = Files.readString(log);
            if (CHANNELS.stream().allMatch(name -> output.contains("  " + name + ": running"))) {
                return;
            }
            if (System.nanoTime() > deadline || !run.isAlive()) {
                throw new IllegalStateException("not every channel of " + CHANNELS + " said it was running:\n" + run.tail());
            }
            Thread.sleep(20);
        }
    }

    /** The seconds in "pincer: ready 1234 ms after start". */
    private static double ownSeconds(String readyLine) {
        String[] words = readyLine.substring(RunProcess.READY.length()).trim().split(" ");
        return Long.parseLong(words[0]) / 1000.0;
    }

    private String render(List<String> options, List<Sample> samples) {
        return String.format(Locale.ROOT, """
                pincer bench run (%s; the platforms are local fakes; %d runs after two warm-ups, a fresh process each; \
                compile cache %s)
                  JVM options     %s
                  start-to-ready  %s s   process start -> its "pincer: ready" line read (target <= 1.5 s)
                  as it says      %s s   JVM uptime in the ready line
                  CPU to ready    %s s   user + system time of the process when ready (the machine's other load aside)
                  idle RSS        %s MB  VmRSS after %d s idle, every channel running (target <= 100 MB)""",
                String.join(", ", CHANNELS.subList(0, 3)) + " and the local chat", samples.size(),
                cold ? "emptied before each run (cold)" : "filled (warm)",
                String.join(" ", options), figures(samples, sample -> sample.toReady().toNanos() / 1e9, "%.3f"),
                figures(samples, Sample::ownReadySeconds, "%.3f"), figures(samples, Sample::cpuSecondsAtReady, "%.2f"),
                figures(samples, Sample::idleRssMegabytes, "%.1f"), IDLE.toSeconds());
    }

    private static String figures(List<Sample> samples, ToDoubleFunction<Sample> figure, String format) {
        double[] values = samples.stream().mapToDouble(figure).sorted().toArray();
        return String.format(Locale.ROOT, "median " + format + "  min " + format + "  max " + format,
                values[values.length / 2], values[0], values[values.length - 1]);
    }

}

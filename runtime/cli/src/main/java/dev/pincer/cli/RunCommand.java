package dev.pincer.cli;

import dev.pincer.runtime.run.Assistant;
import dev.pincer.runtime.run.RunConfig;
import dev.pincer.runtime.run.RunConfigException;
import dev.pincer.runtime.run.RunConfigReader;
import dev.pincer.runtime.secrets.DataDirectory;
import dev.pincer.runtime.secrets.SecretStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pincer run}: runs the assistant until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the assistant: load the integrations pincer.yaml names (confined), start them and route messages",
                "durably to the model and back. Without a configuration: the built-in local chat and echo model."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration (default: ./pincer.yaml when it exists, else the built-in defaults)")
    private Path configFile;

    @CommandLine.Mixin
    private DataOption data;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunConfig config;
        Assistant assistant;
        Path dataDir;
        try {
            config = config();
            dataDir = DataDirectory.create(data.directory(config.dataDir()));
            assistant = Assistant.start(config, dataDir, SecretStore.open(dataDir).values(), line -> {
                synchronized (out) {
                    out.println("  " + line);
                    out.flush();
                }
            });
        } catch (RunConfigException e) {
            err.println("pincer: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            assistant.close();
            stopped.countDown();
        }, "pincer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        synchronized (out) {
            out.println("pincer: running (pid " + ProcessHandle.current().pid() + "), configuration "
                    + config.source().map(Path::toString).orElse("built-in (no pincer.yaml)") + ", data in " + dataDir);
            out.println("  model: " + assistant.modelDescription());
            out.println("  permissions: " + assistant.permissionsDescription());
            assistant.localChat().ifPresentOrElse(
                    chat -> out.println("  local chat: " + chat + "  (or in this terminal: ./pincer chat)"),
                    () -> out.println(config.localChat().enabled()
                            ? "  local chat: not serving; its line below says why"
                            : "  local chat: off (localChat.enabled in pincer.yaml)"));
            assistant.states().forEach((name, state) -> out.println("  " + name + ": " + state));
            out.println("pincer: ready " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after start; stop with Ctrl-C. "
                    + "`./pincer status` shows queues and problems.");
            out.flush();
        }
        AotTraining.markReady();
        stopped.await();
        return 0;
    }

    private RunConfig config() {
        if (configFile != null) {
            return RunConfigReader.read(configFile);
        }
        Path local = Path.of("pincer.yaml");
        return Files.isRegularFile(local) ? RunConfigReader.read(local) : RunConfig.defaults();
    }
}

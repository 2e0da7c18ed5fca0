package dev.pincer.cli;

import dev.pincer.runtime.localchat.LocalChatConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pincer chat}: talks to the assistant in this terminal, through the local chat that {@code pincer run} serves. */
@Command(name = "chat",
        description = {"Chat with your assistant in this terminal, through the local chat that ./pincer run started.",
                "Type a message and press Enter; replies are printed as they arrive. /quit or end of input (Ctrl-D) leaves;",
                "at the end of piped input it first waits for the reply to the last message."})
final class ChatCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Pincer's data directory (default: $PINCER_DATA, else $XDG_DATA_HOME/pincer, else ~/.local/share/pincer)")
    private Path data;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "at the end of input, how long to wait for the reply to the last message (default: ${DEFAULT-VALUE})")
    private long waitSeconds;

    private final InputStream in;

    ChatCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (waitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more seconds, was " + waitSeconds);
        }
        Path file = dataDirectory(Optional.ofNullable(data), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(LocalChatConnection.FILE_NAME);
        Optional<LocalChatConnection> connection = LocalChatConnection.read(file);
        if (connection.isEmpty()) {
            err.println("pincer: no local chat is running; start one with: ./pincer run");
            err.println("pincer: (looked for " + file + "; use --data DIR if pincer run uses another data directory)");
            return 2;
        }
        ChatClient client = new ChatClient(connection.get());
        ChatClient.Answer info;
        try {
            info = client.info();
        } catch (IOException e) {
            err.println("pincer: the local chat at " + connection.get().address() + " does not answer ("
                    + ChatSession.describe(e) + "); if pincer run has stopped, start it again with: ./pincer run");
            return 2;
        }
        if (info.status() != 200) {
            err.println("pincer: the local chat refused this terminal: " + info.error());
            return 2;
        }
        out.println(info.body().optString("banner").orElse(""));
        out.println("Chatting at " + connection.get().address() + " — type a message and press Enter; /quit to leave.");
        out.flush();
        return new ChatSession(client, in, out, err, Duration.ofSeconds(waitSeconds))
                .run(info.body().optLong("latest").orElse(0L));
    }

    /**
     * Pincer's data directory: {@code --data}, else {@code PINCER_DATA}, else {@code $XDG_DATA_HOME/pincer} (when that
     * is an absolute path, as the XDG specification requires), else {@code ~/.local/share/pincer}.
     *
     * <p>TODO(merge): replace with {@code dev.pincer.runtime.secrets.DataDirectory.resolve(Optional<Path>, Map)},
     * which another change is adding; this copy only exists to keep the two changes apart.
     */
    static Path dataDirectory(Optional<Path> option, Map<String, String> env, Path home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath();
        }
        String pincerData = env.getOrDefault("PINCER_DATA", "");
        if (!pincerData.isBlank()) {
            return Path.of(pincerData).toAbsolutePath();
        }
        String xdg = env.getOrDefault("XDG_DATA_HOME", "");
        if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pincer");
        }
        return home.resolve(".local/share/pincer");
    }
}

package dev.pincer.cli;

import dev.pincer.runtime.localchat.LocalChatConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pincer chat}: talks to the assistant in this terminal, through the local chat that {@code pincer run} serves. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chat with your assistant in this terminal, through the local chat that ./pincer run started.",
                "Type a message and press Enter; replies are printed as they arrive. /quit or end of input (Ctrl-D) leaves;",
                "at the end of piped input it first waits for the reply to the last message."})
final class ChatCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private DataOption data;

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
        Path file = data.directory().resolve(LocalChatConnection.FILE_NAME);
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
}

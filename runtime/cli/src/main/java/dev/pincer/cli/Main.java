package dev.pincer.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pincer} command. */
@Command(name = "pincer",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Pincer: a personal AI assistant you grow with a coding agent, from skills and specs.",
        subcommands = {RunCommand.class, ChatCommand.class, StatusCommand.class, RetryCommand.class, SecretCommand.class,
                AuditCommand.class, PolicyCommand.class, ConformCommand.class, VetCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // sqlite-jdbc logs through SLF4J; with no provider on the class path, SLF4J would warn on every start.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 failure found, 2 bad usage or error. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, SecretInput.system(), out, err);
    }

    /** Like {@link #execute(String[], PrintWriter, PrintWriter)}, with {@code pincer secret set} reading from {@code input}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, SecretInput input) {
        return execute(args, System.in, input, out, err);
    }

    /** Runs the command line with {@code in} as the input of commands that read it, such as {@code chat}. */
    static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return execute(args, in, SecretInput.system(), out, err);
    }

    private static int execute(String[] args, InputStream in, SecretInput secretInput, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main(), new Factory(in, secretInput));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("pincer: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            if (System.getenv("PINCER_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set PINCER_DEBUG=1 to see the stack trace)");
            }
            return 2;
        });
        line.setExitCodeExceptionMapper(e -> 2);
        return line.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates commands as picocli does, giving those that read input what to read. */
    private record Factory(InputStream in, SecretInput secretInput) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ChatCommand.class) {
                return type.cast(new ChatCommand(in));
            }
            if (type == SecretCommand.SetSecret.class) {
                return type.cast(new SecretCommand.SetSecret(secretInput));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}

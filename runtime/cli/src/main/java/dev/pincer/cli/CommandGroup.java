package dev.pincer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** A command that only groups subcommands, such as {@code pincer secret}: on its own it prints its usage. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
            description = "show this help and exit")
    private boolean help;

    @Override
    public final void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

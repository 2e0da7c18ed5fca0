package dev.pincer.cli;

import dev.pincer.runtime.secrets.SecretStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pincer secret set|list|remove}: the owner's secrets, kept owner-only in the data directory. */
@Command(name = "secret",
        description = {"Store, list and remove the secrets integrations use (bot tokens, signing secrets, API keys).",
                "They are kept in <data>/secrets.json, readable by you only; values are never shown."},
        subcommands = {SecretCommand.SetSecret.class, SecretCommand.ListSecrets.class, SecretCommand.RemoveSecret.class})
final class SecretCommand extends CommandGroup {

    /** {@code pincer secret set NAME}: reads the value without echo and stores it. */
    @Command(name = "set",
            description = {"Store secret NAME, replacing any earlier value.",
                    "At a terminal the value is typed with echo off; otherwise it is read from standard input up to "
                            + "its end, one trailing line break removed: printf %%s \"$TOKEN\" | pincer secret set NAME",
                    "Exit code 0 when stored, 2 on a bad name, an empty value or another error."})
    static final class SetSecret implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "the secret's name as pincer.json declares it, such as TELEGRAM_BOT_TOKEN")
        private String name;

        @Mixin
        private DataOption data;

        private final SecretInput input;

        SetSecret(SecretInput input) {
            this.input = Objects.requireNonNull(input, "input");
        }

        SetSecret() {
            this(SecretInput.system());
        }

        @Override
        public Integer call() {
            SecretStore.checkName(name);
            SecretStore store = SecretStore.open(data.directory());
            String value = input.read(name);
            if (value.isEmpty()) {
                spec.commandLine().getErr().println("pincer: no value given for " + name + ", so nothing was stored; "
                        + "type it at the prompt, or pipe it in: printf %s \"$TOKEN\" | pincer secret set " + name);
                return 2;
            }
            store.set(name, value);
            spec.commandLine().getOut().println("pincer: stored " + name + " in " + store.file()
                    + " (owner-only); it is never shown again");
            return 0;
        }
    }

    /** {@code pincer secret list}: the stored names and when each was set. */
    @Command(name = "list", description = "List the stored secrets' names and when each was set; never their values.")
    static final class ListSecrets implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private DataOption data;

        @Override
        public Integer call() {
            SecretStore store = SecretStore.open(data.directory());
            SortedMap<String, Instant> names = store.names();
            PrintWriter out = spec.commandLine().getOut();
            if (names.isEmpty()) {
                out.println("no secrets stored in " + store.file() + "; add one with: pincer secret set NAME");
                return 0;
            }
            out.println(names.size() + (names.size() == 1 ? " secret" : " secrets") + " in " + store.file()
                    + " (values are never shown):");
            int width = names.keySet().stream().mapToInt(String::length).max().orElse(0);
            names.forEach((name, setAt) -> out.printf("  %-" + width + "s  set %s%n", name, setAt));
            out.flush();
            return 0;
        }
    }

    /** {@code pincer secret remove NAME}. */
    @Command(name = "remove", description = {"Remove secret NAME.",
            "Exit code 0 when removed, 1 when no such secret is stored, 2 on a bad name or another error."})
    static final class RemoveSecret implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "the secret's name, as pincer secret list shows it")
        private String name;

        @Mixin
        private DataOption data;

        @Override
        public Integer call() {
            SecretStore.checkName(name);
            SecretStore store = SecretStore.open(data.directory());
            if (!store.remove(name)) {
                spec.commandLine().getErr().println("pincer: no secret named " + name + " in " + store.file()
                        + "; pincer secret list shows the stored names");
                return 1;
            }
            spec.commandLine().getOut().println("pincer: removed " + name + " from " + store.file());
            return 0;
        }
    }
}

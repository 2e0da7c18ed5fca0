package dev.pincer.conformance.check;

import dev.pincer.conformance.anthropic.AnthropicSuite;
import dev.pincer.conformance.discord.DiscordSuite;
import dev.pincer.conformance.openai.OpenAiSuite;
import dev.pincer.conformance.github.GitHubSuite;
import dev.pincer.conformance.guard.GuardSuite;
import dev.pincer.conformance.gmail.GmailSuite;
import dev.pincer.conformance.slack.SlackSuite;
import dev.pincer.conformance.telegram.TelegramSuite;
import java.util.List;
import java.util.Optional;

/** The suites the conformance runner knows, by spec id. */
public final class Suites {
    private static final List<Suite> ALL = all(new TelegramSuite(), new SlackSuite(), new DiscordSuite(), new AnthropicSuite(),
            new OpenAiSuite(), new GitHubSuite(), new GmailSuite());

    private Suites() {}

    private static List<Suite> all(Suite... suites) {
        List<Suite> all = new java.util.ArrayList<>(List.of(suites));
        all.addAll(GuardSuite.profiles());
        return List.copyOf(all);
    }

    /** Every known suite. */
    public static List<Suite> all() {
        return ALL;
    }

    /** The suite for {@code specId}, if there is one. */
    public static Optional<Suite> forSpec(String specId) {
        return ALL.stream().filter(s -> s.specId().equals(specId)).findFirst();
    }
}

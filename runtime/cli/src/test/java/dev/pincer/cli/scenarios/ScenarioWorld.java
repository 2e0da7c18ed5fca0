package dev.pincer.cli.scenarios;

import dev.pincer.conformance.fake.anthropic.FakeAnthropic;
import dev.pincer.conformance.fake.github.FakeGitHub;
import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.fake.telegram.SentMessage;
import dev.pincer.runtime.agent.AgentSettings;
import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.run.Assistant;
import dev.pincer.runtime.run.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scenario's world: fakes of Anthropic, Telegram, GitHub and Gmail and a payments service on 127.0.0.1, a data
 * directory, and the real {@link Assistant} with confined integrations loaded from their directories. The owner
 * (Telegram user {@link #OWNER}) and a stranger ({@link #STRANGER}) write to the bot; the owner's private chat is the
 * approvals chat. {@link #closeAndCheckInvariants} stops everything and checks {@link ScenarioInvariants}.
 */
final class ScenarioWorld {
    static final long OWNER = 111111;
    static final long STRANGER = 333333;
    static final long GROUP = -1001234;
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    private static final Path TEST_INTEGRATIONS = Path.of("src/test/resources/scenarios").toAbsolutePath().normalize();
    private static final Path COMPILE_CACHE = Path.of("target/scenario-compile-cache").toAbsolutePath().normalize();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern APPROVAL_REQUEST = Pattern.compile("Approval needed, request ([A-Z2-9]{6})");
    private static final String ANTHROPIC_KEY = "sk-ant-scenario-1";
    private static final String TELEGRAM_TOKEN = "123456:scenario-token";
    private static final String GITHUB_TOKEN = "ghp_scenario_1";
    private static final String GMAIL_TOKEN = "ya29.scenario-1";

    final FakeAnthropic anthropic = FakeAnthropic.start(ANTHROPIC_KEY, Instant::now);
    final FakeTelegram telegram = FakeTelegram.start(TELEGRAM_TOKEN, Instant::now);
    final FakeGitHub github = FakeGitHub.start(GITHUB_TOKEN, Instant::now);
    final FakeGmail gmail = FakeGmail.start(GMAIL_TOKEN, Instant::now);
    final PaymentsServer payments = PaymentsServer.start();
    final ScriptedModel model = new ScriptedModel(anthropic);
    private final Path dir;
    private final Path data;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<RunConfig.IntegrationSettings> tools = new ArrayList<>();
    private final List<RunConfig.IntegrationSettings> guards = new ArrayList<>();
    private final List<RunConfig.IntegrationSettings> channels = new ArrayList<>(List.of(
            new RunConfig.IntegrationSettings(EXAMPLES.resolve("channels/telegram"), Map.of())));
    private final Set<String> codesSeen = new HashSet<>();
    private Optional<Path> policy = Optional.empty();
    private Assistant assistant;

    private ScenarioWorld(Path dir, Path data) {
        this.dir = dir;
        this.data = data;
        telegram.setLongPollHold(Duration.ofMillis(500));
    }

    static ScenarioWorld create(Path dir) {
        try {
            Path data = Files.createDirectory(dir.resolve("data"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectories(COMPILE_CACHE);
            Files.createDirectory(data.resolve("cache"));
            Files.createSymbolicLink(data.resolve("cache").resolve("compiled"), COMPILE_CACHE);
            return new ScenarioWorld(dir, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The owner's policy: the owner and approvals chat, replies allowed to anyone, then {@code more} (further rule
     * items, then any top-level sections such as {@code budgets:} or {@code approvals:}).
     */
    ScenarioWorld withPolicy(String more) {
        Path file = dir.resolve("policy.yaml");
        try {
            Files.writeString(file, """
                    owner:
                      ids: ["telegram:%d"]
                      approvals: "telegram:%d"
                    rules:
                      - allow: "telegram.reply"
                        for: [anyone]
                    """.formatted(OWNER, OWNER) + more.stripIndent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        policy = Optional.of(file);
        return this;
    }

    /** Loads these tools: {@code github} and {@code gmail} from examples/tools, {@code payments} from the tests. */
    ScenarioWorld withTools(String... names) {
        for (String name : names) {
            Path directory = name.equals("payments") ? TEST_INTEGRATIONS.resolve(name) : EXAMPLES.resolve("tools").resolve(name);
            tools.add(new RunConfig.IntegrationSettings(directory, Map.of()));
        }
        return this;
    }

    /** Loads these test-only guards from src/test/resources/scenarios/guards, in order. */
    ScenarioWorld withGuards(String... names) {
        for (String name : names) {
            guards.add(new RunConfig.IntegrationSettings(TEST_INTEGRATIONS.resolve("guards").resolve(name), Map.of()));
        }
        return this;
    }

    /** Loads a test-only channel from src/test/resources/scenarios/channels, besides Telegram. */
    ScenarioWorld withTestChannel(String name, Map<String, String> config) {
        channels.add(new RunConfig.IntegrationSettings(TEST_INTEGRATIONS.resolve("channels").resolve(name), config));
        return this;
    }

    ScenarioWorld start() {
        RunConfig config = new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(false, 0),
                Optional.of(new RunConfig.IntegrationSettings(EXAMPLES.resolve("models/anthropic"), Map.of())),
                channels, tools, guards, AgentSettings.defaults(),
                Map.of("api.anthropic.com", anthropic.baseUri(), "api.telegram.org", telegram.baseUri(),
                        "api.github.com", github.baseUri(), "gmail.googleapis.com", gmail.baseUri(),
                        "payments.example.com", payments.baseUri()), 0);
        assistant = Assistant.start(policy.map(config::withPolicy).orElse(config), data,
                Map.of("ANTHROPIC_API_KEY", ANTHROPIC_KEY, "TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN,
                        "GITHUB_TOKEN", GITHUB_TOKEN, "GMAIL_TOKEN", GMAIL_TOKEN), output::add);
        return this;
    }

    /** The owner writes in their private chat with the bot. */
    void ownerSays(String text) {
        telegram.enqueueMessage(OWNER, OWNER, text);
    }

    /** The owner writes in another chat, such as {@link #GROUP}. */
    void ownerSaysIn(long chat, String text) {
        telegram.enqueueMessage(chat, OWNER, text);
    }

    /** The stranger writes in their private chat with the bot. */
    void strangerSays(String text) {
        telegram.enqueueMessage(STRANGER, STRANGER, text);
    }

    /** The stranger writes in {@code chat}, such as the owner's private chat id or {@link #GROUP}. */
    void strangerSaysIn(long chat, String text) {
        telegram.enqueueMessage(chat, STRANGER, text);
    }

    /** Waits until the bot sent {@code chat} a message containing {@code text}; returns it. */
    SentMessage awaitMessage(long chat, String text) {
        return await("a message to chat " + chat + " containing \"" + text + "\"", () -> telegram.sentMessages().stream()
                .filter(sent -> sent.chatId() == chat && sent.text().contains(text)).findFirst());
    }

    /** Waits for the next approval request the owner is sent, and returns its code. */
    String awaitApprovalCode() {
        return await("a new approval request to the owner", () -> {
            for (SentMessage sent : telegram.sentMessages()) {
                Matcher request = APPROVAL_REQUEST.matcher(sent.text());
                if (sent.chatId() == OWNER && request.find() && codesSeen.add(request.group(1))) {
                    return Optional.of(request.group(1));
                }
            }
            return Optional.empty();
        });
    }

    /** Waits until the router's status mentions {@code text}, such as a problem it reports. */
    void awaitStatus(String text) {
        await("the status to mention \"" + text + "\"", () -> Optional.of(status()).filter(now -> now.contains(text)));
    }

    /** Waits until the audit log has an entry of {@code kind} mentioning {@code text}. */
    void awaitAudit(String kind, String text) {
        await("an audit entry " + kind + " mentioning \"" + text + "\"", () -> audit().of(kind).stream()
                .filter(entry -> entry.mentions(text)).findFirst());
    }

    /** The router's counts and problems, in words, as {@code pincer status} shows them. */
    String status() {
        return assistant.status().toString();
    }

    /** The scenario's audit log as it is now. */
    AuditView audit() {
        return AuditView.read(auditFile());
    }

    /** The assistant's data directory, with its database {@code pincer.db}. */
    Path dataDir() {
        return data;
    }

    Path auditFile() {
        return data.resolve(AuditLog.FILE_NAME);
    }

    /** What the bot sent {@code chat}, in order. */
    List<String> messagesTo(long chat) {
        return telegram.sentMessages().stream().filter(sent -> sent.chatId() == chat).map(SentMessage::text).toList();
    }

    /** Stops the assistant, so that its audit log is complete; idempotent. */
    void stop() {
        if (assistant != null) {
            assistant.close();
        }
    }

    /** Stops the assistant and starts it again on the same data directory, as after a crash-free restart. */
    void restart() {
        stop();
        start();
    }

    /** Stops the assistant, checks the invariants on what the fakes saw and the audit log, and stops the fakes. */
    void closeAndCheckInvariants() {
        try {
            if (assistant != null) {
                stop();
                ScenarioInvariants.check(auditFile(), ObservedEffects.of(audit(), telegram, github, gmail, payments));
            }
        } finally {
            anthropic.close();
            telegram.close();
            github.close();
            gmail.close();
            payments.close();
        }
    }

    private <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the bot sent "
                + telegram.sentMessages().stream().map(sent -> sent.chatId() + ": " + sent.text()).toList()
                + "\noutput: " + output + "\naudit:\n" + (Files.exists(auditFile()) ? audit() : "(none)"));
    }
}

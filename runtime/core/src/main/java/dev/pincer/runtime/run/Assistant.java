package dev.pincer.runtime.run;

import dev.pincer.runtime.agent.AgentLoop;
import dev.pincer.runtime.agent.EchoModel;
import dev.pincer.runtime.agent.ScheduledMessages;
import dev.pincer.runtime.agent.SupervisedModel;
import dev.pincer.runtime.agent.ToolIntegration;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.spi.Tool;
import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.SystemClock;
import dev.pincer.runtime.localchat.LocalChat;
import dev.pincer.runtime.localchat.LocalChatConnection;
import dev.pincer.runtime.localchat.LocalChatOptions;
import dev.pincer.spi.Inbox;
import java.security.SecureRandom;
import java.util.function.UnaryOperator;
import dev.pincer.runtime.inbound.InboundServer;
import dev.pincer.runtime.load.CompileCache;
import dev.pincer.runtime.permit.Permissions;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.RouterLimits;
import dev.pincer.runtime.route.RouterStatus;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.supervise.CallLimits;
import dev.pincer.runtime.supervise.SupervisedChannel;
import dev.pincer.spi.Channel;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Model;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A running assistant: the configured integrations loaded confined and supervised, messages routed durably through
 * the store to the agent and back, scheduled tasks fired, and a status snapshot kept for {@code pincer status}.
 */
public final class Assistant implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration READY_WAIT = Duration.ofSeconds(5);
    private static final Duration TOOL_START_LIMIT = Duration.ofSeconds(10);

    /** The integration name of the built-in local chat. */
    public static final String LOCAL_CHAT = "local";

    private final Store store;
    private final Router router;
    private final Model model;
    private final String modelDescription;
    private final List<ConfinedIntegration> integrations;
    private final Map<String, ChannelPump> pumps;
    private final InboundServer inbound;
    private final Map<String, String> states;
    private final ScheduledExecutorService timers;
    private final RunState runState;
    private final Optional<LocalChat> localChat;
    private final RunPermissions permitted;
    private final List<AutoCloseable> owned;
    private boolean closed;

    private Assistant(Store store, Router router, Model model, String modelDescription,
            List<ConfinedIntegration> integrations, Map<String, ChannelPump> pumps, InboundServer inbound,
            Map<String, String> states, ScheduledExecutorService timers, RunState runState, Optional<LocalChat> localChat,
            RunPermissions permitted, List<AutoCloseable> owned) {
        this.store = store;
        this.router = router;
        this.model = model;
        this.modelDescription = modelDescription;
        this.integrations = integrations;
        this.pumps = pumps;
        this.inbound = inbound;
        this.states = states;
        this.timers = timers;
        this.runState = runState;
        this.localChat = localChat;
        this.permitted = permitted;
        this.owned = owned;
    }

    /**
     * Loads, starts and routes everything {@code config} names.
     *
     * @param dataDir the data directory, existing and owner-only
     * @param secretValues the owner's stored secrets by name; each integration gets only those its manifest names
     * @param out receives one line per event worth telling the owner (integration logs, state changes)
     * @throws RunConfigException if an integration cannot be loaded or its model cannot start; nothing keeps running
     */
    public static Assistant start(RunConfig config, Path dataDir, Map<String, String> secretValues, Consumer<String> out) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(out, "out");
        List<ConfinedIntegration> loaded = new ArrayList<>();
        List<AutoCloseable> owned = new ArrayList<>();
        Path stateFile = dataDir.resolve("state.db");
        CompileCache compiled = CompileCache.in(dataDir.resolve("cache").resolve("compiled"));
        Map<String, String> states = new ConcurrentHashMap<>();
        Store store = Store.open(dataDir.resolve("pincer.db"));
        InboundServer inbound = null;
        RunPermissions permitted = null;
        try {
            permitted = RunPermissions.open(config, dataDir, store, secretValues, out);
            Permissions permissions = permitted.permissions();
            Map<String, ConfinedIntegration> channels = new LinkedHashMap<>();
            for (int i = 0; i < config.channels().size(); i++) {
                ConfinedIntegration channel = ConfinedIntegration.load("channels[" + i + "]", "channel",
                        config.channels().get(i), secretValues, config.egressRedirects(), stateFile, compiled, out);
                addUnique(loaded, channel, "channels[" + i + "]");
                channel.gateEgress(permissions.egressGate(channel.name()));
                channels.put(channel.name(), channel);
            }
            Model model = new EchoModel();
            String modelDescription = EchoModel.DESCRIPTION;
            if (config.model().isPresent()) {
                ConfinedIntegration confined = ConfinedIntegration.load("model", "model", config.model().get(),
                        secretValues, config.egressRedirects(), stateFile, compiled, out);
                addUnique(loaded, confined, "model");
                confined.gateEgress(permissions.egressGate(confined.name()));
                model = startModel(confined, states);
                modelDescription = "'" + confined.name() + "' (" + confined.manifest().spec() + ", model "
                        + config.model().get().config().getOrDefault("model",
                                confined.manifest().config().getOrDefault("model", "as configured")) + ")";
            }
            List<ToolIntegration> tools = new ArrayList<>();
            for (int i = 0; i < config.tools().size(); i++) {
                ConfinedIntegration confined = ConfinedIntegration.load("tools[" + i + "]", "tool", config.tools().get(i),
                        secretValues, config.egressRedirects(), stateFile, compiled, out);
                addUnique(loaded, confined, "tools[" + i + "]");
                confined.gateEgress(permissions.egressGate(confined.name()));
                permitted.declare(confined.name(), confined.manifest().actions());
                Tool tool = confined.newInstance(Tool.class);
                startTool(confined, tool);
                owned.add(tool::stop);
                tools.add(new ToolIntegration(confined.name(), confined.manifest().actions(), tool, confined::redact));
            }
            SecretVault everySecret = new SecretVault(secretValues, Map.of());
            AgentLoop agent = AgentLoop.create(model, store, ZoneId.systemDefault(), config.agent(),
                    permissions, permissions, everySecret::redact, tools);
            Map<String, SupervisedChannel> supervised = new LinkedHashMap<>();
            Optional<LocalChat> localChat = Optional.empty();
            if (config.localChat().enabled()) {
                if (channels.containsKey(LOCAL_CHAT)) {
                    throw new RunConfigException("a channel is named '" + LOCAL_CHAT + "', the name of the built-in local "
                            + "chat; rename it in its pincer.json or set localChat.enabled: false");
                }
                LocalChat chat = new LocalChat(LocalChatOptions.onPort(config.localChat().port(),
                        "Model: " + modelDescription, System.getProperty("user.name", "you"),
                        dataDir.resolve(LocalChatConnection.FILE_NAME)));
                localChat = Optional.of(chat);
                supervised.put(LOCAL_CHAT, new SupervisedChannel(LOCAL_CHAT, chat, CallLimits.defaults(),
                        problem -> states.put(LOCAL_CHAT, (problem.stopped() ? "stopped: " : "last problem: ")
                                + problem.message()), UnaryOperator.identity(), () -> { }));
            }
            channels.forEach((name, channel) -> supervised.put(name, new SupervisedChannel(name,
                    channel.newInstance(Channel.class), CallLimits.defaults(),
                    problem -> states.put(name, (problem.stopped() ? "stopped: " : "last problem: ") + problem.message()),
                    channel::redact, channel::close)));
            permitted.checkApprovalsChat(supervised.keySet(), out);
            Router router = new Router(store, Map.copyOf(supervised), agent, permissions, Clock.systemUTC(),
                    RouterLimits.defaults(), permissions.sendRecorder());
            permissions.connect(router, supervised.keySet());
            inbound = InboundServer.start(new InetSocketAddress("127.0.0.1", config.webhookPort()),
                    problem -> out.accept("webhooks: " + problem));
            Map<String, ChannelPump> pumps = new LinkedHashMap<>();
            for (Map.Entry<String, SupervisedChannel> entry : supervised.entrySet()) {
                String name = entry.getKey();
                states.put(name, "starting");
                ChannelPump pump = new ChannelPump(name, entry.getValue(), (who, state) -> {
                    states.put(who, state);
                    out.accept(who + ": " + state);
                });
                pumps.put(name, pump);
                if (name.equals(LOCAL_CHAT)) {
                    SqliteState chatState = SqliteState.open(stateFile, LOCAL_CHAT);
                    owned.add(chatState);
                    pump.start(localChatContext(router.inboxFor(name), chatState, out));
                } else {
                    pump.start(channels.get(name).context(router.inboxFor(name), inbound.webhooksFor(name)));
                }
            }
            router.start();
            RunState runState = new RunState(dataDir.resolve(RunState.FILE_NAME), modelDescription);
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("pincer-timers").daemon().factory());
            Assistant assistant = new Assistant(store, router, model, modelDescription, List.copyOf(loaded), pumps,
                    inbound, states, timers, runState, localChat, permitted,
                    owned);
            assistant.awaitLocalChat();
            timers.scheduleWithFixedDelay(assistant::fireDueTasks, 0, 1, TimeUnit.SECONDS);
            timers.scheduleWithFixedDelay(assistant::writeState, 0, 2, TimeUnit.SECONDS);
            timers.scheduleWithFixedDelay(assistant::expireApprovals, 1, 1, TimeUnit.SECONDS);
            return assistant;
        } catch (RuntimeException e) {
            loaded.forEach(ConfinedIntegration::close);
            closeAll(owned);
            if (inbound != null) {
                inbound.close();
            }
            if (permitted != null) {
                permitted.close();
            }
            store.close();
            throw e;
        }
    }

    private void fireDueTasks() {
        try {
            router.fireDueTasks(ScheduledMessages::forTask);
        } catch (RuntimeException e) {
            states.put("scheduler", "last problem: " + e.getMessage());
        }
    }

    private void expireApprovals() {
        try {
            permitted.permissions().expireApprovals();
        } catch (RuntimeException e) {
            states.put("approvals", "last problem: " + e.getMessage());
        }
    }

    /** The policy, guards, approvals chat and audit log in use, in words for the owner. */
    public String permissionsDescription() {
        return permitted.description();
    }

    private void writeState() {
        try {
            runState.write(states, router.status());
        } catch (RuntimeException e) {
            states.put("status", "last problem: " + e.getMessage());
        }
    }

    /** The model in use, in words for the owner. */
    public String modelDescription() {
        return modelDescription;
    }

    /** The address of the local chat page, with its access token, once it serves. */
    public Optional<String> localChat() {
        return localChat.filter(chat -> "running".equals(states.get(LOCAL_CHAT))).map(chat -> chat.pageUri().toString());
    }

    /** Waits until the local chat serves or failed to start, so that its address (or its problem) can be shown. */
    private void awaitLocalChat() {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (localChat.isPresent() && "starting".equals(states.get(LOCAL_CHAT)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        localChat().ifPresent(address -> runState.localChat(localChat.orElseThrow().address().toString()));
    }

    private static void addUnique(List<ConfinedIntegration> loaded, ConfinedIntegration next, String slot) {
        for (ConfinedIntegration earlier : loaded) {
            if (earlier.name().equals(next.name())) {
                next.close();
                throw new RunConfigException(slot + " (" + next.manifest().file().getParent() + ") is named '" + next.name()
                        + "' in its pincer.json, like " + earlier.manifest().file().getParent() + "; the name keys the "
                        + "integration's state and messages, so give one of them another \"name\"");
            }
        }
        loaded.add(next);
    }

    private static Model startModel(ConfinedIntegration confined, Map<String, String> states) {
        Model model = new SupervisedModel(confined.name(), confined.newInstance(Model.class), confined::redact,
                problem -> states.put(confined.name(), "last problem: " + problem), confined::close);
        try {
            model.start(confined.context());
        } catch (IntegrationException e) {
            throw new RunConfigException("model (" + confined.manifest().file().getParent() + ") did not start: "
                    + e.getMessage());
        }
        return model;
    }

    private static void startTool(ConfinedIntegration confined, Tool tool) {
        try {
            TimedCall.start("tool '" + confined.name() + "'", TOOL_START_LIMIT, Duration.ofSeconds(1),
                    () -> tool.start(confined.context()), confined::redact);
        } catch (IntegrationException e) {
            throw new RunConfigException(e.getMessage() + " (" + confined.manifest().file().getParent() + ")");
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // Closing at shutdown: nothing is left to protect, and the store is closed after.
            }
        }
    }

    private static SimpleChannelContext localChatContext(Inbox inbox, SqliteState state, Consumer<String> out) {
        SecretVault none = new SecretVault(Map.of(), Map.of());
        return SimpleChannelContext.builder().name(LOCAL_CHAT)
                .http(new Egress(LOCAL_CHAT, List.of(), none, Map.of(), new SystemClock()))
                .secrets(none.secrets()).clock(new SystemClock()).random(new SecureRandom())
                .log(new RecordingLog(new SystemClock(), none, line -> out.accept(LOCAL_CHAT + ": " + line)).keepingLastLines(100))
                .state(state).config(new MapConfig(Map.of())).inbox(inbox).build();
    }

    /** Each channel's state: starting, running, stopped with a reason, or its last problem. */
    public Map<String, String> states() {
        return Map.copyOf(states);
    }

    /** The router's counts and last problems, read now. */
    public RouterStatus status() {
        return router.status();
    }

    /** Stops the channels, the router and the model, then closes the store; nothing committed is lost. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        timers.shutdownNow();
        try {
            for (ChannelPump pump : pumps.values()) {
                pump.stop(STOP_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        router.close();
        model.stop();
        inbound.close();
        closeAll(owned);
        integrations.forEach(ConfinedIntegration::close);
        permitted.close();
        runState.remove();
        store.close();
    }
}

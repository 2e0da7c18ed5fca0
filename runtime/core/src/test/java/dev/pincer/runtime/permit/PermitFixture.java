package dev.pincer.runtime.permit;

import dev.pincer.runtime.audit.AuditEntry;
import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.route.Agent;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.RouterLimits;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Permissions over a real store, audit log and router, with an owner on telegram:111 and a stranger, 222. */
final class PermitFixture implements AutoCloseable {
    static final String OWNER = "111";
    static final String STRANGER = "222";
    static final TaskOrigin OWNER_CHAT = new TaskOrigin(new ConversationRef("telegram", OWNER), OWNER);
    static final TaskOrigin STRANGER_CHAT = new TaskOrigin(new ConversationRef("telegram", STRANGER), STRANGER);

    final Store store;
    final AuditLog audit;
    final Permissions permissions;
    final TestChannel telegram = new TestChannel();
    final List<InboundMessage> answered = new CopyOnWriteArrayList<>();
    final Router router;
    private final Path dataDir;

    PermitFixture(Path dataDir, String policyYaml, GuardChain guards, Clock clock) {
        this.dataDir = dataDir;
        this.store = Store.open(dataDir.resolve("pincer.db"));
        this.audit = AuditLog.open(dataDir, text -> text);
        this.permissions = Permissions.create(Policy.parse(policyYaml, "policy.yaml"), guards, store, audit, clock,
                action -> Optional.empty(), new Random(7));
        Agent agent = (conversation, message, history) -> {
            answered.add(message);
            return List.of();
        };
        this.router = new Router(store, Map.of("telegram", telegram), agent, permissions, clock, RouterLimits.defaults(),
                permissions.sendRecorder());
        permissions.connect(router, Set.of("telegram"));
        router.start();
    }

    PermitFixture(Path dataDir, String policyYaml) {
        this(dataDir, policyYaml, GuardChain.empty(), Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
    }

    static ProposedAction.InvokeTool tool(TaskOrigin origin, String action, Effect effect, String resource) {
        return new ProposedAction.InvokeTool("gmail", action, Json.parseObject("{\"to\": \"x@example.com\"}"), effect,
                resource, origin);
    }

    static InboundMessage message(String id, TaskOrigin origin, String text) {
        return new InboundMessage(id, origin.conversation().conversation(), id, new Sender(origin.sender(), "", false),
                Instant.parse("2026-12-04T10:00:00Z"), new Content.Text(text));
    }

    List<AuditEntry> entries() {
        try {
            return Files.readAllLines(dataDir.resolve(AuditLog.FILE_NAME)).stream().map(AuditEntry::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<AuditEntry> entries(String kind) {
        return entries().stream().filter(entry -> entry.kind().equals(kind)).toList();
    }

    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        router.close();
        audit.close();
        store.close();
    }
}

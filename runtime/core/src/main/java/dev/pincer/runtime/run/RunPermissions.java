package dev.pincer.runtime.run;

import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.audit.AuditLogException;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.permit.Permissions;
import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyException;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.runtime.tool.Amount;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The owner's permissions for one run: the policy read and checked, the guards started, the audit log opened, and
 * the decision point built from them. Closing it stops the guards and closes the log.
 */
final class RunPermissions implements AutoCloseable {
    private static final String BUILT_IN = "the built-in policy";
    private final Policy policy;
    private final String policySource;
    private final boolean fromFile;
    private final GuardChain guards;
    private final AuditLog audit;
    private final Permissions permissions;
    private final Map<String, List<ActionDeclaration>> declared;

    private RunPermissions(Policy policy, Optional<Path> file, GuardChain guards, AuditLog audit,
            Permissions permissions, Map<String, List<ActionDeclaration>> declared) {
        this.policy = policy;
        this.policySource = file.map(Path::toString).orElse(BUILT_IN);
        this.fromFile = file.isPresent();
        this.guards = guards;
        this.audit = audit;
        this.permissions = permissions;
        this.declared = declared;
    }

    /**
     * Reads the policy, opens the audit log and starts the guards.
     *
     * @throws RunConfigException if the policy is invalid, the audit log cannot take entries, or a guard does not
     *     start; the message says what to fix, and nothing keeps running
     */
    static RunPermissions open(RunConfig config, Path dataDir, Store store, Map<String, String> secretValues,
            Consumer<String> out) {
        Policy policy;
        try {
            policy = config.policy().map(Policy::read).orElseGet(Policy::builtIn);
        } catch (PolicyException e) {
            throw new RunConfigException(e.getMessage());
        }
        SecretVault everySecret = new SecretVault(secretValues, Map.of());
        AuditLog audit;
        try {
            audit = AuditLog.open(dataDir, everySecret::redact);
        } catch (AuditLogException e) {
            throw new RunConfigException(e.getMessage());
        }
        GuardChain guards;
        try {
            guards = Guards.start(config, dataDir, secretValues, out);
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
        Map<String, List<ActionDeclaration>> declared = new ConcurrentHashMap<>();
        Permissions permissions = Permissions.create(policy, guards, store, audit, Clock.systemUTC(),
                action -> price(declared, action), new SecureRandom());
        return new RunPermissions(policy, config.policy(), guards,
                audit, permissions, declared);
    }

    /** The decision point and approvals. */
    Permissions permissions() {
        return permissions;
    }

    /** Makes a tool's declared amounts known to the budgets. */
    void declare(String tool, List<ActionDeclaration> actions) {
        declared.put(tool, List.copyOf(actions));
    }

    /**
     * Checks that the approvals chat is one of {@code channels}. With the built-in policy (no local chat, say) that
     * is only told to the owner, and every action that needs approval is denied; the owner is also told that the
     * built-in policy answers no one on the other channels.
     *
     * @throws RunConfigException if the owner's policy file names an approvals chat on no running channel
     */
    void checkApprovalsChat(Set<String> channels, Consumer<String> out) {
        List<String> others = channels.stream().filter(channel -> !channel.equals(Assistant.LOCAL_CHAT)).sorted().toList();
        if (!fromFile && !others.isEmpty()) {
            out.accept("permissions: the built-in policy answers only the owner on the local chat, so people on "
                    + String.join(", ", others) + " get no reply; write a policy.yaml that names the owner's ids and "
                    + "who may be answered (README, 'Permissions')");
        }
        ChatAddress chat = policy.approvalChat();
        if (channels.contains(chat.channel())) {
            return;
        }
        String problem = "owner.approvals is " + chat + ", but no channel named '" + chat.channel() + "' runs; the "
                + "channels are " + channels.stream().sorted().toList();
        if (fromFile) {
            throw new RunConfigException(policySource + ": " + problem + ". Set owner.approvals to "
                    + "<channel>:<conversation> of one of them, where the owner reads");
        }
        out.accept("permissions: " + problem + "; actions that need the owner's approval are denied. Write a policy "
                + "file with owner.approvals (README, 'Permissions') to be asked instead");
    }

    /** One line for the owner: which policy, which guards, where approvals are asked. */
    String description() {
        return policySource + "; guards: " + (guards.names().isEmpty() ? "none" : String.join(", ", guards.names()))
                + "; approvals asked in " + policy.approvalChat() + "; audit log " + audit.file();
    }

    @Override
    public void close() {
        guards.close();
        audit.close();
    }

    private static Optional<Amount> price(Map<String, List<ActionDeclaration>> declared, ProposedAction.InvokeTool action) {
        return declared.getOrDefault(action.integration(), List.of()).stream()
                .filter(declaration -> declaration.name().equals(action.action())).findFirst()
                .flatMap(declaration -> declaration.amountFor(action.arguments()));
    }
}

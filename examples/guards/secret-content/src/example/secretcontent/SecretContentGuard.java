package example.secretcontent;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Denies a reply or a tool call whose text looks like it carries a credential or a private key.
 *
 * <p>Configuration: {@code scan}, {@code replies}, {@code tools} or both, separated by a comma. The reason names the
 * kind found and never the secret. Keeps no state.
 */
public final class SecretContentGuard implements Guard {
    static final String NAME = "secret-content";
    private static final Set<String> SCANS = Set.of("replies", "tools");

    private boolean replies;
    private boolean tools;

    @Override
    public void start(IntegrationContext context) {
        String scan = context.config().require("scan");
        for (String part : scan.split(",", -1)) {
            if (!SCANS.contains(part.strip())) {
                throw new IntegrationException("configuration key 'scan' is \"" + scan
                        + "\"; valid values: replies, tools, or both separated by a comma");
            }
            replies |= part.strip().equals("replies");
            tools |= part.strip().equals("tools");
        }
    }

    @Override
    public GuardVerdict inspect(GuardAction action) {
        Optional<String> kind = switch (action.kind()) {
            case REPLY -> replies ? Detectors.find(action.text().orElse("")) : Optional.empty();
            case TOOL -> tools ? inArguments(action.arguments()) : Optional.empty();
        };
        return kind.map(found -> GuardVerdict.deny(NAME + ": the " + (action.kind() == GuardAction.Kind.REPLY ? "reply"
                : "call of " + action.integration() + "." + action.action()) + " contains what looks like a secret ("
                + found + "); remove it, and rotate the credential if it was real")).orElse(GuardVerdict.pass());
    }

    /** The kind of secret in some string of {@code arguments}, at any depth; iterative, so depth cannot overflow. */
    private static Optional<String> inArguments(JsonObject arguments) {
        Deque<Json> pending = new ArrayDeque<>();
        pending.push(arguments);
        while (!pending.isEmpty()) {
            switch (pending.pop()) {
                case JsonString string -> {
                    Optional<String> kind = Detectors.find(string.value());
                    if (kind.isPresent()) {
                        return kind;
                    }
                }
                case JsonObject object -> object.members().values().forEach(pending::push);
                case JsonArray array -> array.forEach(pending::push);
                default -> { }
            }
        }
        return Optional.empty();
    }
}

package dev.pincer.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.tool.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The index decides exactly as a plain scan of every rule in order would, and globs match as specified. */
class RuleIndexTest {
    private static final List<String> PATTERNS = List.of("*", "gmail.read", "gmail.send", "gmail.send_message", "gmail.*",
            "*.send", "*.reply", "g*.read", "git*.*", "github.repo:acme/*:write", "github.repo:acme/site:write",
            "github.repo:*:*", "*:delete", "host:evil.example:connect", "host:*.example:connect", "*.connect",
            "telegram.reply", "chat:telegram:*:reply", "shop.spend", "shop.buy", "pincer.*", "github.create_issue");
    private static final List<ChatAddress> CHATS = List.of(new ChatAddress("telegram", "-100"),
            new ChatAddress("slack", "C1"));
    private static final List<Principal> PRINCIPALS = List.of(Principal.owner(), Principal.named("alice"),
            Principal.stranger());

    @Test
    void theIndexDecidesAsAScanOfEveryRuleWould() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            List<RuleEntry> entries = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                Outcome outcome = Outcome.values()[random.nextInt(3)];
                ActionPattern pattern = ActionPattern.parse(PATTERNS.get(random.nextInt(PATTERNS.size())));
                Audience audience = switch (random.nextInt(4)) {
                    case 0 -> Audience.OWNER;
                    case 1 -> new Audience(true, false, Set.of(), Optional.empty());
                    case 2 -> new Audience(false, false, Set.of("alice"), Optional.empty());
                    default -> new Audience(false, true, Set.of(), Optional.of(Set.of(CHATS.get(0))));
                };
                entries.add(new RuleEntry(i, outcome, pattern, audience, "rule " + i));
            }
            RuleIndex index = new RuleIndex(entries);
            for (int r = 0; r < 50; r++) {
                PolicyRequest request = request(random);
                assertEquals(scan(entries, request), index.decide(request), () -> request + " with " + entries);
            }
        }
    }

    private static RuleEntry scan(List<RuleEntry> entries, PolicyRequest request) {
        RuleEntry best = null;
        for (RuleEntry entry : entries) {
            if (entry.matches(request) && (best == null || entry.outcome().compareTo(best.outcome()) > 0)) {
                best = entry;
            }
        }
        return best;
    }

    private static PolicyRequest request(SplittableRandom random) {
        Principal principal = PRINCIPALS.get(random.nextInt(PRINCIPALS.size()));
        Optional<ChatAddress> chat = random.nextBoolean() ? Optional.of(CHATS.get(random.nextInt(2))) : Optional.empty();
        return switch (random.nextInt(5)) {
            case 0 -> PolicyRequest.reply(CHATS.get(random.nextInt(2)), principal, false);
            case 1 -> PolicyRequest.egress(List.of("github", "gmail", "tracker").get(random.nextInt(3)),
                    List.of("evil.example", "api.github.com", "a.example").get(random.nextInt(3)), principal);
            case 2 -> PolicyRequest.tool("github", List.of("create_issue", "get_issue", "delete_repo").get(random.nextInt(3)),
                    Effect.values()[random.nextInt(5)], List.of("github.repo:acme/site", "github.repo:acme-evil/x",
                            "github.repo:acme/a/b").get(random.nextInt(3)), principal, chat, false);
            case 3 -> PolicyRequest.tool("gmail", List.of("send_message", "read", "send").get(random.nextInt(3)),
                    Effect.values()[random.nextInt(5)], "gmail.to:a@b.c", principal, chat, false);
            default -> PolicyRequest.tool(List.of("shop", "pincer", "gitlab").get(random.nextInt(3)), "buy",
                    Effect.values()[random.nextInt(5)], "shop.item:1", principal, chat, false);
        };
    }

    @Test
    void aGlobStarMatchesAnyRunIncludingSlashesColonsAndDots() {
        assertTrue(Glob.of("github.repo:acme/*").matches("github.repo:acme/a/b:c.d"));
        assertTrue(Glob.of("github.repo:acme/*").matches("github.repo:acme/"));
        assertFalse(Glob.of("github.repo:acme/*").matches("github.repo:acme-evil/x"));
        assertTrue(Glob.of("*.example").matches("cdn.ads.example"));
        assertTrue(Glob.of("a*b*c").matches("abc"));
        assertTrue(Glob.of("a*b*c").matches("a-b-b-c"));
        assertFalse(Glob.of("a*b*c").matches("a-c"));
        assertFalse(Glob.of("ab*ba").matches("aba"));
        assertTrue(Glob.of("*").matches(""));
        assertFalse(Glob.of("gmail").matches("gmail2"));
    }

    @Test
    void aPatternSplitsAtTheLastColonElseTheLastDot() {
        ActionPattern resource = ActionPattern.parse("chat:telegram:-100:reply");
        assertTrue(resource.onResource());
        assertEquals("chat:telegram:-100", resource.globText());
        assertEquals("reply", resource.verb());
        ActionPattern integration = ActionPattern.parse("my-tool.get_item");
        assertFalse(integration.onResource());
        assertEquals("my-tool", integration.globText());
        assertEquals("get_item", integration.verb());
        assertEquals("github.repo", RuleIndex.typeKey("github.repo:acme/*"));
        assertEquals(null, RuleIndex.typeKey("*.repo:acme/*"));
    }
}

package dev.pincer.runtime.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pincer.runtime.policy.YamlFields.Item;
import dev.pincer.runtime.yaml.LocatedYaml;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a policy document: owner, principals, chats, trust, approvals here; rules and budgets in {@link RulesReader}. */
final class PolicyReader {
    static final List<String> TOP = List.of("owner", "principals", "chats", "trust", "rules", "budgets", "approvals");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(7);

    private final YamlFields yaml;
    private final String label;

    PolicyReader(LocatedYaml yaml, String label) {
        this.yaml = new YamlFields(yaml);
        this.label = label;
    }

    Policy policy() {
        JsonNode root = yaml.root();
        yaml.mapping(root, "", TOP);
        JsonNode owner = root.path("owner");
        yaml.mapping(owner, "owner", List.of("ids", "approvals"));
        List<SenderPattern> ownerIds = YamlFields.absent(owner.get("ids")) ? List.of(SenderPattern.parse("local:*"))
                : senders(owner.get("ids"), "owner.ids");
        Map<String, List<SenderPattern>> principals = principals(root.get("principals"));
        Map<String, ChatAddress> chats = chats(root.get("chats"));
        ChatAddress approvalChat = YamlFields.absent(owner.get("approvals")) ? new ChatAddress("local", "local")
                : chat(new Item(yaml.text(owner.get("approvals"), "owner.approvals", "a chat such as \"telegram:111111\""),
                        "owner.approvals"), chats);
        List<ActionPattern> trust = trust(root.get("trust"));
        JsonNode approvals = root.path("approvals");
        yaml.mapping(approvals, "approvals", List.of("timeout"));
        Duration timeout = YamlFields.absent(approvals.get("timeout")) ? DEFAULT_TIMEOUT
                : duration(approvals.get("timeout"), "approvals.timeout");
        RulesReader rules = new RulesReader(yaml, label, principals.keySet(), this::chat, chats);
        List<RuleEntry> entries = rules.rules(root.get("rules"));
        List<Budget> budgets = rules.budgets(root.get("budgets"));
        return new Policy(label, entries, rules.ruleCount(), budgets, new Senders(ownerIds, principals), trust,
                approvalChat, timeout);
    }

    private List<SenderPattern> senders(JsonNode node, String path) {
        List<SenderPattern> result = new ArrayList<>();
        for (Item item : yaml.texts(node, path, "\"telegram:111111\"")) {
            try {
                result.add(SenderPattern.parse(item.value()));
            } catch (IllegalArgumentException e) {
                throw yaml.fail(item.path(), e.getMessage());
            }
        }
        return result;
    }

    private Map<String, List<SenderPattern>> principals(JsonNode node) {
        Map<String, List<SenderPattern>> result = new LinkedHashMap<>();
        if (YamlFields.absent(node)) {
            return result;
        }
        if (!node.isObject()) {
            throw yaml.fail("principals", "expected a mapping of names to senders, found " + YamlFields.shown(node),
                    "write such as 'alice: [\"telegram:222222\", \"slack:U024BE7LH\"]'");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "principals." + entry.getKey();
            name(entry.getKey(), path, "principal");
            result.put(entry.getKey(), senders(entry.getValue(), path));
        }
        return result;
    }

    private Map<String, ChatAddress> chats(JsonNode node) {
        Map<String, ChatAddress> result = new LinkedHashMap<>();
        if (YamlFields.absent(node)) {
            return result;
        }
        if (!node.isObject()) {
            throw yaml.fail("chats", "expected a mapping of names to chats, found " + YamlFields.shown(node),
                    "write such as 'family: \"telegram:-1001234\"'");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "chats." + entry.getKey();
            name(entry.getKey(), path, "chat");
            String text = yaml.text(entry.getValue(), path, "<channel>:<conversation> such as \"telegram:-1001234\"");
            try {
                result.put(entry.getKey(), ChatAddress.parse(text));
            } catch (IllegalArgumentException e) {
                throw yaml.fail(path, e.getMessage());
            }
        }
        return result;
    }

    /** A chat of {@code in:} or {@code owner.approvals}: a name from {@code chats}, or {@code <channel>:<conversation>}. */
    ChatAddress chat(Item item, Map<String, ChatAddress> chats) {
        if (item.value().indexOf(':') < 0) {
            ChatAddress named = chats.get(item.value());
            if (named == null) {
                throw yaml.fail(item.path(), "\"" + item.value() + "\" is not a chat", "valid: "
                        + (chats.isEmpty() ? "" : String.join(", ", chats.keySet()) + " (from chats), or ")
                        + "<channel>:<conversation> such as telegram:-1001234");
            }
            return named;
        }
        try {
            return ChatAddress.parse(item.value());
        } catch (IllegalArgumentException e) {
            throw yaml.fail(item.path(), e.getMessage());
        }
    }

    private List<ActionPattern> trust(JsonNode node) {
        List<ActionPattern> result = new ArrayList<>();
        if (YamlFields.absent(node)) {
            return result;
        }
        for (Item item : yaml.texts(node, "trust", "\"github.get_issue\"")) {
            ActionPattern pattern;
            try {
                pattern = ActionPattern.parse(item.value());
            } catch (IllegalArgumentException e) {
                pattern = null;
            }
            if (pattern == null || pattern.onResource() || Set.of("read", "write", "delete", "send", "spend", "reply",
                    "connect").contains(pattern.verb())) {
                throw yaml.fail(item.path(), "\"" + item.value() + "\" is not a <tool>.<action> pattern",
                        "name the actions whose results do not taint, such as github.get_issue or github.*");
            }
            result.add(pattern);
        }
        return result;
    }

    private void name(String name, String path, String what) {
        if (!NAME.matcher(name).matches() || Policy.RESERVED_NAMES.contains(name)) {
            throw yaml.failAtKey(path, "\"" + name + "\" is not a " + what + "'s name", "use lower-case letters, digits, "
                    + "'_' and '-', starting with a letter, other than " + String.join(", ", Policy.RESERVED_NAMES.stream()
                    .sorted().toList()));
        }
    }

    /** {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}: from 1 second to 7 days. */
    private Duration duration(JsonNode node, String path) {
        String text = node.isTextual() ? node.asText() : YamlFields.shown(node);
        Matcher m = DURATION.matcher(text);
        Duration duration = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (duration == null || duration.isZero() || duration.compareTo(LONGEST_TIMEOUT) > 0) {
            throw yaml.fail(path, "\"" + text + "\" is not a duration from 1 second to 7 days",
                    "write a number and a unit: s, m, h or d, such as 30s, 10m, 2h or 1d");
        }
        return duration;
    }
}

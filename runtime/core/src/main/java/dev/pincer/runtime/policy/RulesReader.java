package dev.pincer.runtime.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pincer.runtime.policy.YamlFields.Item;
import dev.pincer.runtime.tool.Amount;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Reads {@code rules} and {@code budgets}, checking every name they refer to. */
final class RulesReader {
    private static final List<String> RULE_KEYS = List.of("allow", "ask", "deny", "for", "in");
    private static final List<String> BUDGET_KEYS = List.of("name", "limit", "per", "on", "for");
    private static final Map<String, Duration> WINDOWS = Map.of("minute", Duration.ofMinutes(1),
            "hour", Duration.ofHours(1), "day", Duration.ofDays(1), "week", Duration.ofDays(7));
    private static final Pattern BUDGET_NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,15}");
    private static final String RULE_EXAMPLE = "- allow: \"email.read\"";

    private final YamlFields yaml;
    private final String label;
    private final Set<String> principals;
    private final BiFunction<Item, Map<String, ChatAddress>, ChatAddress> chat;
    private final Map<String, ChatAddress> chats;
    private int ruleCount;

    RulesReader(YamlFields yaml, String label, Set<String> principals,
            BiFunction<Item, Map<String, ChatAddress>, ChatAddress> chat, Map<String, ChatAddress> chats) {
        this.yaml = yaml;
        this.label = label;
        this.principals = principals;
        this.chat = chat;
        this.chats = chats;
    }

    int ruleCount() {
        return ruleCount;
    }

    List<RuleEntry> rules(JsonNode node) {
        List<RuleEntry> entries = new ArrayList<>();
        if (YamlFields.absent(node)) {
            return entries;
        }
        if (!node.isArray()) {
            throw yaml.fail("rules", "expected a list of rules, found " + YamlFields.shown(node), "write " + RULE_EXAMPLE);
        }
        for (int i = 0; i < node.size(); i++) {
            rule(node.get(i), "rules[" + i + "]", entries);
        }
        ruleCount = node.size();
        return entries;
    }

    private void rule(JsonNode node, String path, List<RuleEntry> entries) {
        if (node == null || !node.isObject()) {
            throw yaml.fail(path, "expected a rule, found " + YamlFields.shown(node), "write " + RULE_EXAMPLE);
        }
        yaml.mapping(node, path, RULE_KEYS);
        List<Outcome> given = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (node.has(outcome.word())) {
                given.add(outcome);
            }
        }
        if (given.size() != 1) {
            throw yaml.fail(path, given.isEmpty() ? "has none of allow, ask, deny"
                    : "has " + String.join(" and ", given.stream().map(Outcome::word).toList()),
                    "give each rule exactly one of allow, ask, deny, such as " + RULE_EXAMPLE);
        }
        Outcome outcome = given.getFirst();
        List<ActionPattern> patterns = new ArrayList<>();
        List<Item> items = yaml.texts(node.get(outcome.word()), path + "." + outcome.word(), "\"email.read\"");
        for (Item item : items) {
            ActionPattern pattern = pattern(item);
            if (pattern.aboutEgress() && outcome == Outcome.ASK) {
                throw yaml.fail(item.path(), "\"" + item.value() + "\" is about egress, where no one can be asked",
                        "write allow or deny for a connect pattern");
            }
            if (pattern.aboutEgress() && (node.has("for") || node.has("in"))) {
                throw yaml.fail(item.path(), "\"" + item.value() + "\" is about egress, which is not done for a person "
                        + "or in a chat", "put connect patterns in a rule without for and in");
            }
            patterns.add(pattern);
        }
        Audience audience = YamlFields.absent(node.get("for")) && YamlFields.absent(node.get("in"))
                ? Audience.OWNER : audience(node, path);
        for (int i = 0; i < patterns.size(); i++) {
            String where = label.equals(Policy.BUILT_IN) ? Policy.BUILT_IN
                    : label + ":" + yaml.line(items.get(i).path());
            entries.add(new RuleEntry(entries.size(), outcome, patterns.get(i), audience,
                    where + ": " + outcome.word() + " " + patterns.get(i).text()));
        }
    }

    private ActionPattern pattern(Item item) {
        try {
            return ActionPattern.parse(item.value());
        } catch (IllegalArgumentException e) {
            throw yaml.fail(item.path(), e.getMessage());
        }
    }

    /** {@code for} (default: the owner) and {@code in} (default: any chat). */
    private Audience audience(JsonNode node, String path) {
        boolean anyone = false;
        boolean owner = YamlFields.absent(node.get("for"));
        Set<String> names = new HashSet<>();
        if (!YamlFields.absent(node.get("for"))) {
            for (Item item : yaml.texts(node.get("for"), path + ".for", "owner")) {
                switch (item.value()) {
                    case "anyone" -> anyone = true;
                    case "owner" -> owner = true;
                    default -> {
                        if (!principals.contains(item.value())) {
                            Set<String> valid = new LinkedHashSet<>(List.of("owner", "anyone"));
                            valid.addAll(principals);
                            throw yaml.fail(item.path(), "\"" + item.value() + "\" is not a principal",
                                    "valid: " + String.join(", ", valid) + " (add others under principals)");
                        }
                        names.add(item.value());
                    }
                }
            }
        }
        Optional<Set<ChatAddress>> in = Optional.empty();
        if (!YamlFields.absent(node.get("in"))) {
            Set<ChatAddress> addresses = new HashSet<>();
            for (Item item : yaml.texts(node.get("in"), path + ".in", "a chat name such as family")) {
                addresses.add(chat.apply(item, chats));
            }
            in = Optional.of(addresses);
        }
        return new Audience(anyone, owner, names, in);
    }

    List<Budget> budgets(JsonNode node) {
        List<Budget> budgets = new ArrayList<>();
        if (YamlFields.absent(node)) {
            return budgets;
        }
        if (!node.isArray()) {
            throw yaml.fail("budgets", "expected a list of budgets, found " + YamlFields.shown(node),
                    "write such as '- {name: daily-spend, limit: \"20 USD\", per: day, on: \"*.spend\"}'");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            Budget budget = budget(node.get(i), "budgets[" + i + "]");
            if (!names.add(budget.name())) {
                throw yaml.fail("budgets[" + i + "].name", "\"" + budget.name() + "\" is the name of an earlier budget",
                        "give each budget its own name");
            }
            budgets.add(budget);
        }
        return budgets;
    }

    private Budget budget(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw yaml.fail(path, "expected a budget, found " + YamlFields.shown(node),
                    "write the keys " + String.join(", ", BUDGET_KEYS));
        }
        yaml.mapping(node, path, BUDGET_KEYS);
        for (String required : List.of("name", "limit", "per", "on")) {
            if (YamlFields.absent(node.get(required))) {
                throw yaml.fail(path, "has no " + required, "give every budget name, limit, per and on (for is optional)");
            }
        }
        String name = yaml.text(node.get("name"), path + ".name", "a name such as daily-spend");
        if (!BUDGET_NAME.matcher(name).matches()) {
            throw yaml.fail(path + ".name", "\"" + name + "\" is not a budget name",
                    "use lower-case letters, digits and '-', such as daily-spend");
        }
        JsonNode limitNode = node.get("limit");
        String limitText = limitNode.isIntegralNumber() ? limitNode.asText() : limitNode.isTextual() ? limitNode.asText() : "";
        BigDecimal limit;
        Optional<String> currency = Optional.empty();
        try {
            if (COUNT.matcher(limitText).matches()) {
                limit = new BigDecimal(limitText);
            } else {
                Amount amount = Amount.parse(limitText);
                limit = amount.value();
                currency = Optional.of(amount.currency());
            }
        } catch (IllegalArgumentException e) {
            limit = BigDecimal.ZERO;
        }
        if (limit.signum() <= 0) {
            throw yaml.fail(path + ".limit", YamlFields.shown(limitNode) + " is not a limit",
                    "write a whole number of actions such as 50, or an amount and a currency such as \"20 USD\" or \"12.50 EUR\"");
        }
        String per = yaml.text(node.get("per"), path + ".per", "minute, hour, day or week");
        if (!WINDOWS.containsKey(per)) {
            throw yaml.fail(path + ".per", "\"" + per + "\" is not a window", "valid: minute, hour, day, week");
        }
        List<ActionPattern> on = new ArrayList<>();
        for (Item item : yaml.texts(node.get("on"), path + ".on", "\"*.spend\"")) {
            on.add(pattern(item));
        }
        Audience audience = YamlFields.absent(node.get("for")) ? Audience.EVERYONE : audience(node, path);
        return new Budget(name, limit, currency, per, WINDOWS.get(per), on, audience);
    }
}

package dev.pincer.cli;

import java.util.Locale;

/** The policy {@code pincer bench policy} decides with: exactly {@value #RULES} rules, written as an owner would. */
final class PolicyBenchmarkText {
    static final int RULES = 1000;
    static final int TOOLS = 60;
    static final int REPOS = 200;
    private static final int PRINCIPALS = 20;
    private static final int CHATS = 10;

    private PolicyBenchmarkText() {}

    static String tool(int i) {
        return String.format(Locale.ROOT, "tool-%02d", i);
    }

    static String repo(int i) {
        return String.format(Locale.ROOT, "github.repo:org-%02d/repo-%03d", i % 40, i);
    }

    static String yaml() {
        StringBuilder y = new StringBuilder("""
                owner: {ids: ["local:*", "telegram:111111"], approvals: "telegram:111111"}
                trust: ["tool-00.get_item", "github.get_issue"]
                approvals: {timeout: 10m}
                principals:
                """);
        for (int p = 0; p < PRINCIPALS; p++) {
            y.append(String.format(Locale.ROOT, "  p%02d: [\"telegram:2000%02d\", \"slack:U000%02d\"]%n", p, p, p));
        }
        y.append("chats:\n");
        for (int c = 0; c < CHATS; c++) {
            y.append(String.format(Locale.ROOT, "  c%02d: \"telegram:-10000%02d\"%n", c, c));
        }
        y.append("rules:\n");
        int rules = 0;
        for (int t = 0; t < TOOLS; t++) {
            String tool = tool(t);
            y.append("  - allow: \"").append(tool).append(".read\"\n");
            y.append("  - ask: \"").append(tool).append(".write\"\n");
            y.append("  - deny: \"").append(tool).append(".delete_everything\"\n");
            y.append(String.format(Locale.ROOT, "  - allow: \"%s.send\"%n    for: [p%02d, owner]%n    in: [c%02d]%n", tool,
                    t % PRINCIPALS, t % CHATS));
            rules += 4;
        }
        for (int r = 0; r < REPOS; r++) {
            y.append("  - allow: \"").append(repo(r)).append(":write\"\n");
            rules++;
        }
        for (int o = 0; o < 40; o++) {
            y.append(String.format(Locale.ROOT, "  - ask: \"github.repo:org-%02d/*:delete\"%n", o));
            rules++;
        }
        for (int p = 0; p < PRINCIPALS; p++) {
            y.append(String.format(Locale.ROOT, "  - allow: \"*.reply\"%n    for: [p%02d]%n    in: [c%02d]%n", p, p % CHATS));
            rules++;
        }
        for (int h = 0; rules < RULES - 6; h++) {
            y.append(String.format(Locale.ROOT, "  - deny: \"host:tracker-%03d.example:connect\"%n", h));
            rules++;
        }
        y.append("""
                  - allow: ["*.reply", "github.read", "pincer.*"]
                  - allow: "shop.spend"
                  - deny: "*.delete_everything"
                  - ask: "*.send"
                    for: [anyone]
                  - deny: "host:*.evil.example:connect"
                  - allow: "weather.read"
                    for: [anyone]
                budgets:
                  - {name: daily-spend, limit: "50 USD", per: day, on: "*.spend"}
                  - {name: hourly-messages, limit: 500, per: hour, on: "*.reply"}
                  - {name: tool-writes, limit: 200, per: hour, on: "tool-*.write", for: [owner]}
                """);
        return y.toString();
    }
}

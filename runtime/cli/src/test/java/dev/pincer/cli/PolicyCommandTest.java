package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    private static final String POLICY = """
            owner: {ids: ["local:*", "telegram:111111"]}
            principals:
              alice: ["telegram:222222"]
            rules:
              - allow: "gmail.read"
              - ask: "gmail.send"
              - deny: "host:evil.example:connect"
            budgets:
              - {name: daily-spend, limit: "20 USD", per: day, on: "*.spend"}
            """;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("policy.yaml"), yaml);
    }

    @Test
    void checkSummarisesAValidPolicy() throws IOException {
        Path file = write(POLICY);

        assertEquals(0, run("policy", "check", file.toString()), err.toString());
        assertEquals(file + ": OK — 3 rules, 1 budget, owner: local:*, telegram:111111, principals: alice, approvals in "
                + "local:local within 10m\n", out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void checkNamesTheFirstProblemWithItsPlaceAndExitsOne() throws IOException {
        Path file = write("rules:\n  - allow: \"gmail.read\"\n    for: [alcie]\n");

        assertEquals(1, run("policy", "check", file.toString()));
        assertEquals("pincer: " + file + ":3:11: rules[0].for[0]: \"alcie\" is not a principal; valid: owner, anyone "
                + "(add others under principals)", err.toString().strip());
    }

    @Test
    void checkWithoutAFileDescribesTheBuiltInPolicy() {
        assertEquals(0, run("policy", "check"));
        assertTrue(out.toString().startsWith("no policy.yaml here: pincer run uses the built-in policy — 2 rules, 0 budgets,"
                + " owner: local:*"), out.toString());
        assertTrue(out.toString().contains("- ask: [\"*.write\", \"*.delete\", \"*.send\", \"*.spend\"]"), out.toString());
    }

    @Test
    void explainPrintsTheOutcomeTheRuleAndTheReason() throws IOException {
        Path file = write(POLICY);

        assertEquals(0, run("policy", "explain", file.toString(), "--tool", "gmail", "--action", "send_message",
                "--effect", "send", "--resource", "gmail.to:a@b.c"), err.toString());
        assertEquals("ASK  policy.yaml:6: ask gmail.send\n  the owner is asked, by policy.yaml:6: ask gmail.send\n",
                out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void explainDecidesForPrincipalsRepliesEgressAndTaint() throws IOException {
        Path file = write(POLICY);

        run("policy", "explain", file.toString(), "--tool", "gmail", "--action", "get_message", "--effect", "read",
                "--resource", "gmail.message:1", "--principal", "alice");
        assertTrue(out.toString().startsWith("DENY  default deny\n  no rule allows gmail.read on gmail.message:1 for alice;"
                + " add \"allow: gmail.read\" with \"for: [alice]\" to policy.yaml"), out.toString());
        out.getBuffer().setLength(0);
        run("policy", "explain", file.toString(), "--tool", "github", "--egress", "EVIL.example");
        assertTrue(out.toString().startsWith("DENY  policy.yaml:7: deny host:evil.example:connect"), out.toString());
        out.getBuffer().setLength(0);
        run("policy", "explain", file.toString(), "--reply", "telegram:-100");
        assertTrue(out.toString().startsWith("DENY  default deny"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(2, run("policy", "explain", file.toString(), "--tool", "gmail", "--principal", "bob"));
        assertTrue(err.toString().contains("--principal bob is not in the policy; valid: owner, stranger, alice"),
                err.toString());
    }
}

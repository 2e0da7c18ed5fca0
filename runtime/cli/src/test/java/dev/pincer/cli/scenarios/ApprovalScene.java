package dev.pincer.cli.scenarios;

import static dev.pincer.cli.scenarios.ScenarioWorld.GROUP;

/**
 * The scene most approval scenarios start from: the owner asks, in the group chat, for an issue in acme/site, which
 * the policy says needs their approval; the request reaches the owner's private chat.
 */
final class ApprovalScene {
    static final String ASKED = "I asked the owner to approve it.";

    private ApprovalScene() {}

    /**
     * Starts {@code world} with GitHub and a policy that asks before writing, then lets the owner ask for the issue;
     * returns the approval request's code once the model has told the group it asked.
     *
     * @param timeout the policy's approvals.timeout, such as {@code 10m}
     * @param tools more tools to load besides GitHub; reading mail is allowed
     */
    static String ownerAsksForAnIssue(ScenarioWorld world, String timeout, String... tools) {
        world.github.addRepository("acme", "site");
        world.withPolicy("""
                  - allow: ["github.read", "gmail.read"]
                  - ask: "github.write"
                approvals:
                  timeout: %s
                """.formatted(timeout)).withTools("github").withTools(tools).start();
        world.model.calls("github", "create_issue", "{\"owner\": \"acme\", \"repo\": \"site\", \"title\": \"Renew the domain\"}")
                .says(ASKED);
        world.ownerSaysIn(GROUP, "file an issue in acme/site: Renew the domain");
        String code = world.awaitApprovalCode();
        world.awaitMessage(GROUP, ASKED);
        return code;
    }
}

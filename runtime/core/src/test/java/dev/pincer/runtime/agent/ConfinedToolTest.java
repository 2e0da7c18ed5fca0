package dev.pincer.runtime.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.runtime.tool.ResourceTemplate;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfinedToolTest {
    private static final TaskOrigin CHAT = new TaskOrigin(new ConversationRef("telegram", "42"), "u1");
    private static final ActionDeclaration CREATE = new ActionDeclaration("create_issue", "Open an issue.",
            Json.parseObject("""
                    {"type": "object", "properties": {
                      "owner": {"type": "string", "pattern": "^[A-Za-z0-9-]+$"},
                      "repo": {"type": "string", "pattern": "^[A-Za-z0-9_.-]+$"},
                      "title": {"type": "string", "minLength": 1}},
                     "required": ["owner", "repo", "title"], "additionalProperties": false}"""),
            Effect.WRITE, ResourceTemplate.parse("github.repo:{owner}/{repo}"));

    private final List<ToolInvocation> invocations = new ArrayList<>();

    private ConfinedTool tool(ToolOutcome answer, RuntimeException thrown) {
        Tool tool = new Tool() {
            @Override
            public void start(IntegrationContext context) {}

            @Override
            public ToolOutcome invoke(ToolInvocation invocation) {
                invocations.add(invocation);
                if (thrown != null) {
                    throw thrown;
                }
                return answer;
            }

            @Override
            public void stop() {}
        };
        return new ConfinedTool(new ToolIntegration("github", List.of(CREATE), tool,
                text -> text.replace("ghp_secret", "[GITHUB_TOKEN]")));
    }

    @Test
    void eachDeclaredActionIsOfferedWithItsSchema() {
        ConfinedTool tool = tool(new ToolOutcome.Done(Json.of("ok")), null);
        assertEquals(1, tool.definitions().size());
        assertEquals("github__create_issue", tool.definitions().getFirst().name());
        assertEquals(CREATE.arguments(), tool.definitions().getFirst().inputSchema());
    }

    @Test
    void validArgumentsBecomeAnActionWithItsEffectAndResolvedResource() throws InterruptedException {
        ConfinedTool tool = tool(new ToolOutcome.Done(Json.of("#7")), null);
        AgentTool.Prepared prepared = tool.prepare("github__create_issue",
                Json.parseObject("{\"owner\": \"acme\", \"repo\": \"site\", \"title\": \"Broken link\"}"), CHAT);
        ProposedAction.InvokeTool action = prepared.action().orElseThrow();
        assertEquals(Effect.WRITE, action.effect());
        assertEquals("github.repo:acme/site", action.resource());
        assertEquals(new ToolOutcome.Done(Json.of("#7")), tool.run(action, "telegram:m1:1:0"));
        assertEquals("telegram:m1:1:0", invocations.getFirst().id());
        assertEquals("create_issue", invocations.getFirst().action());
    }

    @Test
    void argumentsOutsideTheSchemaNeverReachTheTool() {
        ConfinedTool tool = tool(new ToolOutcome.Done(Json.of("ok")), null);
        AgentTool.Prepared prepared = tool.prepare("github__create_issue",
                Json.parseObject("{\"owner\": \"acme\", \"repo\": \"../other\", \"title\": \"x\", \"extra\": 1}"), CHAT);
        assertTrue(prepared.action().isEmpty());
        String problem = prepared.problem().orElseThrow();
        assertTrue(problem.contains("repo") && problem.contains("extra"), problem);
        assertTrue(invocations.isEmpty());
    }

    @Test
    void aThrowingToolBecomesARedactedFailure() throws InterruptedException {
        ConfinedTool tool = tool(null, new IllegalStateException("token ghp_secret rejected"));
        ProposedAction.InvokeTool action = tool.prepare("github__create_issue",
                Json.parseObject("{\"owner\": \"acme\", \"repo\": \"site\", \"title\": \"x\"}"), CHAT).action().orElseThrow();
        ToolOutcome.Failed failed = assertInstanceOf(ToolOutcome.Failed.class, tool.run(action, "id"));
        assertFalse(failed.reason().contains("ghp_secret"), failed.reason());
        assertTrue(failed.reason().contains("threw IllegalStateException: token [GITHUB_TOKEN] rejected"), failed.reason());
    }
}

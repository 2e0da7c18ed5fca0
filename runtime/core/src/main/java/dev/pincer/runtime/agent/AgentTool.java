package dev.pincer.runtime.agent;

import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** Tools the agent offers the model: a confined tool integration, or one built into the runtime. */
interface AgentTool {

    /** The actions, as the model is told about them. */
    List<ToolDefinition> definitions();

    /**
     * What running {@code action} with {@code arguments} would do, for the decision point; empty with a problem
     * when the arguments are not valid for the action.
     */
    Prepared prepare(String definitionName, JsonObject arguments, TaskOrigin origin);

    /** Whether {@code action} is one of this tool's, as {@link #prepare} made it. */
    boolean owns(ProposedAction.InvokeTool action);

    /** Runs a prepared action that the decision point allowed. */
    ToolOutcome run(ProposedAction.InvokeTool action, String invocationId) throws InterruptedException;

    /**
     * The outcome of {@link #prepare}: the action to decide about, or why the call is invalid.
     *
     * @param action present when the call is valid
     * @param problem present when it is not, for the model
     */
    record Prepared(Optional<ProposedAction.InvokeTool> action, Optional<String> problem) {
        static Prepared of(ProposedAction.InvokeTool action) {
            return new Prepared(Optional.of(action), Optional.empty());
        }

        static Prepared invalid(String problem) {
            return new Prepared(Optional.empty(), Optional.of(problem));
        }
    }
}

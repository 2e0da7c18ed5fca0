package dev.pincer.runtime.agent;

import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Schedule;
import dev.pincer.runtime.store.ScheduledTask;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.function.Supplier;

/**
 * The runtime's own scheduling tool: the model can ask for a task to run once or every week ("remind me every
 * Monday at 9"), list and cancel them. A task is stored durably; when it is due, the runtime hands its text to the
 * agent as a message in the conversation that created it, exactly once per occurrence, also across restarts.
 */
final class Reminders implements AgentTool {
    static final String INTEGRATION = "pincer";
    static final String CREATE = "schedule_task";
    static final String LIST = "list_tasks";
    static final String CANCEL = "cancel_task";

    private final Store store;
    private final ZoneId zone;
    private final Supplier<Instant> now;
    private final RandomGenerator random;

    Reminders(Store store, ZoneId zone, Supplier<Instant> now, RandomGenerator random) {
        this.store = store;
        this.zone = zone;
        this.now = now;
        this.random = random;
    }

    @Override
    public List<ToolDefinition> definitions() {
        JsonObject create = Json.parseObject("""
                {"type": "object", "properties": {
                  "text": {"type": "string", "description": "what to do or say when the task is due, in the owner's words"},
                  "once_at": {"type": "string", "description": "local date and time for a one-off task, ISO format such as 2026-12-01T09:00"},
                  "weekly_day": {"type": "string", "enum": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"]},
                  "weekly_time": {"type": "string", "description": "local time HH:MM for a weekly task"}
                }, "required": ["text"]}""");
        return List.of(
                new ToolDefinition(CREATE, "Schedule a task in this conversation, once (once_at) or every week "
                        + "(weekly_day and weekly_time), in the owner's time zone " + zone + ".", create),
                new ToolDefinition(LIST, "List the scheduled tasks of this conversation.",
                        Json.parseObject("{\"type\": \"object\", \"properties\": {}}")),
                new ToolDefinition(CANCEL, "Cancel a scheduled task by its id.", Json.parseObject("""
                        {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}""")));
    }

    @Override
    public Prepared prepare(String name, JsonObject arguments, TaskOrigin origin) {
        String resource = "pincer.tasks:" + origin.channel() + "/" + origin.conversation().conversation();
        try {
            return switch (name) {
                case CREATE -> {
                    schedule(arguments);
                    String text = arguments.string("text");
                    if (text.isBlank() || text.length() > 1000) {
                        yield Prepared.invalid("text must be 1 to 1000 characters");
                    }
                    yield Prepared.of(new ProposedAction.InvokeTool(INTEGRATION, CREATE, arguments, Effect.WRITE, resource, origin));
                }
                case LIST -> Prepared.of(new ProposedAction.InvokeTool(INTEGRATION, LIST, arguments, Effect.READ, resource, origin));
                case CANCEL -> {
                    arguments.string("id");
                    yield Prepared.of(new ProposedAction.InvokeTool(INTEGRATION, CANCEL, arguments, Effect.DELETE, resource, origin));
                }
                default -> Prepared.invalid("unknown action " + name);
            };
        } catch (RuntimeException e) {
            return Prepared.invalid(e.getMessage());
        }
    }

    @Override
    public boolean owns(ProposedAction.InvokeTool action) {
        return action.integration().equals(INTEGRATION);
    }

    @Override
    public ToolOutcome run(ProposedAction.InvokeTool action, String invocationId) {
        ConversationRef origin = action.origin().conversation();
        JsonObject arguments = action.arguments();
        return switch (action.action()) {
            case CREATE -> {
                Schedule schedule = schedule(arguments);
                String id = "task-" + HexFormat.of().toHexDigits(random.nextInt());
                String payload = TaskPayload.of(origin, arguments.string("text")).toJson();
                ScheduledTask task = store.schedule(id, schedule, payload, schedule.firstRunAfter(now.get()));
                yield new ToolOutcome.Done(describe(task));
            }
            case LIST -> {
                List<Json> tasks = new ArrayList<>();
                for (ScheduledTask task : store.tasks()) {
                    Optional<TaskPayload> payload = TaskPayload.parse(task.payload());
                    if (payload.isPresent() && payload.get().conversation().equals(origin)) {
                        tasks.add(describe(task));
                    }
                }
                yield new ToolOutcome.Done(new JsonArray(tasks));
            }
            case CANCEL -> {
                String id = arguments.string("id");
                boolean mine = store.tasks().stream().anyMatch(task -> task.id().equals(id)
                        && TaskPayload.parse(task.payload()).map(p -> p.conversation().equals(origin)).orElse(false));
                yield mine && store.cancel(id) ? new ToolOutcome.Done(new JsonString("cancelled " + id))
                        : new ToolOutcome.Failed("no task '" + id + "' in this conversation; list_tasks shows the ids");
            }
            default -> new ToolOutcome.Failed("unknown action " + action.action());
        };
    }

    private Schedule schedule(JsonObject arguments) {
        Optional<String> onceAt = arguments.optString("once_at");
        Optional<String> day = arguments.optString("weekly_day");
        Optional<String> time = arguments.optString("weekly_time");
        try {
            if (onceAt.isPresent() && day.isEmpty() && time.isEmpty()) {
                Instant at = LocalDateTime.parse(onceAt.get()).atZone(zone).toInstant();
                if (!at.isAfter(now.get())) {
                    throw new IllegalArgumentException("once_at " + onceAt.get() + " is in the past (now it is "
                            + LocalDateTime.ofInstant(now.get(), zone).withNano(0) + " in " + zone + ")");
                }
                return new Schedule.Once(at);
            }
            if (onceAt.isEmpty() && day.isPresent() && time.isPresent()) {
                return new Schedule.Weekly(DayOfWeek.valueOf(day.get().toUpperCase(Locale.ROOT)),
                        LocalTime.parse(time.get()), zone);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the time is not valid: " + e.getMessage()
                    + "; write once_at as 2026-12-01T09:00 and weekly_time as 09:00");
        }
        throw new IllegalArgumentException("give either once_at, or weekly_day and weekly_time");
    }

    private JsonObject describe(ScheduledTask task) {
        JsonObject.Builder out = Json.object().put("id", task.id())
                .put("text", TaskPayload.parse(task.payload()).map(TaskPayload::text).orElse("?"))
                .put("schedule", switch (task.schedule()) {
                    case Schedule.Once once -> "once at " + LocalDateTime.ofInstant(once.at(), zone);
                    case Schedule.Every every -> "every " + every.period();
                    case Schedule.Weekly weekly -> "every " + weekly.day() + " at " + weekly.time() + " " + weekly.zone();
                });
        task.nextRun().ifPresent(next -> out.put("next", LocalDateTime.ofInstant(next, zone).toString()));
        return out.build();
    }
}

package dev.pincer.cli.scenarios;

import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.conformance.fake.anthropic.FakeAnthropic;
import dev.pincer.spi.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the scripted model says next, on top of {@link FakeAnthropic}'s queue: a scenario queues the model's turns
 * in the order the runtime will ask for them (each scenario drives one task at a time, so the order is known).
 */
final class ScriptedModel {
    private final FakeAnthropic fake;
    private final AtomicInteger ids = new AtomicInteger();

    ScriptedModel(FakeAnthropic fake) {
        this.fake = fake;
    }

    /** The next model turn calls {@code tool}'s {@code action} with {@code input} (a JSON object). */
    ScriptedModel calls(String tool, String action, String input) {
        String id = "toolu_" + ids.incrementAndGet();
        fake.answerNext(new Answer.Message(Json.array(java.util.List.of(Json.object().put("type", "tool_use").put("id", id)
                .put("name", tool + "__" + action).put("input", Json.parseObject(input)).build())),
                Json.of("tool_use"), Optional.empty(), Json.object(Map.of())));
        return this;
    }

    /** The next model turn ends the task with {@code text}. */
    ScriptedModel says(String text) {
        fake.answerNext(Answer.text(text));
        return this;
    }

    /** How many requests the model has received so far. */
    int requests() {
        return fake.messageRequests().size();
    }

    /** Everything the model was sent in its requests, for assertions on what it saw. */
    String everythingSent() {
        StringBuilder all = new StringBuilder();
        fake.messageRequests().forEach(request -> all.append(request.body()).append('\n'));
        return all.toString();
    }
}

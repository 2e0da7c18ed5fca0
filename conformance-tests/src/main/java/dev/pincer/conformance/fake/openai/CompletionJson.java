package dev.pincer.conformance.fake.openai;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Renders an {@link Answer.Completion} as the {@code chat.completion} object OpenAI returns. */
final class CompletionJson {
    private CompletionJson() {}

    static String render(Answer.Completion completion, String id, String model, Instant created) {
        JsonObject.Builder message = Json.object().put("role", "assistant")
                .put("content", completion.content().<Json>map(Json::of).orElse(JsonNull.INSTANCE));
        if (!completion.toolCalls().isEmpty()) {
            List<Json> calls = new ArrayList<>();
            for (Answer.Call call : completion.toolCalls()) {
                calls.add(Json.object().put("id", call.id()).put("type", "function")
                        .put("function", Json.object().put("name", call.name()).put("arguments", call.arguments()).build())
                        .build());
            }
            message.put("tool_calls", Json.array(calls));
        }
        message.put("refusal", completion.refusal().<Json>map(Json::of).orElse(JsonNull.INSTANCE))
                .put("annotations", Json.array(List.of()));
        JsonObject choice = Json.object().put("index", 0).put("message", message.build()).put("logprobs", JsonNull.INSTANCE)
                .put("finish_reason", completion.finishReason().<Json>map(Json::of).orElse(JsonNull.INSTANCE))
                .build();
        JsonObject.Builder body = Json.object().put("id", id).put("object", "chat.completion")
                .put("created", created.getEpochSecond()).put("model", model)
                .put("choices", new JsonArray(List.of(choice)));
        completion.usage().ifPresent(usage -> body.put("usage", Json.object()
                .put("prompt_tokens", usage.promptTokens())
                .put("completion_tokens", usage.completionTokens())
                .put("total_tokens", usage.promptTokens() + usage.completionTokens())
                .put("prompt_tokens_details", Json.object().put("cached_tokens", 0).put("audio_tokens", 0).build())
                .put("completion_tokens_details", Json.object().put("reasoning_tokens", 0).put("audio_tokens", 0)
                        .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0).build())
                .build()));
        return body.put("service_tier", "default").put("system_fingerprint", "fp_6f2eabb9a5").build().toString();
    }
}

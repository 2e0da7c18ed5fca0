package dev.pincer.conformance.fake.openai;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;

/** OpenAI's error body, {@code {"error":{"message","type","param","code"}}}, with null for an absent param or code. */
final class ErrorBody {
    private ErrorBody() {}

    static String of(String message, String type, Optional<String> param, Optional<String> code) {
        JsonObject error = Json.object()
                .put("message", message)
                .put("type", type)
                .put("param", param.<Json>map(Json::of).orElse(JsonNull.INSTANCE))
                .put("code", code.<Json>map(Json::of).orElse(JsonNull.INSTANCE))
                .build();
        return Json.object().put("error", error).build().toString();
    }

    /** An {@code invalid_request_error} about a parameter. */
    static String invalidRequest(String message, String param, String code) {
        return of(message, "invalid_request_error", Optional.ofNullable(param), Optional.ofNullable(code));
    }
}

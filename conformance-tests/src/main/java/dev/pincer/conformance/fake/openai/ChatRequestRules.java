package dev.pincer.conformance.fake.openai;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks OpenAI applies to a chat completion body before it runs the model, with its 400 messages.
 *
 * <p>Only the parameters Pincer's profile uses are checked in depth; others are accepted as they are.
 */
final class ChatRequestRules {
    private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern REASONING_MODEL = Pattern.compile("(o1|o3|o4|gpt-5)([-.].*)?");

    private ChatRequestRules() {}

    /** The 400 answer for a body OpenAI would refuse; empty for an acceptable one. */
    static Optional<Answer.Status> check(String bodyText) {
        try {
            JsonObject body = parse(bodyText);
            checkModel(body);
            MessageRules.check(body.get("messages"));
            checkTools(body);
            checkLimit(body, "max_tokens");
            checkLimit(body, "max_completion_tokens");
            checkStreaming(body);
            return Optional.empty();
        } catch (InvalidRequest e) {
            return Optional.of(e.answer());
        }
    }

    private static JsonObject parse(String bodyText) throws InvalidRequest {
        try {
            return Json.parseObject(bodyText);
        } catch (JsonException e) {
            throw new InvalidRequest("We could not parse the JSON body of your request. (HINT: This likely means you aren't"
                    + " using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not"
                    + " valid JSON. If you have trouble figuring out how to fix this, please contact us through our help"
                    + " center at help.openai.com.)", null, null);
        }
    }

    private static void checkModel(JsonObject body) throws InvalidRequest {
        if (!(body.get("model").orElse(null) instanceof JsonString model) || model.value().isBlank()) {
            throw new InvalidRequest("you must provide a model parameter", null, null);
        }
        if (body.has("max_tokens") && REASONING_MODEL.matcher(model.value()).matches()) {
            throw new InvalidRequest("Unsupported parameter: 'max_tokens' is not supported with this model. Use"
                    + " 'max_completion_tokens' instead.", "max_tokens", "unsupported_parameter");
        }
    }

    private static void checkTools(JsonObject body) throws InvalidRequest {
        Optional<Json> tools = body.get("tools");
        if (tools.isEmpty()) {
            if (body.has("tool_choice")) {
                throw new InvalidRequest("Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are"
                        + " specified.", "tool_choice", null);
            }
            return;
        }
        if (!(tools.get() instanceof JsonArray list)) {
            throw InvalidRequest.type("tools", "an array", tools.get().kind());
        }
        if (list.size() == 0) {
            throw InvalidRequest.emptyArray("tools");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "tools[" + i + "]";
            if (!(list.get(i) instanceof JsonObject tool)) {
                throw InvalidRequest.type(at, "an object", list.get(i).kind());
            }
            if (!(tool.get("type").orElse(null) instanceof JsonString type) || !type.value().equals("function")) {
                throw new InvalidRequest("Invalid value: '" + tool.get("type").map(Json::toString).orElse("")
                        + "'. Supported values are: 'function' and 'custom'.", at + ".type", "invalid_value");
            }
            if (!(tool.get("function").orElse(null) instanceof JsonObject function)) {
                throw InvalidRequest.missing(at + ".function");
            }
            if (!(function.get("name").orElse(null) instanceof JsonString name)) {
                throw InvalidRequest.missing(at + ".function.name");
            }
            if (!TOOL_NAME.matcher(name.value()).matches()) {
                throw new InvalidRequest("Invalid '" + at + ".function.name': string does not match pattern. Expected a"
                        + " string that matches the pattern '^[a-zA-Z0-9_-]+$'.", at + ".function.name", "invalid_value");
            }
            Optional<Json> parameters = function.get("parameters");
            if (parameters.isPresent() && !(parameters.get() instanceof JsonObject)) {
                throw InvalidRequest.type(at + ".function.parameters", "an object", parameters.get().kind());
            }
        }
    }

    private static void checkLimit(JsonObject body, String name) throws InvalidRequest {
        Optional<Json> value = body.get(name);
        if (value.isEmpty()) {
            return;
        }
        if (!(value.get() instanceof JsonNumber number) || number.value().stripTrailingZeros().scale() > 0) {
            throw InvalidRequest.type(name, "an integer", value.get().kind());
        }
        if (number.value().compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidRequest("Invalid '" + name + "': integer below minimum value. Expected a value >= 1, but got "
                    + number.value().toPlainString() + " instead.", name, "integer_below_min_value");
        }
    }

    private static void checkStreaming(JsonObject body) throws InvalidRequest {
        if (body.get("stream").orElse(null) instanceof dev.pincer.spi.json.JsonBoolean stream && stream.value()) {
            throw new InvalidRequest("This fake of the OpenAI API does not stream; send the request without \"stream\": true"
                    + " (the Pincer profile uses whole answers).", "stream", null);
        }
    }
}

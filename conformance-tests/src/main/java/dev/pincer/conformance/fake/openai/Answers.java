package dev.pincer.conformance.fake.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers real OpenAI-compatible servers give, with their real bodies and headers.
 *
 * <p>Error bodies are OpenAI's unless the method names another server (llama.cpp, vLLM).
 */
public final class Answers {
    static final String JSON = "application/json";

    private Answers() {}

    /** A finished text turn: {@code finish_reason} {@code stop}. */
    public static Answer.Completion text(String content, long promptTokens, long completionTokens) {
        return new Answer.Completion(Optional.of(content), List.of(), Optional.of("stop"), Optional.empty(),
                Optional.of(new Answer.Usage(promptTokens, completionTokens)));
    }

    /** A turn that calls tools: {@code content} null, {@code finish_reason} {@code tool_calls}. */
    public static Answer.Completion toolCalls(List<Answer.Call> calls, long promptTokens, long completionTokens) {
        return new Answer.Completion(Optional.empty(), calls, Optional.of("tool_calls"), Optional.empty(),
                Optional.of(new Answer.Usage(promptTokens, completionTokens)));
    }

    /** A turn with this text, these calls and this {@code finish_reason} ({@code null} for JSON null). */
    public static Answer.Completion finished(String content, List<Answer.Call> calls, String finishReason) {
        return new Answer.Completion(Optional.ofNullable(content), calls, Optional.ofNullable(finishReason),
                Optional.empty(), Optional.of(new Answer.Usage(20, 5)));
    }

    /** A refusal in {@code message.refusal}, content null, {@code finish_reason} {@code stop}. */
    public static Answer.Completion refusal(String refusal) {
        return new Answer.Completion(Optional.empty(), List.of(), Optional.of("stop"), Optional.of(refusal),
                Optional.of(new Answer.Usage(20, 9)));
    }

    /** 401 for a request without {@code Authorization}. */
    public static Answer.Status missingApiKey() {
        return error(401, ErrorBody.invalidRequest("You didn't provide an API key. You need to provide your API key in an"
                + " Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field"
                + " (with blank username) if you're accessing the API from your browser and are prompted for a username and"
                + " password. You can obtain an API key from https://platform.openai.com/account/api-keys.", null, null));
    }

    /** 401 {@code invalid_api_key}, showing the key received masked as OpenAI masks it (first 8 and last 4 characters). */
    public static Answer.Status invalidApiKey(String receivedKey) {
        Objects.requireNonNull(receivedKey, "receivedKey");
        String masked = receivedKey.length() <= 12 ? "*".repeat(receivedKey.length())
                : receivedKey.substring(0, 8) + "*".repeat(receivedKey.length() - 12)
                        + receivedKey.substring(receivedKey.length() - 4);
        return error(401, ErrorBody.invalidRequest("Incorrect API key provided: " + masked
                + ". You can find your API key at https://platform.openai.com/account/api-keys.", null, "invalid_api_key"));
    }

    /** 403 for a request from a country OpenAI does not serve. */
    public static Answer.Status regionNotSupported() {
        return error(403, ErrorBody.of("Country, region, or territory not supported", "request_forbidden", Optional.empty(),
                Optional.of("unsupported_country_region_territory")));
    }

    /** 404 for a model that does not exist. */
    public static Answer.Status modelNotFound(String model) {
        return error(404, ErrorBody.invalidRequest("The model `" + model
                + "` does not exist or you do not have access to it.", null, "model_not_found"));
    }

    /** 400 in vLLM's old top-level shape, {@code {"object":"error",...}}. */
    public static Answer.Status vllmBadRequest(String message) {
        String body = dev.pincer.spi.json.Json.object().put("object", "error").put("message", message)
                .put("type", "BadRequestError").put("param", dev.pincer.spi.json.JsonNull.INSTANCE).put("code", 400)
                .build().toString();
        return new Answer.Status(400, Map.of(), JSON, body);
    }

    /**
     * 429 {@code rate_limit_exceeded} with OpenAI's {@code x-ratelimit-*} headers, and {@code retry-after} when
     * {@code retryAfterSeconds} is present.
     */
    public static Answer.Status rateLimited(Optional<Integer> retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ratelimit-limit-requests", "3");
        headers.put("x-ratelimit-remaining-requests", "0");
        headers.put("x-ratelimit-reset-requests", "20s");
        headers.put("x-ratelimit-limit-tokens", "200000");
        headers.put("x-ratelimit-remaining-tokens", "199120");
        headers.put("x-ratelimit-reset-tokens", "264ms");
        retryAfterSeconds.ifPresent(seconds -> headers.put("retry-after", Integer.toString(seconds)));
        return new Answer.Status(429, headers, JSON, ErrorBody.of("Rate limit reached for gpt-4.1-mini in organization"
                + " org-pincerconformance on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s."
                + " Visit https://platform.openai.com/account/rate-limits to learn more.", "requests", Optional.empty(),
                Optional.of("rate_limit_exceeded")));
    }

    /** 429 {@code insufficient_quota}: the account has no credit left; waiting does not help. */
    public static Answer.Status insufficientQuota() {
        return error(429, ErrorBody.of("You exceeded your current quota, please check your plan and billing details. For"
                + " more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
                "insufficient_quota", Optional.empty(), Optional.of("insufficient_quota")));
    }

    /** 503: the engine is overloaded, with {@code retry-after} when {@code retryAfterSeconds} is present. */
    public static Answer.Status overloaded(Optional<Integer> retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        retryAfterSeconds.ifPresent(seconds -> headers.put("retry-after", Integer.toString(seconds)));
        return new Answer.Status(503, headers, JSON, ErrorBody.of("The engine is currently overloaded, please try again"
                + " later", "server_error", Optional.empty(), Optional.empty()));
    }

    /** A 5xx with OpenAI's {@code server_error} body. */
    public static Answer.Status serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error is 500..599, was " + status);
        }
        return error(status, ErrorBody.of("The server had an error while processing your request. Sorry about that!",
                "server_error", Optional.empty(), Optional.empty()));
    }

    /** 502 with a proxy's HTML page, as a load balancer in front of the API sends it. */
    public static Answer.Status badGatewayHtml() {
        return new Answer.Status(502, Map.of(), "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n");
    }

    /** The context-length error of one server. */
    public static Answer.Status contextTooLong(Server server) {
        return switch (server) {
            case OPENAI -> error(400, ErrorBody.invalidRequest("This model's maximum context length is 128000 tokens."
                    + " However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
                    "messages", "context_length_exceeded"));
            case LLAMA_CPP -> new Answer.Status(400, Map.of(), JSON, "{\"error\":{\"code\":400,\"message\":\"the request"
                    + " exceeds the available context size, try increasing it\",\"type\":\"exceed_context_size_error\","
                    + "\"n_prompt_tokens\":14429,\"n_ctx\":8192}}");
            case VLLM -> vllmBadRequest("This model's maximum context length is 16384 tokens. However, you requested"
                    + " 122946 tokens (112946 in the messages, 10000 in the completion). Please reduce the length of the"
                    + " messages or completion.");
        };
    }

    /** A 200 whose body is exactly {@code body}: an HTML page, truncated JSON, an object without choices. */
    public static Answer.Status malformed(String body) {
        return new Answer.Status(200, Map.of(), JSON, body);
    }

    /** The servers whose error shapes the fake knows. */
    public enum Server { OPENAI, LLAMA_CPP, VLLM }

    static Answer.Status error(int status, String body) {
        return new Answer.Status(status, Map.of(), JSON, body);
    }
}

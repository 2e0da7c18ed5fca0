package dev.pincer.conformance.fake.openai;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FakeOpenAi} answers one chat completion request with, once the request passed its checks.
 *
 * <p>{@link Answers} builds the answers real servers give: completions, rate limits, overload, errors.
 */
public sealed interface Answer {

    /**
     * A 200 {@code chat.completion} with one choice.
     *
     * @param content {@code message.content}; empty for {@code null}
     * @param toolCalls {@code message.tool_calls}; left out when empty
     * @param finishReason {@code finish_reason}; empty for {@code null}
     * @param refusal {@code message.refusal}; empty for {@code null}
     * @param usage {@code usage}; empty to leave it out, as some local servers do
     */
    record Completion(Optional<String> content, List<Call> toolCalls, Optional<String> finishReason,
            Optional<String> refusal, Optional<Usage> usage) implements Answer {
        public Completion {
            Objects.requireNonNull(content, "content");
            toolCalls = List.copyOf(toolCalls);
            Objects.requireNonNull(finishReason, "finishReason");
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * One entry of {@code message.tool_calls}.
     *
     * @param id the call's id, such as {@code call_Qx2hZ8kT0bWmN4vR}
     * @param name {@code function.name}
     * @param arguments {@code function.arguments}, a string as the model wrote it (normally JSON)
     */
    record Call(String id, String name, String arguments) {
        public Call {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /**
     * Token counts, as {@code usage.prompt_tokens} and {@code usage.completion_tokens}.
     *
     * @param promptTokens tokens read
     * @param completionTokens tokens written
     */
    record Usage(long promptTokens, long completionTokens) {
        public Usage {
            if (promptTokens < 0 || completionTokens < 0) {
                throw new IllegalArgumentException("token counts are not negative, were " + promptTokens + " and "
                        + completionTokens);
            }
        }
    }

    /**
     * Any HTTP answer: an error with its body, or a 200 with a malformed body.
     *
     * @param status the HTTP status
     * @param headers extra response headers, such as {@code retry-after}
     * @param contentType the {@code Content-Type}
     * @param body the body, sent as UTF-8
     */
    record Status(int status, Map<String, String> headers, String contentType, String body) implements Answer {
        public Status {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("status must be 200..599, was " + status);
            }
            headers = Map.copyOf(headers);
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The connection is closed without a response: the client sees a network error. */
    record Drop() implements Answer {}

    /** No answer at all until the fake closes: a request that never ends. */
    record Hold() implements Answer {}
}

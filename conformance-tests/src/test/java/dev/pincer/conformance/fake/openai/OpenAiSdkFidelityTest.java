package dev.pincer.conformance.fake.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK (com.openai:openai-java) against the fake: a client no one here wrote accepts it. */
class OpenAiSdkFidelityTest {
    private final FakeOpenAi fake = FakeOpenAi.start(Optional.of(FakeOpenAiTest.KEY), () -> Instant.parse("2026-01-05T09:00:00Z"));

    @AfterEach
    void close() {
        fake.close();
    }

    private OpenAIClient client(String key, int maxRetries) {
        return OpenAIOkHttpClient.builder().baseUrl(fake.baseUri() + "/v1").apiKey(key).maxRetries(maxRetries)
                .timeout(Duration.ofSeconds(5)).build();
    }

    private static ChatCompletionCreateParams.Builder hello() {
        return ChatCompletionCreateParams.builder().model("gpt-4.1-mini").addSystemMessage("Be brief.")
                .addUserMessage("Grüezi").maxCompletionTokens(64);
    }

    @Test
    void sdkReadsATextTurnAndItsRequestReachesTheFakeAsOpenAiExpectsIt() {
        fake.answerNext(Answers.text("Grüezi! How can I help?", 21, 7));
        OpenAIClient client = client(FakeOpenAiTest.KEY, 0);
        ChatCompletion completion = client.chat().completions().create(hello().build());
        assertEquals(Optional.of("Grüezi! How can I help?"), completion.choices().getFirst().message().content());
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, completion.choices().getFirst().finishReason());
        assertEquals(21, completion.usage().orElseThrow().promptTokens());
        assertEquals(7, completion.usage().orElseThrow().completionTokens());
        RecordedRequest request = fake.completionRequests().getFirst();
        assertEquals(Optional.of("Bearer " + FakeOpenAiTest.KEY), request.header("Authorization"));
        JsonObject body = request.json().orElseThrow();
        assertEquals("gpt-4.1-mini", body.string("model"));
        assertEquals(64, body.longValue("max_completion_tokens"));
        assertEquals(List.of("system", "user"), body.array("messages").objects().stream().map(m -> m.string("role")).toList());
        client.close();
    }

    @Test
    void sdkReadsToolCallsAndItsAnswerPassesTheFakesPairingRules() {
        fake.answerNext(Answers.toolCalls(List.of(new Answer.Call("call_Qx2hZ8kT0bWmN4vR", "get_weather", "{\"city\":\"Zürich\"}")),
                40, 12), Answers.text("14 °C and cloudy.", 60, 6));
        OpenAIClient client = client(FakeOpenAiTest.KEY, 0);
        ChatCompletionFunctionTool tool = ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder()
                .name("get_weather").description("Current weather for a city")
                .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .build())
                .build()).build();
        ChatCompletion first = client.chat().completions().create(hello().addTool(tool).build());
        assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, first.choices().getFirst().finishReason());
        ChatCompletionMessageFunctionToolCall call = first.choices().getFirst().message().toolCalls().orElseThrow()
                .getFirst().asFunction();
        assertEquals("call_Qx2hZ8kT0bWmN4vR", call.id());
        assertEquals("get_weather", call.function().name());
        assertEquals("{\"city\":\"Zürich\"}", call.function().arguments());
        ChatCompletion second = client.chat().completions().create(hello().addTool(tool)
                .addMessage(first.choices().getFirst().message())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call.id()).content("{\"temperature_c\":14}").build())
                .build());
        assertEquals(Optional.of("14 °C and cloudy."), second.choices().getFirst().message().content());
        JsonObject sent = fake.completionRequests().get(1).json().orElseThrow();
        JsonObject assistant = sent.array("messages").objects().get(2);
        assertEquals("{\"city\":\"Zürich\"}", assistant.array("tool_calls").objects().getFirst().object("function").string("arguments"));
        assertEquals("call_Qx2hZ8kT0bWmN4vR", sent.array("messages").objects().get(3).string("tool_call_id"));
        client.close();
    }

    @Test
    void sdkMapsTheFakesErrorsToItsExceptionsWithOpenAisCodes() {
        OpenAIClient wrongKey = client("sk-not-the-right-key-00000000000000000000000000wxyz", 0);
        UnauthorizedException unauthorized = assertThrows(UnauthorizedException.class,
                () -> wrongKey.chat().completions().create(hello().build()));
        assertEquals(401, unauthorized.statusCode());
        assertEquals(Optional.of("invalid_api_key"), unauthorized.code());
        wrongKey.close();

        OpenAIClient client = client(FakeOpenAiTest.KEY, 0);
        fake.answerNext(Answers.rateLimited(Optional.of(20)), Answers.contextTooLong(Answers.Server.OPENAI),
                Answers.overloaded(Optional.empty()));
        RateLimitException limited = assertThrows(RateLimitException.class, () -> client.chat().completions().create(hello().build()));
        assertEquals(Optional.of("rate_limit_exceeded"), limited.code());
        assertEquals(Optional.of("20"), limited.headers().values("retry-after").stream().findFirst());
        BadRequestException tooLong = assertThrows(BadRequestException.class, () -> client.chat().completions().create(hello().build()));
        assertEquals(Optional.of("context_length_exceeded"), tooLong.code());
        assertEquals(Optional.of("messages"), tooLong.param());
        InternalServerException overloaded = assertThrows(InternalServerException.class,
                () -> client.chat().completions().create(hello().build()));
        assertEquals(503, overloaded.statusCode());
        client.close();
    }

    @Test
    void sdkRetriesARateLimitAfterTheFakesRetryAfterAndThenSucceeds() {
        fake.answerNext(Answers.rateLimited(Optional.of(0)), Answers.text("after the wait", 5, 3));
        OpenAIClient client = client(FakeOpenAiTest.KEY, 2);
        ChatCompletion completion = client.chat().completions().create(hello().build());
        assertEquals(Optional.of("after the wait"), completion.choices().getFirst().message().content());
        assertEquals(List.of(429, 200), fake.completionRequests().stream().map(RecordedRequest::status).toList());
        assertEquals(Optional.of("1"), fake.completionRequests().get(1).header("x-stainless-retry-count"),
                "the second request is the SDK's first retry");
        client.close();
    }
}

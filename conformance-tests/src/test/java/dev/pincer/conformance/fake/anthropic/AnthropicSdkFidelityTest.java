package dev.pincer.conformance.fake.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.InternalServerException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.errors.OverloadedException;
import com.anthropic.errors.PermissionDeniedException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import dev.pincer.spi.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Anthropic's official Java SDK (com.anthropic:anthropic-java) against the fake: a client no one here wrote sends
 * requests the fake accepts, reads its answers, and maps its errors to the SDK's own exception types.
 */
class AnthropicSdkFidelityTest {
    private final FakeAnthropic fake = FakeAnthropic.start(MessagesClient.KEY, () -> Instant.EPOCH);
    private final AnthropicClient sdk = client(0);

    private AnthropicClient client(int maxRetries) {
        return AnthropicOkHttpClient.builder().apiKey(MessagesClient.KEY).baseUrl(fake.baseUri().toString())
                .maxRetries(maxRetries).timeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void close() {
        sdk.close();
        fake.close();
    }

    private static MessageCreateParams.Builder hello() {
        return MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(1024).system("Be brief.").addUserMessage("Grüße 👋");
    }

    @Test
    void sdkReadsATextAnswerAndIsAuthenticatedByTheFake() {
        Message message = sdk.messages().create(hello().build());

        assertEquals("Hello! How can I help you today?", message.content().getFirst().text().orElseThrow().text());
        assertEquals(StopReason.END_TURN, message.stopReason().orElseThrow());
        assertTrue(message.usage().inputTokens() > 0);
        RecordedRequest request = fake.messageRequests().getFirst();
        assertEquals(200, request.status(), request.responseBody());
        // The 3.x SDK sends the key as a bearer token and the API version its major release pinned, 2026-10-21;
        // the fake accepts both ways, as the API does. The profile itself pins x-api-key and 2023-06-01.
        assertEquals("Bearer " + MessagesClient.KEY, request.header("authorization").orElseThrow());
        assertEquals("2026-10-21", request.header("anthropic-version").orElseThrow());
        assertEquals("Be brief.", request.bodyJson().string("system"));
    }

    @Test
    void sdkRoundTripsAToolUseTurnThroughTheFakesPairingRules() {
        fake.answerNext(Answer.message("tool_use", Answer.textBlock("Let me check."),
                Answer.toolUseBlock("toolu_01A09q90qw90lq917835lq9", "get_weather", Json.object().put("location", "Zürich, CH").build()))
                .withUsage(Json.object().put("input_tokens", 21).put("cache_read_input_tokens", 3000).put("output_tokens", 42).build()));
        Tool weather = Tool.builder().name("get_weather").description("Current weather at a place")
                .inputSchema(Tool.InputSchema.builder().properties(Tool.InputSchema.Properties.builder()
                        .putAdditionalProperty("location", JsonValue.from(Map.of("type", "string"))).build())
                        .required(List.of("location")).build())
                .build();
        MessageCreateParams first = hello().addTool(weather).build();

        Message call = sdk.messages().create(first);
        ToolUseBlock use = call.content().get(1).toolUse().orElseThrow();
        assertEquals(StopReason.TOOL_USE, call.stopReason().orElseThrow());
        assertEquals("toolu_01A09q90qw90lq917835lq9", use.id());
        assertEquals(JsonValue.from(Map.of("location", "Zürich, CH")), use._input());
        assertEquals(3000L, call.usage().cacheReadInputTokens().orElseThrow());

        Message answer = sdk.messages().create(first.toBuilder().addMessage(call)
                .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                        .toolUseId(use.id()).content("{\"temperature\": 4}").isError(false).build())))
                .build());
        assertEquals(StopReason.END_TURN, answer.stopReason().orElseThrow());
        RecordedRequest second = fake.messageRequests().get(1);
        assertEquals(200, second.status(), "the SDK's tool_result turn passed the fake's rules: " + second.responseBody());
        assertEquals("get_weather", second.bodyJson().array("tools").objects().getFirst().string("name"));
    }

    @Test
    void sdkMapsTheFakesErrorsToItsOwnExceptions() {
        Map<Answer, Class<? extends AnthropicServiceException>> expected = new java.util.LinkedHashMap<>();
        expected.put(Answer.unauthorized(), UnauthorizedException.class);
        expected.put(Answer.forbidden(), PermissionDeniedException.class);
        expected.put(Answer.invalidRequest("prompt is too long: 200082 tokens > 200000 maximum"), BadRequestException.class);
        expected.put(Answer.rateLimited(30), RateLimitException.class);
        expected.put(Answer.overloaded(null), OverloadedException.class);
        expected.put(Answer.serverError(500), InternalServerException.class);
        for (Map.Entry<Answer, Class<? extends AnthropicServiceException>> entry : expected.entrySet()) {
            fake.answerNext(entry.getKey());
            AnthropicServiceException error = assertThrows(AnthropicServiceException.class, () -> sdk.messages().create(hello().build()));
            assertInstanceOf(entry.getValue(), error, entry.getKey().toString());
            assertEquals(((Answer.Error) entry.getKey()).message(), error.apiMessage().orElseThrow());
            assertTrue(error.requestId().orElse("").startsWith("req_"), "request-id header read by the SDK");
        }
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> sdk.messages().create(hello().model("claude-sonnet-0-0").build()));
        assertEquals("model: claude-sonnet-0-0", unknown.apiMessage().orElseThrow());
    }

    @Test
    void sdkReadsTheSpendLimitDetails() {
        fake.answerNext(Answer.spendLimitReached("You have reached your specified API usage limits."));
        RateLimitException error = assertThrows(RateLimitException.class, () -> sdk.messages().create(hello().build()));
        assertEquals("enforced_spend_limit_reached", error.errorCode().orElseThrow());
    }

    @Test
    void sdkRetriesAnOverloadAfterTheFakesRetryAfter() {
        fake.answerNext(Answer.overloaded(1));
        AnthropicClient retrying = client(2);
        try {
            Message message = retrying.messages().create(hello().build());
            assertEquals(StopReason.END_TURN, message.stopReason().orElseThrow());
        } finally {
            retrying.close();
        }
        assertEquals(List.of(529, 200), fake.messageRequests().stream().map(RecordedRequest::status).toList());
    }
}

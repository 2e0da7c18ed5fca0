package scenario.payments;

import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import java.net.URI;

/** A test-only payments tool: each charge is one POST to payments.example.com, with the invocation id as key. */
public final class PaymentsTool implements Tool {
    private IntegrationContext context;

    @Override
    public void start(IntegrationContext context) {
        this.context = context;
    }

    @Override
    public ToolOutcome invoke(ToolInvocation invocation) throws InterruptedException {
        String body = Json.object().put("merchant", invocation.arguments().string("merchant"))
                .put("amount", invocation.arguments().get("amount").orElseThrow())
                .put("idempotencyKey", invocation.id()).build().toString();
        HttpResponse response = context.http().send(HttpRequest.postJson(
                URI.create("https://payments.example.com/v1/charges"), body));
        return response.successful() ? new ToolOutcome.Done(Json.parse(response.bodyText()))
                : new ToolOutcome.Failed("the payments service answered " + response.status() + ": " + response.bodyText());
    }

    @Override
    public void stop() {}
}

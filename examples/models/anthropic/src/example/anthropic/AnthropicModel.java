package example.anthropic;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.util.Objects;

/**
 * Anthropic's Claude models as a Pincer model, through the Messages API, following {@code specs/models/anthropic.md}.
 *
 * <p>The pieces: {@link Settings} reads the configuration; {@link RequestBody} turns a request into the API's JSON;
 * {@link MessagesApi} sends it and reads the error envelope into an {@link ApiAnswer}; {@link ReplyReader} turns an
 * answer into a reply; {@link Attempts} retries rate limits and transient failures with {@link Backoff}.
 *
 * <p>The API key is never seen here: requests carry the secret's placeholder in {@code x-api-key}, which the runtime
 * replaces on the way to api.anthropic.com. Nothing this class logs, returns or throws contains it.
 */
public final class AnthropicModel implements Model {
    static final String KEY_SECRET = "ANTHROPIC_API_KEY";

    private final StopFlag stopping = new StopFlag();
    private volatile IntegrationContext context;
    private volatile Settings settings;
    private volatile MessagesApi api;

    /** Creates an unstarted model; the runtime calls {@link #start} next. */
    public AnthropicModel() {}

    @Override
    public void start(IntegrationContext context) {
        Objects.requireNonNull(context, "context");
        Settings read = Settings.from(context.config());
        MessagesApi messages = new MessagesApi(context.http(), context.secrets().get(KEY_SECRET).placeholder());
        this.settings = read;
        this.context = context;
        this.api = messages; // last: complete reads api first
        context.log().info("Anthropic model " + read.model() + " ready"
                + read.cap().map(cap -> ", answers capped at " + cap + " tokens").orElse(""));
    }

    @Override
    public ModelResult complete(ModelRequest request) throws InterruptedException {
        Objects.requireNonNull(request, "request");
        if (api == null) {
            throw new IllegalStateException("the Anthropic model was not started; the runtime calls start first");
        }
        String body = RequestBody.of(request, settings).toString();
        return new Attempts(context, api, stopping).run(body);
    }

    @Override
    public void stop() {
        stopping.raise();
    }
}

package example.openai;

import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A model behind OpenAI's Chat Completions API — OpenAI, or a local Ollama, llama.cpp or vLLM server — following
 * {@code specs/models/openai-compatible.md}.
 *
 * <p>The pieces: {@link Settings} reads the configuration; {@link RequestBody} maps the request; {@link ChatApi}
 * sends one attempt; {@link Attempts} retries with {@link Backoff} and reads errors with {@link ApiError};
 * {@link ReplyReader} maps the answer. Stateless between calls, so {@code complete} may run concurrently.
 *
 * <p>The API key is never seen here: requests carry its placeholder, which the runtime replaces on the way to
 * the manifest's host. Nothing this class logs, returns or throws contains it.
 */
public final class OpenAiCompatibleModel implements Model {
    static final String KEY_SECRET = "OPENAI_API_KEY";

    private final StopFlag stopping = new StopFlag();
    private volatile Settings settings;
    private volatile Attempts attempts;

    /** Creates an unstarted model; the runtime calls {@link #start} next. */
    public OpenAiCompatibleModel() {}

    @Override
    public void start(IntegrationContext context) {
        Objects.requireNonNull(context, "context");
        Settings read = Settings.read(context.config());
        Optional<String> placeholder = read.sendsKey()
                ? Optional.of(context.secrets().get(KEY_SECRET).placeholder())
                : Optional.empty();
        this.attempts = new Attempts(context, new ChatApi(context.http(), read, placeholder), stopping);
        this.settings = read;
        context.log().info("model " + read.model() + " at " + read.endpoint().getHost()
                + (read.sendsKey() ? ", with the API key" : ", without an API key"));
    }

    @Override
    public ModelResult complete(ModelRequest request) throws InterruptedException {
        Objects.requireNonNull(request, "request");
        if (attempts == null) {
            throw new IllegalStateException("the model was not started; the runtime calls start first");
        }
        return attempts.run(RequestBody.of(settings, request));
    }

    @Override
    public void stop() {
        stopping.raise();
    }
}

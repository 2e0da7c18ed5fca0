package example.gmail;

import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;

/** What calling the API came to: Gmail's data, or the outcome the call returns instead. */
sealed interface Reply {

    /** A 2xx answer's JSON object. */
    record Data(JsonObject body) implements Reply {}

    /** A refusal, a rate limit to wait for later, or a failure. */
    record Final(ToolOutcome outcome) implements Reply {}
}

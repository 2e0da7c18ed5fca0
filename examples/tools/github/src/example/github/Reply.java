package example.github;

import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;

/** What calling the API came to: GitHub's data, or the outcome the call returns instead. */
sealed interface Reply {

    /** A 2xx answer's JSON. */
    record Data(Json body) implements Reply {}

    /** A refusal, a rate limit to wait for later, or a failure. */
    record Final(ToolOutcome outcome) implements Reply {}
}

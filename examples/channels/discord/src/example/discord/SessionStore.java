package example.discord;

import dev.pincer.spi.State;
import java.util.Optional;

/**
 * The gateway session in durable state: its id, where to resume it, and the sequence number of the
 * last dispatch handled, so that a restarted channel resumes and Discord replays the rest.
 */
final class SessionStore {
    private static final String SESSION = "gateway.session_id";
    private static final String RESUME_URL = "gateway.resume_gateway_url";
    private static final String SEQ = "gateway.seq";

    /** A session that can be resumed. */
    record Session(String id, String resumeUrl, long seq) {}

    private final State state;

    SessionStore(State state) {
        this.state = state;
    }

    Optional<Session> load() {
        Optional<String> id = state.get(SESSION);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        long seq = state.get(SEQ).map(Long::parseLong).orElse(0L);
        return Optional.of(new Session(id.get(), state.get(RESUME_URL).orElse(""), seq));
    }

    /** A new session from READY, whose own sequence number is {@code seq}. */
    void begin(String id, String resumeUrl, long seq) {
        state.put(SESSION, id);
        state.put(RESUME_URL, resumeUrl);
        state.put(SEQ, Long.toString(seq));
    }

    /** The dispatch with sequence number {@code seq} was handled. */
    void acknowledge(long seq) {
        state.put(SEQ, Long.toString(seq));
    }

    /** The session cannot be resumed (Invalid Session with d=false): identify next time. */
    void forget() {
        state.remove(SESSION);
        state.remove(RESUME_URL);
        state.remove(SEQ);
    }
}

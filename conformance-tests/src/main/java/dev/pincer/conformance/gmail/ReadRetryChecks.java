package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolChecks;
import dev.pincer.conformance.fake.gmail.GmailFault;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.spi.ToolOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Transient failures of reads, retried with jittered backoff, and malformed answers. */
final class ReadRetryChecks {
    private ReadRetryChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(ToolChecks.retriesTransientFailures(ReadRetryChecks::recovers, ReadRetryChecks::exhausts,
                h -> h.sibling(h.seed() + 7919)), failsOnMalformedAnswers());
    }

    /** 502, then 504, then the message: when each request arrived. */
    private static List<Instant> recovers(GmailHarness h) throws InterruptedException {
        String id = h.add(Seeds.LUNCH);
        h.start();
        h.fake.failNext("GET", GmailFault.serverError(502));
        h.fake.failNext("GET", GmailFault.serverError(504));
        h.call("get_message", args("id", id));
        return h.fake.requests().stream().map(GmailRequest::at).toList();
    }

    /** 503 on every attempt: when each request of the call arrived. */
    private static List<Instant> exhausts(GmailHarness h) throws InterruptedException {
        h.fake.failAlways("GET", GmailFault.serverError(503));
        int before = h.fake.requests().size();
        h.call("list_messages", args());
        List<GmailRequest> all = h.fake.requests();
        return all.subList(before, all.size()).stream().map(GmailRequest::at).toList();
    }

    static Check<GmailHarness> failsOnMalformedAnswers() {
        return Check.of("never returns Done for a 200 that is HTML, cut off, or lacks the message's payload", Set.of("TOOL-ERR-004"), (h, v) -> {
            String id = h.add(Seeds.LUNCH);
            h.start();
            h.fake.failAlways("GET", GmailFault.htmlOk());
            ToolOutcome html = h.call("get_message", args("id", id));
            h.fake.clearFaults();
            h.fake.failAlways("GET", GmailFault.truncatedJson());
            ToolOutcome cut = h.call("get_message", args("id", id));
            h.fake.clearFaults();
            h.fake.failAlways("GET", new GmailFault.Answer(200, Map.of(), "{\"id\":\"" + id + "\",\"threadId\":\"" + id + "\"}"));
            ToolOutcome partial = h.call("get_message", args("id", id));
            v.expect("TOOL-ERR-004", !(html instanceof ToolOutcome.Done) && !(cut instanceof ToolOutcome.Done)
                            && !(partial instanceof ToolOutcome.Done),
                    "RetryAfter or Failed, never Done, for an HTML body, cut-off JSON, and a message without payload and snippet",
                    () -> "outcomes " + html + ", " + cut + " and " + partial);
        });
    }
}

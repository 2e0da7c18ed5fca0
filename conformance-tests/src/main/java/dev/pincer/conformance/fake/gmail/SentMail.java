package dev.pincer.conformance.fake.gmail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the fake was sent with {@code messages/send}, as it parsed it.
 *
 * @param id the id the fake assigned
 * @param threadId the thread it joined
 * @param to the {@code To} header, decoded
 * @param cc the {@code Cc} header, decoded; {@code ""} when absent
 * @param subject the {@code Subject} header, decoded from encoded words
 * @param body the first {@code text/plain} part, transfer encoding removed and decoded with its charset
 * @param headers every header of the message in order, undecoded, as {@code name} and {@code value}
 * @param headerUsesCrlf whether every line of the header block ended in CRLF
 */
public record SentMail(String id, String threadId, String to, String cc, String subject, String body, List<Header> headers,
        boolean headerUsesCrlf) {

    /** One header field as written. */
    public record Header(String name, String value) {}

    public SentMail {
        Objects.requireNonNull(id, "id");
        headers = List.copyOf(headers);
    }

    /** The first value of a header, looked up case-insensitively, undecoded. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    static SentMail of(Mailbox.Stored stored) {
        MimePart parsed = stored.parsed();
        return new SentMail(stored.id(), stored.threadId(), MessageJson.decodedHeader(parsed, "To"),
                MessageJson.decodedHeader(parsed, "Cc"), MessageJson.decodedHeader(parsed, "Subject"),
                parsed.firstPlainText().map(MimePart::text).orElse(""),
                parsed.headers().stream().map(h -> new Header(h.name(), h.value())).toList(),
                MimeParser.headerUsesCrlf(stored.raw()));
    }
}

package dev.pincer.conformance.fake.gmail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to put into the fake's mailbox, as if it had arrived: {@link FakeGmail#addMessage} writes it as
 * RFC 5322 text and stores it.
 *
 * @param from the {@code From} header, such as {@code Ada <ada@example.com>}
 * @param to the {@code To} header
 * @param subject the subject, written as an encoded word when it is not ASCII
 * @param body the plain-text body
 * @param labels the label ids, such as {@code INBOX} and {@code UNREAD}
 * @param html an HTML alternative, making the message {@code multipart/alternative}; empty for none
 * @param charset the charset of the plain-text part: {@code UTF-8} (base64) or another, such as
 *     {@code ISO-8859-1} (quoted-printable)
 */
public record MailMessage(String from, String to, String subject, String body, List<String> labels, Optional<String> html,
        String charset) {

    public MailMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        labels = List.copyOf(labels);
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
    }

    /** A single-part UTF-8 message. */
    public static MailMessage of(String from, String to, String subject, String body, List<String> labels) {
        return new MailMessage(from, to, subject, body, labels, Optional.empty(), "UTF-8");
    }

    /** This message with an HTML alternative. */
    public MailMessage withHtml(String htmlBody) {
        return new MailMessage(from, to, subject, body, labels, Optional.of(htmlBody), charset);
    }

    /** This message with its plain-text part in another charset. */
    public MailMessage inCharset(String otherCharset) {
        return new MailMessage(from, to, subject, body, labels, html, otherCharset);
    }
}

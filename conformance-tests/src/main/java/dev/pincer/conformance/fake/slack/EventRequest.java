package dev.pincer.conformance.fake.slack;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Events API request for {@link SlackEvents} to send: the body, and how to deviate from a correct delivery.
 *
 * <p>By default the request is signed with the fake's signing secret and stamped with the virtual clock, as Slack
 * sends it. Withers script retries and the bad requests a channel must refuse.
 *
 * @param body the raw body, usually an {@code event_callback} or a {@code url_verification}
 * @param retryNum {@code X-Slack-Retry-Num}; 0 for a first delivery (no retry headers)
 * @param retryReason {@code X-Slack-Retry-Reason} for a retry, such as {@code http_timeout}
 * @param timestamp an explicit {@code X-Slack-Request-Timestamp} instead of the clock's, such as {@code "abc"}
 * @param clockOffsetSeconds added to the clock's time when no explicit timestamp is given
 * @param signingSecret a secret to sign with instead of the fake's
 * @param sentBody a body sent instead of the signed one, for a body changed in transit
 * @param signed whether to send {@code X-Slack-Signature}
 * @param stamped whether to send {@code X-Slack-Request-Timestamp}
 */
public record EventRequest(String body, int retryNum, String retryReason, Optional<String> timestamp,
        long clockOffsetSeconds, Optional<String> signingSecret, Optional<String> sentBody, boolean signed,
        boolean stamped) {

    public EventRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(retryReason, "retryReason");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(sentBody, "sentBody");
        if (retryNum < 0) {
            throw new IllegalArgumentException("retryNum is 0 (first delivery) or more, was " + retryNum);
        }
    }

    /** A correct first delivery of {@code body}. */
    public static EventRequest of(String body) {
        return new EventRequest(body, 0, "", Optional.empty(), 0, Optional.empty(), Optional.empty(), true, true);
    }

    /** Slack's {@code url_verification} request with this challenge. */
    public static EventRequest urlVerification(String challenge) {
        return of("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"" + challenge + "\",\"type\":\"url_verification\"}");
    }

    /** The same request as Slack's retry number {@code num} for {@code reason} ({@code http_timeout}, {@code http_error}…). */
    public EventRequest retry(int num, String reason) {
        if (num < 1) {
            throw new IllegalArgumentException("Slack numbers retries from 1, was " + num);
        }
        return new EventRequest(body, num, reason, timestamp, clockOffsetSeconds, signingSecret, sentBody, signed, stamped);
    }

    /** Stamped {@code seconds} away from the virtual clock (negative: in the past), correctly signed. */
    public EventRequest clockOffset(long seconds) {
        return new EventRequest(body, retryNum, retryReason, timestamp, seconds, signingSecret, sentBody, signed, stamped);
    }

    /** With this exact {@code X-Slack-Request-Timestamp}, correctly signed over it. */
    public EventRequest timestamp(String value) {
        return new EventRequest(body, retryNum, retryReason, Optional.of(value), clockOffsetSeconds, signingSecret,
                sentBody, signed, stamped);
    }

    /** Signed with another secret. */
    public EventRequest signedWith(String otherSecret) {
        return new EventRequest(body, retryNum, retryReason, timestamp, clockOffsetSeconds, Optional.of(otherSecret),
                sentBody, signed, stamped);
    }

    /** Signed over {@link #body}, but {@code otherBody} is sent. */
    public EventRequest tamperedTo(String otherBody) {
        return new EventRequest(body, retryNum, retryReason, timestamp, clockOffsetSeconds, signingSecret,
                Optional.of(otherBody), signed, stamped);
    }

    /** Without {@code X-Slack-Signature}. */
    public EventRequest unsigned() {
        return new EventRequest(body, retryNum, retryReason, timestamp, clockOffsetSeconds, signingSecret, sentBody,
                false, stamped);
    }

    /** Without {@code X-Slack-Request-Timestamp}. */
    public EventRequest unstamped() {
        return new EventRequest(body, retryNum, retryReason, timestamp, clockOffsetSeconds, signingSecret, sentBody,
                signed, false);
    }

    OptionalLong offset() {
        return timestamp.isPresent() ? OptionalLong.empty() : OptionalLong.of(clockOffsetSeconds);
    }
}

package dev.pincer.conformance.policy;

import dev.pincer.runtime.policy.ChatAddress;
import dev.pincer.runtime.policy.Outcome;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyRequest;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * One row of a decision table in {@code specs/policy.md}: a request, its options, and the expected outcome, rule and
 * reason.
 *
 * @param text the row as written, for messages
 * @param line the row's line in the spec file
 * @param words the request and its options, before {@code =>}
 * @param outcome the expected outcome
 * @param rule the expected rule; empty if the row does not say
 * @param reason the expected reason; empty if no {@code because} line follows the row
 */
record DecisionRow(String text, int line, String words, Outcome outcome, Optional<String> rule, Optional<String> reason) {

    /** Reads {@code <request> [options] => <OUTCOME> [<rule>]}; text after {@code " # "} is a comment. */
    static DecisionRow parse(String row, int line) {
        String text = row.contains(" # ") ? row.substring(0, row.indexOf(" # ")).strip() : row.strip();
        int arrow = text.indexOf(" => ");
        if (arrow < 0) {
            throw new IllegalArgumentException("line " + line + ": a row is '<request> => <OUTCOME> [<rule>]': " + row);
        }
        String[] result = text.substring(arrow + 4).strip().split(" ", 2);
        return new DecisionRow(text, line, text.substring(0, arrow).strip(), Outcome.valueOf(result[0]),
                result.length > 1 ? Optional.of(result[1].strip()) : Optional.empty(), Optional.empty());
    }

    DecisionRow because(String expected) {
        return new DecisionRow(text, line, words, outcome, rule, Optional.of(expected));
    }

    /** The request this row describes, with the principals of {@code policy}, and its time after the table's start. */
    Timed request(Policy policy) {
        Deque<String> w = new ArrayDeque<>(Arrays.asList(words.split("\\s+")));
        String kind = w.removeFirst();
        PolicyRequest request = switch (kind) {
            case "tool" -> {
                String name = w.removeFirst();
                int dot = name.lastIndexOf('.');
                yield PolicyRequest.tool(name.substring(0, dot), name.substring(dot + 1),
                        Effect.fromWireName(w.removeFirst()), w.removeFirst(), Principal.owner(), Optional.empty(), false);
            }
            case "reply" -> PolicyRequest.reply(ChatAddress.parse(w.removeFirst()), Principal.owner(), false);
            case "egress" -> PolicyRequest.egress(w.removeFirst(), w.removeFirst(), Principal.owner());
            default -> throw new IllegalArgumentException("line " + line + ": a row starts with tool, reply or egress: " + text);
        };
        Duration at = Duration.ZERO;
        while (!w.isEmpty()) {
            String option = w.removeFirst();
            switch (option) {
                case "by" -> request = with(request, principal(w.removeFirst()), request.chat(), request.tainted());
                case "from" -> {
                    String sender = w.removeFirst();
                    int colon = sender.indexOf(':');
                    request = with(request, policy.principalOf(sender.substring(0, colon), sender.substring(colon + 1)),
                            request.chat(), request.tainted());
                }
                case "in" -> request = with(request, request.principal(), Optional.of(ChatAddress.parse(w.removeFirst())),
                        request.tainted());
                case "tainted" -> request = with(request, request.principal(), request.chat(), true);
                case "amount" -> request = request.withAmount(Amount.parse(w.removeFirst() + " " + w.removeFirst()));
                case "at" -> at = duration(w.removeFirst());
                default -> throw new IllegalArgumentException("line " + line + ": unknown option '" + option
                        + "'; options are by, from, in, tainted, amount, at: " + text);
            }
        }
        return new Timed(request, at);
    }

    /** A request and when it is made, after the table's start. */
    record Timed(PolicyRequest request, Duration at) {}

    private static PolicyRequest with(PolicyRequest r, Principal principal, Optional<ChatAddress> chat, boolean tainted) {
        return new PolicyRequest(r.kind(), r.integration(), r.action(), r.effect(), r.resource(), principal, chat, tainted,
                r.amount());
    }

    private static Principal principal(String name) {
        return switch (name) {
            case "owner" -> Principal.owner();
            case "stranger" -> Principal.stranger();
            default -> Principal.named(name);
        };
    }

    private static Duration duration(String text) {
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("a row's time is <n>m or <n>h, was " + text);
        };
    }
}

package dev.pincer.runtime.policy;

import java.util.regex.Pattern;

/**
 * One pattern of a rule, a budget or {@code trust}: {@code *}, {@code <integration-glob>.<verb>} or
 * {@code <resource-glob>:<verb>} (split at the last {@code :} when there is one, else at the last {@code .}).
 *
 * @param text the pattern as written
 * @param onResource true if the glob is matched against the resource, false if against the integration's name
 * @param glob the compiled glob
 * @param globText the glob as written, for indexing
 * @param verb an effect name, {@code reply}, {@code connect}, an action name, or {@code *}
 */
record ActionPattern(String text, boolean onResource, Glob glob, String globText, String verb) {
    static final String ANY = "*";
    private static final Pattern VERB = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern INTEGRATION_GLOB = Pattern.compile("[a-z0-9*][a-z0-9*-]*");
    private static final Pattern RESOURCE_GLOB = Pattern.compile("[!-~&&[^\"'`]]+");
    static final String GRAMMAR = "write *, <integration>.<verb> such as gmail.send or *.read, or <resource>:<verb> "
            + "such as github.repo:acme/*:write; a verb is an effect (read, write, delete, send, spend), reply, connect, "
            + "an action name such as send_message, or *";

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException saying what is wrong with it and what the grammar is
     */
    static ActionPattern parse(String text) {
        if (text.equals(ANY)) {
            return new ActionPattern(text, false, Glob.of(ANY), ANY, ANY);
        }
        int colon = text.lastIndexOf(':');
        boolean onResource = colon >= 0;
        int cut = onResource ? colon : text.lastIndexOf('.');
        if (cut <= 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a pattern; " + GRAMMAR);
        }
        String glob = text.substring(0, cut);
        String verb = text.substring(cut + 1);
        if (!verb.equals(ANY) && !VERB.matcher(verb).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" ends in \"" + verb + "\", which is not a verb; " + GRAMMAR);
        }
        if (!(onResource ? RESOURCE_GLOB : INTEGRATION_GLOB).matcher(glob).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" has \"" + glob + "\" before the verb, which is not "
                    + (onResource ? "a resource glob (printable characters, no spaces or quotes)"
                            : "an integration glob (lower-case letters, digits, '-' and *)") + "; " + GRAMMAR);
        }
        return new ActionPattern(text, onResource, Glob.of(glob), glob, verb);
    }

    /** True if the verb is {@code connect}: the pattern is about egress. */
    boolean aboutEgress() {
        return verb.equals("connect");
    }

    /** True if this pattern matches the request: its verb is one the request offers, and its glob matches. */
    boolean matches(PolicyRequest request) {
        return offersVerb(request) && glob.matches(onResource ? request.resource() : request.integration());
    }

    private boolean offersVerb(PolicyRequest request) {
        if (verb.equals(ANY)) {
            return true;
        }
        return switch (request.kind()) {
            case TOOL -> verb.equals(request.action()) || verb.equals(request.effect().orElseThrow().wireName());
            case REPLY -> verb.equals("reply");
            case EGRESS -> verb.equals("connect");
        };
    }
}

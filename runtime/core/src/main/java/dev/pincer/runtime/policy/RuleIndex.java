package dev.pincer.runtime.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules, indexed so that a decision looks only at the few that can match: by the integration's name, by the
 * whole resource when the glob has no {@code *}, or by the resource's type (the text before its first {@code :})
 * when the glob starts with it literally; then by verb.
 * Immutable and thread-safe.
 */
final class RuleIndex {
    private final Map<String, VerbIndex> byIntegration;
    private final VerbIndex anyIntegration;
    private final Map<String, VerbIndex> byResource;
    private final Map<String, VerbIndex> byResourceType;
    private final VerbIndex anyResourceType;

    RuleIndex(List<RuleEntry> entries) {
        Map<String, List<RuleEntry>> integrations = new HashMap<>();
        List<RuleEntry> anyIntegrations = new ArrayList<>();
        Map<String, List<RuleEntry>> resources = new HashMap<>();
        Map<String, List<RuleEntry>> types = new HashMap<>();
        List<RuleEntry> anyTypes = new ArrayList<>();
        for (RuleEntry entry : entries) {
            ActionPattern pattern = entry.pattern();
            if (pattern.onResource() && pattern.glob() instanceof Glob.Exact exact) {
                resources.computeIfAbsent(exact.literal(), k -> new ArrayList<>()).add(entry);
                continue;
            }
            String key = pattern.onResource() ? typeKey(pattern.globText()) : integrationKey(pattern.globText());
            if (key == null) {
                (pattern.onResource() ? anyTypes : anyIntegrations).add(entry);
            } else {
                (pattern.onResource() ? types : integrations).computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        this.byIntegration = index(integrations);
        this.anyIntegration = new VerbIndex(anyIntegrations);
        this.byResource = index(resources);
        this.byResourceType = index(types);
        this.anyResourceType = new VerbIndex(anyTypes);
    }

    /** The rule that decides the request: the strictest that matches, the first written among equals; null if none. */
    RuleEntry decide(PolicyRequest request) {
        RuleEntry best = anyIntegration.best(request, null);
        VerbIndex named = byIntegration.get(request.integration());
        if (named != null) {
            best = named.best(request, best);
        }
        best = anyResourceType.best(request, best);
        VerbIndex exact = byResource.get(request.resource());
        if (exact != null) {
            best = exact.best(request, best);
        }
        VerbIndex typed = byResourceType.get(resourceType(request.resource()));
        return typed == null ? best : typed.best(request, best);
    }

    private static Map<String, VerbIndex> index(Map<String, List<RuleEntry>> lists) {
        Map<String, VerbIndex> result = new HashMap<>();
        lists.forEach((key, list) -> result.put(key, new VerbIndex(list)));
        return Map.copyOf(result);
    }

    /** The integration's name when the glob is one, else null (the glob has a {@code *}). */
    private static String integrationKey(String glob) {
        return glob.indexOf('*') < 0 ? glob : null;
    }

    /** The literal resource type the glob starts with, else null. */
    static String typeKey(String glob) {
        int star = glob.indexOf('*');
        int colon = glob.indexOf(':');
        if (colon >= 0 && (star < 0 || star > colon)) {
            return glob.substring(0, colon);
        }
        return star < 0 ? glob : null;
    }

    private static String resourceType(String resource) {
        int colon = resource.indexOf(':');
        return colon < 0 ? resource : resource.substring(0, colon);
    }

    /** Entries of one bucket, by verb; {@code *} verbs apart. */
    private static final class VerbIndex {
        private static final RuleEntry[] NONE = new RuleEntry[0];

        private final Map<String, RuleEntry[]> byVerb;
        private final RuleEntry[] anyVerb;

        VerbIndex(List<RuleEntry> entries) {
            Map<String, List<RuleEntry>> verbs = new HashMap<>();
            List<RuleEntry> any = new ArrayList<>();
            for (RuleEntry entry : entries) {
                String verb = entry.pattern().verb();
                if (verb.equals(ActionPattern.ANY)) {
                    any.add(entry);
                } else {
                    verbs.computeIfAbsent(verb, v -> new ArrayList<>()).add(entry);
                }
            }
            Map<String, RuleEntry[]> arrays = new HashMap<>();
            verbs.forEach((verb, list) -> arrays.put(verb, list.toArray(NONE)));
            this.byVerb = Map.copyOf(arrays);
            this.anyVerb = any.toArray(NONE);
        }

        RuleEntry best(PolicyRequest request, RuleEntry best) {
            best = best(anyVerb, request, best);
            switch (request.kind()) {
                case TOOL -> {
                    best = best(byVerb.get(request.effect().orElseThrow().wireName()), request, best);
                    best = best(byVerb.get(request.action()), request, best);
                }
                case REPLY -> best = best(byVerb.get("reply"), request, best);
                case EGRESS -> best = best(byVerb.get("connect"), request, best);
            }
            return best;
        }

        private static RuleEntry best(RuleEntry[] entries, PolicyRequest request, RuleEntry best) {
            if (entries == null) {
                return best;
            }
            for (RuleEntry entry : entries) {
                if (entry.beats(best) && entry.matches(request)) {
                    best = entry;
                }
            }
            return best;
        }
    }
}

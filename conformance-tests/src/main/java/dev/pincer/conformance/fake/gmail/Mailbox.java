package dev.pincer.conformance.fake.gmail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The messages and labels of the fake's one mailbox. Thread-safe: every method is synchronized. */
final class Mailbox {
    static final List<String> SYSTEM_LABELS = List.of("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED",
            "IMPORTANT", "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS");

    /** A stored message: its RFC 5322 bytes, parsed once, and its labels. */
    record Stored(String id, String threadId, byte[] raw, MimePart parsed, Set<String> labels, Instant internalDate, long historyId) {
        Stored withLabels(Set<String> newLabels, long newHistoryId) {
            return new Stored(id, threadId, raw, parsed, Set.copyOf(newLabels), internalDate, newHistoryId);
        }

        List<String> labelIds() {
            return labels.stream().sorted(Comparator.comparingInt(Mailbox::labelOrder).thenComparing(l -> l)).toList();
        }
    }

    /** One relabelling, by modify or trash. */
    record LabelChange(String id, List<String> added, List<String> removed) {}

    private final Map<String, Stored> messages = new LinkedHashMap<>();
    private final Map<String, String> userLabels = new LinkedHashMap<>();
    private final List<LabelChange> changes = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private long nextId = 0x18c2f0a1b2c3d400L;
    private long history = 1000;

    synchronized String newId() {
        return Long.toHexString(nextId++);
    }

    synchronized Stored add(String id, String threadId, byte[] raw, Set<String> labels, Instant at) {
        Stored stored = new Stored(id, threadId, raw.clone(), MimeParser.parse(raw), Set.copyOf(labels), at, ++history);
        messages.put(id, stored);
        return stored;
    }

    synchronized Optional<Stored> get(String id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** Every message, newest first (Gmail's order). */
    synchronized List<Stored> newestFirst() {
        List<Stored> all = new ArrayList<>(messages.values());
        all.sort(Comparator.comparing(Stored::internalDate).thenComparing(Stored::id).reversed());
        return all;
    }

    synchronized Stored relabel(String id, List<String> add, List<String> remove) {
        Stored stored = messages.get(id);
        Set<String> labels = new LinkedHashSet<>(stored.labels());
        labels.addAll(add);
        labels.removeAll(remove);
        Stored changed = stored.withLabels(labels, ++history);
        messages.put(id, changed);
        changes.add(new LabelChange(id, List.copyOf(add), List.copyOf(remove)));
        return changed;
    }

    synchronized void delete(String id) {
        messages.remove(id);
        deleted.add(id);
    }

    synchronized String addUserLabel(String name) {
        String id = "Label_" + (userLabels.size() + 1);
        userLabels.put(id, name);
        return id;
    }

    /** Label ids by name: the system labels, then the user labels. */
    synchronized Map<String, String> labels() {
        Map<String, String> all = new LinkedHashMap<>();
        SYSTEM_LABELS.forEach(l -> all.put(l, l));
        all.putAll(userLabels);
        return all;
    }

    synchronized boolean labelExists(String id) {
        return SYSTEM_LABELS.contains(id) || userLabels.containsKey(id);
    }

    /** The id of the label a search names, such as {@code inbox} or a user label's name. */
    synchronized Optional<String> labelNamed(String name) {
        String wanted = name.replace('-', ' ').toLowerCase(Locale.ROOT);
        return labels().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)
                || e.getValue().replace('-', ' ').equalsIgnoreCase(wanted) || e.getValue().equalsIgnoreCase(name))
                .map(Map.Entry::getKey).findFirst();
    }

    synchronized List<LabelChange> changes() {
        return List.copyOf(changes);
    }

    synchronized List<String> deleted() {
        return List.copyOf(deleted);
    }

    private static int labelOrder(String label) {
        int system = SYSTEM_LABELS.indexOf(label);
        return system < 0 ? SYSTEM_LABELS.size() : system;
    }
}

package dev.pincer.runtime.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is who: the owner's sender references and each principal's, in the file's order.
 *
 * @param owner the owner's references
 * @param principals each principal's references, in the order the file names them
 */
record Senders(List<SenderPattern> owner, Map<String, List<SenderPattern>> principals) {

    Senders {
        owner = List.copyOf(owner);
        Map<String, List<SenderPattern>> copy = new LinkedHashMap<>();
        principals.forEach((name, refs) -> copy.put(name, List.copyOf(refs)));
        principals = java.util.Collections.unmodifiableMap(copy);
    }

    Principal principalOf(String channel, String senderId) {
        for (SenderPattern ref : owner) {
            if (ref.matches(channel, senderId)) {
                return Principal.owner();
            }
        }
        for (Map.Entry<String, List<SenderPattern>> principal : principals.entrySet()) {
            for (SenderPattern ref : principal.getValue()) {
                if (ref.matches(channel, senderId)) {
                    return Principal.named(principal.getKey());
                }
            }
        }
        return Principal.stranger();
    }

    List<String> ownerIds() {
        return owner.stream().map(SenderPattern::toString).toList();
    }

    Map<String, List<String>> principalNames() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        principals.forEach((name, refs) -> result.put(name, refs.stream().map(SenderPattern::toString).toList()));
        return java.util.Collections.unmodifiableMap(result);
    }
}

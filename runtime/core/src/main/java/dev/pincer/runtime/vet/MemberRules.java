package dev.pincer.runtime.vet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Member decisions that follow the class hierarchy (CONF-BC-009): a member line on a class also applies
 * when the member is named through a subclass.
 *
 * <p>Supertypes are looked up among the classes the runtime itself sees (the JDK and the SPI), loaded
 * without initialisation; only names the allowlist allows are ever looked up. Thread-safe.
 */
final class MemberRules {
    private final Allowlist allowlist;
    private final ClassLoader platform;
    /** Supertypes of JDK and SPI classes, shared by every vetter: they do not change while the JVM runs. */
    private static final Map<String, List<String>> SUPERTYPES = new ConcurrentHashMap<>();

    MemberRules(Allowlist allowlist) {
        this.allowlist = allowlist;
        this.platform = MemberRules.class.getClassLoader();
    }

    Allowlist allowlist() {
        return allowlist;
    }

    /** The decision on a member of a non-own class, including deny lines on its supertypes. */
    Verdict check(String owner, String name, String descriptor) {
        Verdict verdict = allowlist.checkMember(owner, name, descriptor);
        if (verdict instanceof Verdict.Denied) {
            return verdict;
        }
        for (String supertype : supertypes(owner)) {
            Optional<Verdict.Denied> denied = allowlist.deniedMember(supertype, name);
            if (denied.isPresent()) {
                return new Verdict.Denied(denied.get().ruleId(), denied.get().line(),
                        "inherited from " + supertype + ", " + denied.get().reason());
            }
        }
        return verdict;
    }

    /** Whether an own class may extend or implement this non-own type (CONF-BC-006); empty if it may. */
    Optional<String> refusesAsSupertype(String type) {
        Verdict verdict = allowlist.checkClass(type);
        if (verdict instanceof Verdict.Denied) {
            return Optional.empty(); // the class check reports it
        }
        if (verdict instanceof Verdict.Allowed allowed && allowed.restricted()) {
            return Optional.of(type + " is restricted to some of its members (" + verdict.ruleId() + ")");
        }
        List<String> chain = new ArrayList<>();
        chain.add(type);
        chain.addAll(supertypes(type));
        for (String candidate : chain) {
            if (allowlist.hasMemberRules(candidate)) {
                return Optional.of(candidate + " has member rules in the allowlist");
            }
        }
        return Optional.empty();
    }

    /** All superclasses and superinterfaces of a class the runtime can see; empty if it cannot. */
    List<String> supertypes(String className) {
        return SUPERTYPES.computeIfAbsent(className, this::lookUp);
    }

    private List<String> lookUp(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, platform);
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            Class<?> superclass = current.getSuperclass();
            if (superclass != null && result.add(superclass.getName())) {
                pending.add(superclass);
            }
            for (Class<?> superinterface : current.getInterfaces()) {
                if (result.add(superinterface.getName())) {
                    pending.add(superinterface);
                }
            }
        }
        return List.copyOf(result);
    }
}

package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VettingClassAccessPolicyTest {
    private final VettingClassAccessPolicy policy = new VettingClassAccessPolicy(Allowlist.builtIn());

    @Test
    void permitsAllowedAndRestrictedClassesAndTheSpi() {
        for (String name : new String[] {"java.lang.String", "java.util.Map$Entry", "java.lang.System", "java.lang.Class",
                "java.lang.Thread", "dev.pincer.spi.Channel", "dev.pincer.spi.json.Json", "javax.crypto.Mac"}) {
            assertTrue(policy.permits(name), name + ": " + policy.rule(name));
        }
    }

    @Test
    void permitsBootstrapOwnersAndTypesTheJvmResolvesForInvokedynamic() {
        for (String name : new String[] {"java.lang.invoke.LambdaMetafactory", "java.lang.invoke.StringConcatFactory",
                "java.lang.runtime.ObjectMethods", "java.lang.runtime.SwitchBootstraps", "java.lang.invoke.MethodHandles$Lookup",
                "java.lang.invoke.MethodType", "java.lang.invoke.CallSite"}) {
            assertTrue(policy.permits(name), name);
            assertTrue(policy.rule(name).startsWith("CONF-BC-010: "), policy.rule(name));
        }
    }

    @Test
    void refusesEverythingElseNamingTheRule() {
        assertFalse(policy.permits("java.net.Socket"));
        assertTrue(policy.rule("java.net.Socket").matches("CONF-CLS-012: denied by java\\.net\\.Socket \\(specs/confinement\\.md:\\d+\\)"),
                policy.rule("java.net.Socket"));
        assertFalse(policy.permits("java.lang.invoke.VarHandle"));
        assertEquals("CONF-CLS-005", policy.rule("java.lang.invoke.VarHandle").substring(0, 12));
        assertFalse(policy.permits("java.lang.reflect.Method"));
        assertFalse(policy.permits("com.fasterxml.jackson.databind.ObjectMapper"));
        assertFalse(policy.permits("dev.pincer.runtime.Anything"));
        assertTrue(policy.rule("org.example.Unknown").startsWith("CONF-CLS-001: not on the allowlist"), policy.rule("org.example.Unknown"));
    }
}

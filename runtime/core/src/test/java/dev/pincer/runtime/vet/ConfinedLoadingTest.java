package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vetting and the access policy together, in a minimal loader like the runtime's: javac's output for
 * lambdas, records, string concatenation and pattern switches links and runs, and a class that escaped
 * vetting still cannot resolve a denied class.
 */
class ConfinedLoadingTest {
    private static final Allowlist ALLOWLIST = Allowlist.builtIn();

    /** Defines own classes (vetted unless vetter is null) and resolves other names only if the policy permits. */
    static final class PolicyLoader extends ClassLoader {
        private final Map<String, byte[]> own;
        private final BytecodeVetter vetter;
        private final VettingClassAccessPolicy policy = new VettingClassAccessPolicy(ALLOWLIST);
        final Set<String> resolved = ConcurrentHashMap.newKeySet();

        PolicyLoader(Map<String, byte[]> own, boolean vet) {
            super("policy-test", null);
            this.own = own;
            this.vetter = vet ? new BytecodeVetter(ALLOWLIST, own.keySet()) : null;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null && own.containsKey(name)) {
                    byte[] bytes = own.get(name);
                    if (vetter != null) {
                        vetter.require(name, bytes);
                    }
                    type = defineClass(name, bytes, 0, bytes.length);
                } else if (type == null) {
                    if (!policy.permits(name)) {
                        throw new ClassNotFoundException(name + " is not permitted: " + policy.rule(name));
                    }
                    resolved.add(name);
                    type = ConfinedLoadingTest.class.getClassLoader().loadClass(name);
                }
                return type;
            }
        }
    }

    private static Map<String, byte[]> compile(String kind, String name, Path output) throws IOException {
        return CorpusCase.all(kind).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().compile(output);
    }

    @Test
    void javacBootstrapsLinkAndRunThroughThePolicy(@TempDir Path output) throws Exception {
        PolicyLoader loader = new PolicyLoader(compile("benign", "sealed_pattern_switch", output), true);
        Class<?> reply = loader.loadClass("benign.sealed_pattern_switch.Reply");
        Method describe = reply.getMethod("describe", reply);
        Object ok = loader.loadClass("benign.sealed_pattern_switch.Reply$Ok").getConstructor(String.class).newInstance("hi");
        Object empty = loader.loadClass("benign.sealed_pattern_switch.Reply$Kind").getField("EMPTY").get(null);
        assertEquals("ok hi", describe.invoke(null, ok));
        assertEquals("nothing", describe.invoke(null, empty));
        assertEquals("Ok[body=hi]", ok.toString());
        assertTrue(loader.resolved.contains("java.lang.runtime.SwitchBootstraps"), "resolved: " + loader.resolved);
    }

    @Test
    void lambdasLinkThroughThePolicy(@TempDir Path output) throws Exception {
        PolicyLoader loader = new PolicyLoader(compile("benign", "lambdas_and_method_references", output), true);
        Class<?> lambdas = loader.loadClass("benign.lambdas_and_method_references.Lambdas");
        Object instance = lambdas.getConstructor().newInstance();
        assertEquals(List.of(1, 3), lambdas.getMethod("lengths", List.class).invoke(instance, List.of("a", " ", "abc")));
        assertTrue(loader.resolved.contains("java.lang.invoke.LambdaMetafactory"), "resolved: " + loader.resolved);
    }

    @Test
    void vettedLoaderRefusesAHostileClassBeforeDefiningIt(@TempDir Path output) throws IOException {
        PolicyLoader loader = new PolicyLoader(compile("hostile", "socket", output), true);
        ConfinementException refused = assertThrows(ConfinementException.class, () -> loader.loadClass("hostile.socket.Escape"));
        assertTrue(refused.getMessage().contains("CONF-CLS-012"), refused.getMessage());
    }

    @Test
    void aClassThatEscapedVettingStillCannotResolveADeniedClass(@TempDir Path output) throws Exception {
        PolicyLoader loader = new PolicyLoader(compile("hostile", "socket", output), false);
        Class<?> escape = loader.loadClass("hostile.socket.Escape");
        Object instance = escape.getConstructor().newInstance();
        Method run = escape.getDeclaredMethod("run", byte[].class);
        run.setAccessible(true);
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> run.invoke(instance, (Object) new byte[0]));
        Throwable failure = thrown.getCause();
        assertTrue(failure instanceof NoClassDefFoundError, String.valueOf(failure));
        assertTrue(String.valueOf(failure.getCause()).contains("java.net.Socket is not permitted: CONF-CLS-012"), String.valueOf(failure.getCause()));
    }
}

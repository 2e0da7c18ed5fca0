package dev.pincer.runtime.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.guard.GuardResult.Level;
import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GuardChainTest {
    private static final GuardAction REPLY = GuardAction.reply("telegram", "42", "hello", "owner", false);

    @Test
    void withoutGuardsEverythingIsAllowed() {
        assertEquals(GuardResult.ALLOWED, GuardChain.empty().inspect(REPLY));
    }

    @Test
    void theStrictestVerdictWinsWhateverTheOrder() {
        GuardChain chain = GuardChain.of(List.of(fixed("a", GuardVerdict.pass()), fixed("b", GuardVerdict.ask("b asks")),
                fixed("c", GuardVerdict.deny("c denies")), fixed("d", GuardVerdict.ask("d asks"))));
        assertEquals(new GuardResult(Level.DENY, "c", "c denies"), chain.inspect(REPLY));
        GuardChain asks = GuardChain.of(List.of(fixed("a", GuardVerdict.pass()), fixed("b", GuardVerdict.ask("b asks")),
                fixed("d", GuardVerdict.ask("d asks"))));
        assertEquals(new GuardResult(Level.ASK, "b", "b asks"), asks.inspect(REPLY));
    }

    @Test
    void aPassNeverWidensAnEarlierAskOrDeny() {
        GuardChain chain = GuardChain.of(List.of(fixed("strict", GuardVerdict.ask("over budget")),
                fixed("lenient", GuardVerdict.pass())));
        assertEquals(Level.ASK, chain.inspect(REPLY).level());
        assertEquals(Level.DENY, Level.DENY.strictest(Level.ALLOW));
        assertEquals(Level.ASK, Level.ALLOW.strictest(Level.ASK));
    }

    @Test
    void afterADenialNoFurtherGuardIsAsked() {
        AtomicInteger asked = new AtomicInteger();
        GuardChain chain = GuardChain.of(List.of(fixed("no", GuardVerdict.deny("no")),
                new LoadedGuard("counter", guard(action -> {
                    asked.incrementAndGet();
                    return GuardVerdict.pass();
                }))));
        assertEquals(Level.DENY, chain.inspect(REPLY).level());
        assertEquals(0, asked.get());
    }

    @Test
    void aGuardThatThrowsDeniesNamingItself() {
        GuardChain chain = GuardChain.of(List.of(new LoadedGuard("broken", guard(action -> {
            throw new IllegalStateException("no limit configured");
        }))));
        assertEquals(new GuardResult(Level.DENY, "broken",
                "guard broken failed: inspect threw IllegalStateException: no limit configured (fail closed)"),
                chain.inspect(REPLY));
    }

    @Test
    void aGuardThatReturnsNullDenies() {
        GuardChain chain = GuardChain.of(List.of(new LoadedGuard("silent", guard(action -> null))));
        assertEquals("guard silent failed: inspect returned null (fail closed)", chain.inspect(REPLY).reason());
    }

    @Test
    void aGuardThatOverrunsItsTimeLimitDenies() {
        GuardChain chain = GuardChain.of(List.of(new LoadedGuard("slow", guard(action -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return GuardVerdict.pass();
        })))).withTimeLimit(Duration.ofMillis(100));
        long start = System.nanoTime();
        GuardResult result = chain.inspect(REPLY);
        assertEquals("guard slow failed: inspect did not answer within 100 ms (fail closed)", result.reason());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "the chain waited for the slow guard");
    }

    @Test
    void reasonsAreRedactedAndCut() {
        GuardChain chain = GuardChain.of(List.of(new LoadedGuard("leaky", guard(action -> GuardVerdict.deny(
                "found hunter2 " + "x".repeat(1_000))), text -> text.replace("hunter2", "[secret]"), () -> { })));
        String reason = chain.inspect(REPLY).reason();
        assertTrue(reason.startsWith("found [secret] xxx"), reason);
        assertEquals(500, reason.length());
    }

    @Test
    void closeStopsEveryGuardThenReleasesIt() {
        List<String> events = new ArrayList<>();
        Guard stopping = new Guard() {
            @Override
            public void start(IntegrationContext context) {
            }

            @Override
            public GuardVerdict inspect(GuardAction action) {
                return GuardVerdict.pass();
            }

            @Override
            public void stop() {
                synchronized (events) {
                    events.add("stop");
                }
            }
        };
        GuardChain.of(List.of(new LoadedGuard("one", stopping, text -> text, () -> {
            synchronized (events) {
                events.add("release");
            }
        }))).close();
        assertEquals(List.of("stop", "release"), events);
    }

    private static LoadedGuard fixed(String name, GuardVerdict verdict) {
        return new LoadedGuard(name, guard(action -> verdict));
    }

    private interface Inspector {
        GuardVerdict inspect(GuardAction action);
    }

    private static Guard guard(Inspector inspector) {
        return new Guard() {
            @Override
            public void start(IntegrationContext context) {
            }

            @Override
            public GuardVerdict inspect(GuardAction action) {
                return inspector.inspect(action);
            }
        };
    }
}

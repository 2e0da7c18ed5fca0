package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.CheckOutcome;
import dev.pincer.conformance.check.CheckRunner;
import dev.pincer.conformance.check.Suite;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/channels/telegram.md} and the channel spec it extends. */
public final class TelegramSuite implements Suite {
    static final String SPEC_ID = "channels/telegram";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    public List<Check<?>> checks() {
        List<Check<?>> all = new ArrayList<>(checks("0.0"));
        all.addAll(invariants());
        return all;
    }

    @Override
    public List<CheckOutcome> run(LoadedIntegration integration, SpecLibrary specs, long seed) {
        CheckRunner<TelegramHarness> runner = new CheckRunner<>(s -> new TelegramHarness(integration, specs, s),
                invariants(), TIME_LIMIT, TelegramSuite::redact);
        List<Check<TelegramHarness>> checks = checks(specs.spec(SPEC_ID).version());
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(runner.run(checks.get(i), seed + i));
        }
        return outcomes;
    }

    private static List<Check<TelegramHarness>> checks(String specVersion) {
        List<Check<TelegramHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(ReceiveChecks.all());
        checks.add(MappingCheck.mapsUpdatesFieldByField());
        checks.addAll(SendChecks.all());
        return checks;
    }

    private static List<Check<TelegramHarness>> invariants() {
        return List.of(SecurityChecks.noSecretLeaked(), SecurityChecks.egressStayedInTheManifest());
    }

    private static String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(TelegramHarness.TOKEN, "[secret:TELEGRAM_BOT_TOKEN]"))
                .replaceAll("[secret:TELEGRAM_BOT_TOKEN]");
    }
}

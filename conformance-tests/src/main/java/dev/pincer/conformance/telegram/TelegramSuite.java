package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/channels/telegram.md} and the channel spec it extends. */
public final class TelegramSuite extends HarnessedSuite<TelegramHarness> {
    static final String SPEC_ID = "channels/telegram";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected TelegramHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new TelegramHarness(integration, specs, seed);
    }

    @Override
    protected List<Check<TelegramHarness>> checks(String specVersion) {
        List<Check<TelegramHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(ReceiveChecks.all());
        checks.add(MappingCheck.mapsUpdatesFieldByField());
        checks.addAll(SendChecks.all());
        return checks;
    }

    @Override
    protected List<Check<TelegramHarness>> invariants() {
        return List.of(ChannelInvariants.noSecretLeaked(Set.of("TG-SEC-001", "CH-SEC-001")), ChannelInvariants.egressStayedInTheManifest());
    }

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(TelegramHarness.TOKEN, "[secret:TELEGRAM_BOT_TOKEN]"))
                .replaceAll("[secret:TELEGRAM_BOT_TOKEN]");
    }
}

package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/channels/telegram.md} and the channel spec it extends. */
public final class TelegramSuite extends HarnessedSuite<TelegramHarness> {
    static final String SPEC_ID = "channels/telegram";

    /** The suite, whose harnesses hold a test bot token. */
    public TelegramSuite() {
        super(SPEC_ID, TelegramHarness::new, Map.of(TelegramHarness.SECRET_NAME, TelegramHarness.TOKEN));
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
}

package dev.pincer.conformance.gmail;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ToolDeclarationChecks;
import dev.pincer.conformance.check.ToolInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/tools/gmail.md} and the tool spec it extends. */
public final class GmailSuite extends HarnessedSuite<GmailHarness> {
    static final String SPEC_ID = "tools/gmail";

    /** The suite, whose harnesses hold a test access token. */
    public GmailSuite() {
        super(SPEC_ID, GmailHarness::new, Map.of(GmailHarness.SECRET_NAME, GmailHarness.TOKEN));
    }

    @Override
    protected List<Check<GmailHarness>> checks(String specVersion) {
        List<Check<GmailHarness>> checks = new ArrayList<>(List.of(
                ToolDeclarationChecks.claimsTheProfile(SPEC_ID, specVersion, GmailHarness.HOST, GmailHarness.SECRET_NAME, "GM-SEC-001"),
                ToolDeclarationChecks.declaresTheProfilesActions("GM-DECL-001")));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(ProtocolChecks.all());
        checks.addAll(ReadingChecks.all());
        checks.addAll(SendingChecks.all());
        checks.addAll(LabelChecks.all());
        checks.addAll(ErrorChecks.all());
        checks.addAll(ReadRetryChecks.all());
        checks.add(SecurityChecks.schemasKeepIdsInThePath());
        return checks;
    }

    @Override
    protected List<Check<GmailHarness>> invariants() {
        return List.of(ToolInvariants.noSecretLeaked(Set.of("TOOL-SEC-001")), ToolInvariants.egressStayedInTheManifest(),
                ToolInvariants.readsOnlyRead(), ToolInvariants.invokeNeverThrew(), SecurityChecks.requestsStayWithTheirMessage());
    }
}

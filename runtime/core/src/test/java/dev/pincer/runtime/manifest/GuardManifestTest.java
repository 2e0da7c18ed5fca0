package dev.pincer.runtime.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MAN-010: a guard declares no egress hosts and no secrets. */
class GuardManifestTest {
    private static final String HEAD = """
            {"kind": "guard", "name": "spend-limit", "spec": "guards/spend-limit", "specVersion": "1.0",
             "entry": "example.spendlimit.SpendLimitGuard\"""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve(Manifest.FILE_NAME), json);
    }

    @Test
    void aGuardMayLeaveEgressOutOrWriteItEmpty() throws IOException {
        Manifest without = Manifest.read(write(HEAD + ", \"config\": {\"limit\": \"20.00\"}}"));
        assertEquals(List.of(), without.egress());
        assertEquals(Map.of("limit", "20.00"), without.config());
        assertEquals(List.of(), Manifest.read(write(HEAD + ", \"egress\": [], \"secrets\": {}}")).egress());
    }

    @Test
    void aGuardThatListsAHostIsRefusedUnderMan010() throws IOException {
        Path file = write(HEAD + ",\n \"egress\": [\"api.example.com\"]}");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(file));
        assertEquals(file + ":3:12: field 'egress': a guard reaches no host, but egress lists [api.example.com]; "
                + "remove \"egress\" (or write []): a guard inspects the actions the runtime hands it and needs no network",
                e.getMessage());
        assertEquals(Optional.of("MAN-010"), e.requirement());
    }

    @Test
    void aGuardThatNamesASecretIsRefusedUnderMan010() throws IOException {
        Path file = write(HEAD + ",\n \"secrets\": {\"API_KEY\": []}}");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(file));
        assertEquals(file + ":3:14: field 'secrets': a guard holds no secrets, but secrets names [API_KEY]; "
                + "remove \"secrets\": a guard's configuration is plain settings in \"config\"", e.getMessage());
        assertEquals(Optional.of("MAN-010"), e.requirement());
    }

    @Test
    void otherKindsStillNeedEgress() throws IOException {
        Path file = write(HEAD.replace("\"guard\"", "\"model\"") + "}");
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.read(file));
        assertEquals("egress", e.field());
        assertEquals(Optional.empty(), e.requirement());
    }

    @Test
    void theRecordChecksTheSameRule() {
        Path file = dir.resolve(Manifest.FILE_NAME);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Manifest(file, "guard",
                "spend-limit", "guards/spend-limit", "1.0", "example.Guard", List.of("api.example.com"), Map.of(), Map.of()));
        assertEquals("manifest field 'egress': a guard reaches no host, but egress lists [api.example.com]; "
                + "remove \"egress\"", e.getMessage());
    }
}

package dev.pincer.runtime.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.Confinement;
import dev.pincer.runtime.vet.ConfinementException;
import dev.pincer.spi.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {
    private static final String HOSTILE_CHANNEL = IntegrationDirs.ECHO_CHANNEL.replace(
            "return ReceiveResult.idle();", """
                    try {
                        Runtime.getRuntime().exec(new String[] {"true"});
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return ReceiveResult.idle();""");

    @TempDir
    Path dir;

    private Path integration;
    private CompileCache cache;

    @BeforeEach
    void echoIntegrationAndEmptyCache() {
        integration = IntegrationDirs.echo(dir.resolve("echo"));
        cache = CompileCache.in(dir.resolve("data/cache/compiled"));
    }

    @Test
    void compilesOnceAndReadsTheSameClassesBackAfterwards() throws IOException {
        CompiledIntegration first = cache.compile(integration.resolve("src"));
        List<Path> entries = entries();
        assertEquals(1, entries.size(), "one entry per compiled integration: " + entries);

        addMarkerClass(entries.getFirst(), first);
        CompiledIntegration second = cache.compile(integration.resolve("src"));
        assertTrue(second.classes().containsKey("example.Marker"), "the second compile was read from the cache");
        assertArrayEquals(first.classes().get("example.echo.EchoChannel"), second.classes().get("example.echo.EchoChannel"));
        assertEquals(first.sources(), second.sources());
        assertEquals(first.warnings(), second.warnings());
    }

    @Test
    void aChangedSourceIsCompiledAfreshAndReplacesTheOldEntry() throws IOException {
        CompiledIntegration first = cache.compile(integration.resolve("src"));
        addMarkerClass(entries().getFirst(), first);
        IntegrationDirs.writeSource(integration, "example/echo/EchoChannel.java",
                IntegrationDirs.ECHO_CHANNEL.replace("started ", "began "));

        CompiledIntegration changed = cache.compile(integration.resolve("src"));
        assertFalse(changed.classes().containsKey("example.Marker"), "a changed source is a miss");
        assertEquals(1, entries().size(), "the entry of the old sources is removed: " + entries());
    }

    @Test
    void aDamagedEntryIsCompiledAgain() throws IOException {
        CompiledIntegration first = cache.compile(integration.resolve("src"));
        Path entry = entries().getFirst();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));

        CompiledIntegration again = cache.compile(integration.resolve("src"));
        assertArrayEquals(first.classes().get("example.echo.EchoChannel"), again.classes().get("example.echo.EchoChannel"));
        assertEquals(bytes.length, Files.size(entry), "the damaged entry is written anew");
    }

    @Test
    void sourcesThatDoNotCompileAreNotKept() {
        IntegrationDirs.writeSource(integration, "example/echo/Broken.java", "package example.echo; class Broken {");
        assertThrows(CompilationException.class, () -> cache.compile(integration.resolve("src")));
        assertThrows(CompilationException.class, () -> cache.compile(integration.resolve("src")), "still an error");
        assertFalse(Files.exists(cache.directory()) && !entries().isEmpty(), "nothing kept for a failed compile");
    }

    @Test
    void classesReadFromTheCacheAreStillVettedWhenDefined() throws IOException {
        CompiledIntegration benign = cache.compile(integration.resolve("src"));
        Path hostileDir = IntegrationDirs.echo(dir.resolve("hostile"));
        IntegrationDirs.writeSource(hostileDir, "example/echo/EchoChannel.java", HOSTILE_CHANNEL);
        CompiledIntegration hostile = SourceCompiler.compile(hostileDir.resolve("src"));
        CompiledEntry.write(entries().getFirst(), integration.resolve("src").toAbsolutePath(),
                new CompiledIntegration(benign.sourceRoot(), hostile.classes(), benign.sources(), List.of()));

        LoadedIntegration confined = Confinement.confine(LoadedIntegration.load(integration, cache), Allowlist.builtIn());
        ConfinementException refused = assertThrows(ConfinementException.class, () -> confined.newInstance(Channel.class));
        assertTrue(refused.getMessage().contains("java.lang.Runtime"), refused::getMessage);
    }

    private List<Path> entries() {
        try (Stream<Path> files = Files.list(cache.directory())) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the entry with one more class, which only a read from the cache can return. */
    private void addMarkerClass(Path entry, CompiledIntegration compiled) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>(compiled.classes());
        classes.put("example.Marker", compiled.classes().get("example.echo.EchoChannel"));
        CompiledEntry.write(entry, integration.resolve("src").toAbsolutePath(),
                new CompiledIntegration(compiled.sourceRoot(), classes, compiled.sources(), compiled.warnings()));
    }
}

package dev.pincer.runtime.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.runtime.manifest.ManifestException;
import dev.pincer.spi.Channel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void readsTheManifestAndCompilesTheSources() {
        LoadedIntegration integration = LoadedIntegration.load(IntegrationDirs.echo(dir));

        assertEquals("echo", integration.manifest().name());
        assertEquals("example.echo.EchoChannel", integration.manifest().entryClass());
        assertEquals(java.util.List.of("example.echo.EchoChannel"), integration.compiled().classNames());
    }

    @Test
    void eachInstanceGetsAFreshLoaderSoNoStaticStateIsShared() {
        LoadedIntegration integration = LoadedIntegration.load(IntegrationDirs.echo(dir));

        Channel first = integration.newInstance(Channel.class);
        Channel second = integration.newInstance(Channel.class);

        assertEquals("instances=1", first.toString());
        assertEquals("instances=1", second.toString());
        assertNotSame(first.getClass(), second.getClass());
        assertInstanceOf(IntegrationClassLoader.class, first.getClass().getClassLoader());
        assertNotSame(first.getClass().getClassLoader(), second.getClass().getClassLoader());
    }

    @Test
    void explainsAnEntryClassThatIsNotAmongTheSources() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeManifest(dir, "example.echo.Echo");
        LoadedIntegration integration = LoadedIntegration.load(dir);

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> integration.newInstance(Channel.class));

        assertEquals("entry class 'example.echo.Echo' named in pincer.json is not among the compiled classes: "
                + "[example.echo.EchoChannel]; set \"entry\" to the class that implements Channel", e.getMessage());
    }

    @Test
    void explainsAnEntryClassOfTheWrongType() {
        IntegrationDirs.writeSource(dir, "example/echo/Helper.java", """
                package example.echo;

                public class Helper {
                }
                """);
        IntegrationDirs.writeManifest(dir, "example.echo.Helper");

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> LoadedIntegration.load(dir).newInstance(Channel.class));

        assertEquals("entry class 'example.echo.Helper' named in pincer.json does not implement dev.pincer.spi.Channel; "
                + "a channel integration implements Channel", e.getMessage());
    }

    @Test
    void explainsAMissingNoArgumentConstructor() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/EchoChannel.java", IntegrationDirs.ECHO_CHANNEL
                .replace("public EchoChannel() {", "public EchoChannel(String name) {"));

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> LoadedIntegration.load(dir).newInstance(Channel.class));

        assertEquals("entry class 'example.echo.EchoChannel' named in pincer.json has no public no-argument "
                + "constructor; add public EchoChannel() and take everything else from the context in start",
                e.getMessage());
    }

    @Test
    void explainsAConstructorThatThrew() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/EchoChannel.java", IntegrationDirs.ECHO_CHANNEL
                .replace("instances++;", "instances++; if (instances > 0) throw new IllegalStateException(\"no token\");"));

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> LoadedIntegration.load(dir).newInstance(Channel.class));

        assertEquals("the constructor of entry class 'example.echo.EchoChannel' named in pincer.json threw "
                + "java.lang.IllegalStateException: no token; construct nothing that can fail, and do the work in start",
                e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void explainsAnEntryClassThatIsNotPublic() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/EchoChannel.java", IntegrationDirs.ECHO_CHANNEL
                .replace("public class EchoChannel", "class EchoChannel"));

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> LoadedIntegration.load(dir).newInstance(Channel.class));

        assertEquals("entry class 'example.echo.EchoChannel' named in pincer.json is not a public, concrete, top-level "
                + "or static class; declare it as public class EchoChannel", e.getMessage());
    }

    @Test
    void usesThePolicyItWasLoadedWith() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/EchoChannel.java", IntegrationDirs.ECHO_CHANNEL
                .replace("instances++;", "instances++; new ProcessBuilder(\"true\");"));
        ClassAccessPolicy noProcesses = name -> ClassAccessPolicy.jdkAndSpi().permits(name)
                && !name.equals("java.lang.ProcessBuilder");
        LoadedIntegration integration = LoadedIntegration.load(dir, noProcesses, ClassVetter.acceptAll());

        IntegrationLoadException e = assertThrows(IntegrationLoadException.class,
                () -> integration.newInstance(Channel.class));

        assertEquals("the constructor of entry class 'example.echo.EchoChannel' named in pincer.json threw "
                + "java.lang.NoClassDefFoundError: java/lang/ProcessBuilder (integration 'echo' may not use "
                + "java.lang.ProcessBuilder: generated integrations may use only the Pincer SPI and the allowed JDK "
                + "classes (specs/confinement.md)); construct nothing that can fail, and do the work in start",
                e.getMessage());
        assertEquals("instances=1", LoadedIntegration.load(dir).newInstance(Channel.class).toString());
    }

    @Test
    void reportsAManifestProblemBeforeCompiling() {
        IntegrationDirs.writeSource(dir, "example/echo/EchoChannel.java", "this is not Java");

        ManifestException e = assertThrows(ManifestException.class, () -> LoadedIntegration.load(dir));

        assertEquals(dir.resolve("pincer.json") + ": the manifest does not exist; create pincer.json in the "
                + "integration directory", e.getMessage());
    }
}

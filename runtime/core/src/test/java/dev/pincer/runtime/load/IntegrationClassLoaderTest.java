package dev.pincer.runtime.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.Channel;
import dev.pincer.spi.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationClassLoaderTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> classes;

    @BeforeEach
    void compileEcho() {
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/Shell.java", """
                package example.echo;

                public class Shell {
                    public static Object start() throws java.io.IOException {
                        return new ProcessBuilder("true").start();
                    }
                }
                """);
        classes = SourceCompiler.compile(dir.resolve("src")).classes();
    }

    @Test
    void sharesSpiTypesWithTheRuntime() throws ClassNotFoundException {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi());

        Class<?> echo = loader.loadClass("example.echo.EchoChannel");

        assertSame(loader, echo.getClassLoader());
        assertTrue(Channel.class.isAssignableFrom(echo));
        assertSame(Channel.class, loader.loadClass("dev.pincer.spi.Channel"));
        assertSame(Json.class, loader.loadClass("dev.pincer.spi.json.Json"));
    }

    @Test
    void permitsProcessBuilderUnderTheDefaultPolicy() throws ClassNotFoundException {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi());

        assertSame(ProcessBuilder.class, loader.loadClass("java.lang.ProcessBuilder"));
    }

    @Test
    void refusesProcessBuilderWhenThePolicyForbidsIt() {
        ClassAccessPolicy noProcesses = name -> ClassAccessPolicy.jdkAndSpi().permits(name)
                && !name.equals("java.lang.ProcessBuilder");
        IntegrationClassLoader loader = new IntegrationClassLoader("telegram", classes, noProcesses);

        ClassNotFoundException e = assertThrows(ClassNotFoundException.class,
                () -> loader.loadClass("java.lang.ProcessBuilder"));

        assertEquals("integration 'telegram' may not use java.lang.ProcessBuilder: generated integrations may use "
                + "only the Pincer SPI and the allowed JDK classes (specs/confinement.md)", e.getMessage());
    }

    @Test
    void integrationCodeThatReachesForAForbiddenClassFailsWhenItRuns() throws ReflectiveOperationException {
        ClassAccessPolicy noProcesses = new ClassAccessPolicy() {
            @Override
            public boolean permits(String name) {
                return ClassAccessPolicy.jdkAndSpi().permits(name) && !name.equals("java.lang.ProcessBuilder");
            }

            @Override
            public String rule(String name) {
                return "integrations may not start processes";
            }
        };
        IntegrationClassLoader loader = new IntegrationClassLoader("telegram", classes, noProcesses);
        Class<?> shell = loader.loadClass("example.echo.Shell");

        var invocation = assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> shell.getMethod("start").invoke(null));

        assertEquals(NoClassDefFoundError.class, invocation.getCause().getClass());
        assertEquals("integration 'telegram' may not use java.lang.ProcessBuilder: integrations may not start processes",
                invocation.getCause().getCause().getMessage());
    }

    @Test
    void refusesTheRuntimeAndItsLibraries() {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi());

        for (String name : List.of("dev.pincer.runtime.load.SourceCompiler", "com.fasterxml.jackson.databind.ObjectMapper",
                "dev.pincer.conformance.Anything", "org.sqlite.JDBC", "sun.misc.Unsafe")) {
            ClassNotFoundException e = assertThrows(ClassNotFoundException.class, () -> loader.loadClass(name));
            assertEquals("integration 'echo' may not use " + name + ": generated integrations may use only the Pincer "
                    + "SPI and the allowed JDK classes (specs/confinement.md)", e.getMessage());
        }
    }

    @Test
    void neverReachesTheClassPathEvenWhenThePolicyPermitsEverything() {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, name -> true);

        ClassNotFoundException e = assertThrows(ClassNotFoundException.class,
                () -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));

        assertEquals("integration 'echo' may not use com.fasterxml.jackson.databind.ObjectMapper: it is not among the "
                + "integration's classes, the Pincer SPI or the JDK; generated integrations may use only the Pincer SPI "
                + "and the allowed JDK classes (specs/confinement.md)", e.getMessage());
    }

    @Test
    void exposesNoResources() throws Exception {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi());

        assertNull(loader.getResource("java/lang/Object.class"));
        assertNull(loader.getResource("dev/pincer/spi/Channel.class"));
        assertNull(loader.getResourceAsStream("com/fasterxml/jackson/databind/ObjectMapper.class"));
        assertFalse(loader.getResources("META-INF/MANIFEST.MF").hasMoreElements());
        assertEquals(0, loader.resources("META-INF/MANIFEST.MF").count());
        assertNull(loader.loadClass("example.echo.EchoChannel").getResource("/java/lang/Object.class"));
    }

    @Test
    void definesClassesInADomainOfTheirOwn() throws ClassNotFoundException {
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi());

        Class<?> echo = loader.loadClass("example.echo.EchoChannel");
        Class<?> shell = loader.loadClass("example.echo.Shell");

        assertSame(echo.getProtectionDomain(), shell.getProtectionDomain());
        assertNotSame(Channel.class.getProtectionDomain(), echo.getProtectionDomain());
        assertSame(loader, echo.getProtectionDomain().getClassLoader());
        assertFalse(echo.getProtectionDomain().getPermissions().elements().hasMoreElements());
    }

    @Test
    void asksTheVetterBeforeDefiningEachClass() throws ClassNotFoundException {
        List<String> vetted = new ArrayList<>();
        ClassVetter vetter = (name, bytes) -> {
            vetted.add(name + ":" + (bytes[0] & 0xff));
            if (name.endsWith("Shell")) {
                throw new SecurityException("Shell starts processes");
            }
        };
        IntegrationClassLoader loader = new IntegrationClassLoader("echo", classes, ClassAccessPolicy.jdkAndSpi(), vetter);

        loader.loadClass("example.echo.EchoChannel");
        loader.loadClass("example.echo.EchoChannel");
        SecurityException e = assertThrows(SecurityException.class, () -> loader.loadClass("example.echo.Shell"));

        assertEquals("Shell starts processes", e.getMessage());
        assertEquals(List.of("example.echo.EchoChannel:202", "example.echo.Shell:202"), vetted);
    }
}

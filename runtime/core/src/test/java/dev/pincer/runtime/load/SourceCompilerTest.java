package dev.pincer.runtime.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCompilerTest {

    @TempDir
    Path dir;

    @Test
    void compilesAChannelInMemory() throws IOException {
        IntegrationDirs.echo(dir);

        CompiledIntegration compiled = SourceCompiler.compile(dir.resolve("src"));

        assertEquals(List.of("example.echo.EchoChannel"), compiled.classNames());
        assertEquals(List.of(dir.resolve("src/example/echo/EchoChannel.java")), compiled.sources());
        assertEquals(List.of(), compiled.warnings());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".class")).toList(),
                    "nothing may be written to disk");
        }
    }

    @Test
    void reportsACompileErrorWithFileLineAndHint() {
        IntegrationDirs.writeSource(dir, "example/echo/Broken.java", """
                package example.echo;

                class Broken {
                    int count() {
                        return "three";
                    }
                }
                """);

        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src")));

        assertEquals("src/example/echo/Broken.java:5:16: error: incompatible types: java.lang.String cannot be converted to int "
                + "(hint: fix the source at this line; the compiler's message above says what it expected)",
                e.getMessage());
        CompilerMessage message = e.messages().getFirst();
        assertEquals(Path.of("src/example/echo/Broken.java"), message.file());
        assertEquals(5, message.line());
        assertEquals("error", message.kind());
    }

    @Test
    void refusesJacksonEvenThoughItIsOnTheRuntimeClassPath() throws ClassNotFoundException {
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
        IntegrationDirs.writeSource(dir, "example/echo/Parser.java", """
                package example.echo;

                import com.fasterxml.jackson.databind.ObjectMapper;

                class Parser {
                    ObjectMapper mapper = new ObjectMapper();
                }
                """);

        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src")));

        assertEquals("src/example/echo/Parser.java:3:38: error: package com.fasterxml.jackson.databind does not exist "
                + "(hint: generated integrations may use only the Pincer SPI (dev.pincer.spi) and the JDK)",
                e.getMessage().lines().findFirst().orElseThrow());
        assertEquals("src/example/echo/Parser.java:6:5: error: cannot find symbol; symbol: class ObjectMapper; "
                + "location: class example.echo.Parser (hint: fix the source at this line; the compiler's message "
                + "above says what it expected)", e.getMessage().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void refusesTheRuntimesOwnClasses() {
        IntegrationDirs.writeSource(dir, "example/echo/Sneaky.java", """
                package example.echo;

                import dev.pincer.runtime.load.SourceCompiler;

                class Sneaky {
                }
                """);

        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src")));

        assertEquals("src/example/echo/Sneaky.java:3:31: error: package dev.pincer.runtime.load does not exist "
                + "(hint: generated integrations may use only the Pincer SPI (dev.pincer.spi) and the JDK)",
                e.getMessage());
    }

    @Test
    void keepsWarningsWithoutFailing() {
        IntegrationDirs.writeSource(dir, "example/echo/Raw.java", """
                package example.echo;

                import java.util.ArrayList;
                import java.util.List;

                class Raw {
                    @SuppressWarnings("rawtypes")
                    List items = new ArrayList();

                    @SuppressWarnings("rawtypes")
                    void add(Object item) {
                        ((List<Object>) (List) items).add(item);
                    }
                }
                """);

        CompiledIntegration compiled = SourceCompiler.compile(dir.resolve("src"));

        assertEquals(List.of("example.echo.Raw"), compiled.classNames());
        assertEquals(List.of(
                "src/example/echo/Raw.java:12:25: warning: redundant cast to java.util.List",
                "src/example/echo/Raw.java:12:25: warning: unchecked cast; required: java.util.List<java.lang.Object>; "
                        + "found: java.util.List"),
                compiled.warnings().stream().map(CompilerMessage::render).toList());
    }

    @Test
    void servesOnlySpiClassesFromAFatJar() throws IOException {
        Path fatJar = fatJarWithSpiAndJackson();
        IntegrationDirs.echo(dir);
        IntegrationDirs.writeSource(dir, "example/echo/Parser.java", """
                package example.echo;

                class Parser {
                    Object mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                }
                """);

        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src"), SpiClassFiles.from(fatJar)));

        assertEquals("src/example/echo/Parser.java:4:55: error: package com.fasterxml.jackson.databind does not exist "
                + "(hint: generated integrations may use only the Pincer SPI (dev.pincer.spi) and the JDK)",
                e.getMessage());
        Files.delete(dir.resolve("src/example/echo/Parser.java"));
        assertEquals(List.of("example.echo.EchoChannel"),
                SourceCompiler.compile(dir.resolve("src"), SpiClassFiles.from(fatJar)).classNames());
    }

    @Test
    void readsSpiClassesFromADirectory() throws IOException {
        Path classes = dir.resolve("classes");
        for (SpiClassFile file : spiClassFiles()) {
            Path target = classes.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/Other.class"), new byte[] {1, 2, 3});

        SpiClassFiles spi = SpiClassFiles.from(classes);

        assertTrue(spi.inPackage("dev.pincer.spi", false).stream()
                .anyMatch(file -> file.binaryName().equals(Channel.class.getName())));
        assertTrue(spi.inPackage("dev.pincer.spi", true).stream()
                .anyMatch(file -> file.binaryName().equals("dev.pincer.spi.json.Json")));
        assertEquals(List.of(), spi.inPackage("com.example", true));
    }

    @Test
    void reportsAMissingSourceDirectory() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src")));

        assertEquals("src: error: the source directory does not exist (hint: put the integration's Java sources "
                + "under src/, one directory per package, such as src/example/telegram)", e.getMessage());
    }

    @Test
    void refusesClassesInTheSpiPackage() {
        IntegrationDirs.writeSource(dir, "dev/pincer/spi/Extra.java", """
                package dev.pincer.spi;

                public class Extra {
                }
                """);

        CompilationException e = assertThrows(CompilationException.class,
                () -> SourceCompiler.compile(dir.resolve("src")));

        assertEquals("src/dev/pincer/spi/Extra.java: error: class dev.pincer.spi.Extra is declared in the Pincer SPI's "
                + "package dev.pincer.spi (hint: put the integration's classes in a package of their own, such as "
                + "example.telegram)", e.getMessage());
    }

    @Test
    void aCompilerMessageRendersOnOneLine() {
        CompilerMessage message = new CompilerMessage(Path.of("src/a/B.java"), 3, 7, "error", "oops", "fix it");

        assertEquals("src/a/B.java:3:7: error: oops (hint: fix it)", message.render());
        assertFalse(new CompilerMessage(Path.of(""), 0, 0, "note", "n", "").render().contains(":0"));
    }

    private record SpiClassFile(String path, byte[] bytes) {}

    private static List<SpiClassFile> spiClassFiles() {
        return SpiClassFiles.ofRuntime().inPackage("dev.pincer.spi", true).stream()
                .map(file -> new SpiClassFile(file.binaryName().replace('.', '/') + ".class", file.bytes()))
                .toList();
    }

    private Path fatJarWithSpiAndJackson() throws IOException {
        Path jar = dir.resolve("pincer-cli-all.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (SpiClassFile file : spiClassFiles()) {
                zip.putNextEntry(new JarEntry(file.path()));
                zip.write(file.bytes());
                zip.closeEntry();
            }
            String mapper = "com/fasterxml/jackson/databind/ObjectMapper.class";
            try (var in = SourceCompilerTest.class.getClassLoader().getResourceAsStream(mapper)) {
                zip.putNextEntry(new JarEntry(mapper));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
        }
        return jar;
    }
}

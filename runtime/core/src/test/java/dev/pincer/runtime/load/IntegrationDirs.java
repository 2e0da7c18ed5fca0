package dev.pincer.runtime.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes integration directories (manifest and sources) for tests. */
final class IntegrationDirs {

    static final String ECHO_CHANNEL = """
            package example.echo;

            import dev.pincer.spi.Channel;
            import dev.pincer.spi.ChannelContext;
            import dev.pincer.spi.OutboundMessage;
            import dev.pincer.spi.ReceiveResult;
            import dev.pincer.spi.SendResult;

            public class EchoChannel implements Channel {
                private static int instances;
                private ChannelContext context;

                public EchoChannel() {
                    instances++;
                }

                @Override
                public void start(ChannelContext context) {
                    this.context = context;
                    context.log().info("started " + context.name());
                }

                @Override
                public ReceiveResult receive() {
                    return ReceiveResult.idle();
                }

                @Override
                public SendResult send(OutboundMessage message) {
                    return new SendResult.Failed("echo cannot send " + message.id());
                }

                @Override
                public void stop() {
                    context = null;
                }

                @Override
                public String toString() {
                    return "instances=" + instances;
                }
            }
            """;

    private IntegrationDirs() {}

    static Path writeSource(Path integrationDir, String relativePath, String source) {
        try {
            Path file = integrationDir.resolve("src").resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeManifest(Path integrationDir, String entryClass) {
        try {
            Files.createDirectories(integrationDir);
            return Files.writeString(integrationDir.resolve("pincer.json"), """
                    {"kind":"channel","name":"echo","spec":"channels/echo","specVersion":"1.0",
                     "entry":"%s","egress":["api.echo.example"],"secrets":{},"config":{}}
                    """.formatted(entryClass));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An integration directory holding the echo channel and a manifest naming it. */
    static Path echo(Path integrationDir) {
        writeSource(integrationDir, "example/echo/EchoChannel.java", ECHO_CHANNEL);
        writeManifest(integrationDir, "example.echo.EchoChannel");
        return integrationDir;
    }
}

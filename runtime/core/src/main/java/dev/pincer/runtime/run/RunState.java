package dev.pincer.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pincer.runtime.route.RouterStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file in the data directory where a running {@code pincer run} tells {@code pincer status} what it is doing:
 * its process id, model, each integration's state and last problem. Rewritten every two seconds, removed on a clean
 * stop; a file whose process is gone means the run ended abruptly.
 */
public final class RunState {
    /** The file's name in the data directory. */
    public static final String FILE_NAME = "run.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String model;
    private final Instant startedAt = Instant.now();
    private volatile String localChat = "";

    RunState(Path file, String model) {
        this.file = file;
        this.model = model;
    }

    void localChat(String address) {
        this.localChat = address;
    }

    synchronized void write(Map<String, String> states, RouterStatus status) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pid", ProcessHandle.current().pid());
        root.put("startedAt", startedAt.toString());
        root.put("updatedAt", Instant.now().toString());
        root.put("model", model);
        root.put("localChat", localChat);
        ObjectNode integrations = root.putObject("integrations");
        TreeMap<String, String> all = new TreeMap<>(states);
        status.integrations().keySet().forEach(name -> all.putIfAbsent(name, "not running"));
        all.forEach((name, state) -> {
            ObjectNode node = integrations.putObject(name);
            node.put("state", state);
            RouterStatus.IntegrationStatus counts = status.integrations().get(name);
            if (counts != null) {
                counts.lastProblem().ifPresent(problem -> node.put("lastProblem", problem.toString()));
            }
        });
        try {
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale file is told apart by its process id; nothing is lost.
        }
    }

    /** The last state a run wrote in {@code dataDir}, if there is one. */
    public static Optional<JsonNode> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

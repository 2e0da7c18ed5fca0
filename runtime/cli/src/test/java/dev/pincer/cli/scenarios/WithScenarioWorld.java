package dev.pincer.cli.scenarios;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link ScenarioWorld} for each scenario, whose invariants are checked after it, whatever it did. */
abstract class WithScenarioWorld {
    @TempDir
    Path dir;
    ScenarioWorld world;

    @BeforeEach
    final void createWorld() {
        world = ScenarioWorld.create(dir);
    }

    @AfterEach
    final void checkInvariants() {
        world.closeAndCheckInvariants();
    }
}

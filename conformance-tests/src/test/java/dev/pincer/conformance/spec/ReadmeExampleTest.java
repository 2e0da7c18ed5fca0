package dev.pincer.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The example spec in {@code specs/README.md} is itself a valid spec, so the guide cannot drift from the parser. */
class ReadmeExampleTest {

    @Test
    void readmeExampleSpecParses() throws IOException {
        String readme = Files.readString(Path.of("..", "specs", "README.md"));
        List<String> examples = new java.util.ArrayList<>();
        Parser.builder().build().parse(readme).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getInfo().strip().equals("markdown")) {
                    examples.add(block.getLiteral());
                }
            }
        });
        assertTrue(examples.size() >= 1, "specs/README.md has no ```markdown example");

        Spec spec = SpecParser.parse(Path.of("specs/channels/echo.md"), examples.get(0));

        assertEquals("channels/echo", spec.id());
        assertEquals(Optional.of("channel"), spec.extendsId());
        assertEquals(1, spec.requirements().size());
        Requirement requirement = spec.requirements().get(0);
        assertEquals("ECHO-SEND-001", requirement.id());
        assertEquals(Level.MUST, requirement.level());
        assertEquals("Sending", requirement.section());
        assertEquals(Optional.of("ECHO-SEND-001"), spec.fixtures().get(0).requirementId());
    }
}

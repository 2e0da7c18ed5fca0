package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads one spec file's Markdown into a {@link Spec}; one instance per file. */
final class SpecReader {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final Path file;
    private final String text;
    private final String[] lines;
    private final List<Draft> closed = new ArrayList<>();
    private final List<Fixture> fixtures = new ArrayList<>();
    private String section = "";
    private Draft current;

    SpecReader(Path file, String text) {
        this.file = file;
        this.text = text;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    ParsedSpec read() {
        Node document = MARKDOWN.parse(text);
        Node first = document.getFirstChild();
        if (!(first instanceof Heading title) || title.getLevel() != 1) {
            throw SpecException.at(file, first == null ? 1 : firstLine(first), "a spec must start with a title",
                    "make the first line a level-1 heading such as '# Telegram channel profile'");
        }
        if (headingText(title).isEmpty()) {
            throw SpecException.at(file, firstLine(title), "the title is empty",
                    "write the spec's name after '#', for example '# Telegram channel profile'");
        }
        SpecHeader header = null;
        boolean pastHeader = false;
        for (Node block = first.getNext(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                pastHeader |= heading.getLevel() >= 2;
                onHeading(heading);
            } else if (block instanceof FencedCodeBlock fence && fence.getInfo().strip().equals("spec")) {
                if (header != null) {
                    throw SpecException.at(file, firstLine(fence), "a second spec block",
                            "keep only the spec block right after the title");
                }
                if (pastHeader) {
                    throw SpecException.at(file, firstLine(fence), "the spec block comes after a section heading",
                            "move it right after the title");
                }
                header = SpecHeader.parse(file, firstLine(fence), fence.getLiteral());
            } else if (block instanceof FencedCodeBlock fence && fixtureWords(fence) != null) {
                addFixture(fence);
            } else {
                if (current != null) {
                    current.prose.add(source(block));
                }
                collectNestedFixtures(block);
            }
        }
        closeRequirement();
        if (header == null) {
            throw SpecException.at(file, firstLine(first), "missing spec block",
                    "add right after the title a fenced block with info string 'spec' holding "
                            + "'id: <path under specs/ without .md>' and 'version: 1.0'");
        }
        Spec spec = new Spec(header.id(), header.version(), header.extendsId(), headingText(title), file,
                requirements(header.id()), fixtures);
        return new ParsedSpec(spec, header.idLine(), header.extendsLine());
    }

    private void onHeading(Heading heading) {
        if (heading.getLevel() > 3) {
            if (current != null) {
                current.prose.add(source(heading));
            }
            return;
        }
        closeRequirement();
        String headingText = headingText(heading);
        if (heading.getLevel() <= 2) {
            section = headingText;
            return;
        }
        int line = firstLine(heading);
        Optional<RequirementHeading> declared = RequirementHeading.parse(file, line, headingText);
        declared.ifPresent(h -> current = new Draft(h, line, section));
    }

    private void closeRequirement() {
        if (current == null) {
            return;
        }
        Draft draft = current;
        current = null;
        String prose = String.join("\n\n", draft.prose).strip();
        if (prose.isEmpty()) {
            throw SpecException.at(file, draft.line, "requirement " + draft.heading.id() + " has no prose",
                    "write under its heading what an implementation must do and how the suite observes it");
        }
        for (Draft earlier : closed) {
            if (earlier.heading.id().equals(draft.heading.id())) {
                throw SpecException.at(file, draft.line, "duplicate requirement ID " + earlier.heading.id()
                        + ", also defined at " + SpecException.location(file, earlier.line),
                        "give one of them a new ID");
            }
        }
        draft.proseText = prose;
        closed.add(draft);
    }

    /** The closed requirements; the spec id is known only once the whole file is read. */
    private List<Requirement> requirements(String specId) {
        List<Requirement> result = new ArrayList<>();
        for (Draft d : closed) {
            result.add(new Requirement(d.heading.id(), d.heading.level(), d.heading.title(), d.proseText, specId,
                    file, d.line, d.section));
        }
        return result;
    }

    private void collectNestedFixtures(Node block) {
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if (fixtureWords(fence) != null) {
                    addFixture(fence);
                }
            }
        });
    }

    private void addFixture(FencedCodeBlock fence) {
        int line = firstLine(fence);
        String[] words = fixtureWords(fence);
        String usage = "write the info string as 'fixture <name> [language]', for example 'fixture tg-update-text json'";
        if (words.length < 2) {
            throw SpecException.at(file, line, "fixture block without a name", usage);
        }
        if (words.length > 3) {
            throw SpecException.at(file, line, "fixture info string '" + fence.getInfo().strip()
                    + "' has words after the language", usage);
        }
        String name = words[1];
        if (!Fixture.NAME.matcher(name).matches()) {
            throw SpecException.at(file, line, "invalid fixture name '" + name + "'",
                    "use lower-case letters, digits and '-', starting with a letter or digit");
        }
        for (Fixture earlier : fixtures) {
            if (earlier.name().equals(name)) {
                throw SpecException.at(file, line, "duplicate fixture name '" + name + "', also defined at "
                        + earlier.location(), "give one of them a new name");
            }
        }
        Optional<String> requirementId = Optional.ofNullable(current).map(d -> d.heading.id());
        String language = words.length == 3 ? words[2] : "";
        fixtures.add(new Fixture(name, language, fence.getLiteral(), requirementId, file, line));
    }

    /** The words of a fixture block's info string, or null if the block is not a fixture. */
    private static String[] fixtureWords(FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
        String[] words = info.split("\\s+");
        return words[0].equals("fixture") ? words : null;
    }

    private String headingText(Heading heading) {
        String raw = lines[firstLine(heading) - 1].strip();
        if (raw.startsWith("#")) {
            String content = raw.replaceFirst("^#{1,6}", "");
            return content.replaceFirst("(^|[ \t]+)#+[ \t]*$", "").strip();
        }
        StringBuilder out = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                out.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                out.append('`').append(node.getLiteral()).append('`');
            }

            @Override
            public void visit(HtmlInline node) {
                out.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    private String source(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        int from = spans.get(0).getLineIndex();
        int to = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", Arrays.asList(lines).subList(from, to + 1));
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    /** A requirement whose prose is still being collected. */
    private static final class Draft {
        final RequirementHeading heading;
        final int line;
        final String section;
        final List<String> prose = new ArrayList<>();
        String proseText = "";

        Draft(RequirementHeading heading, int line, String section) {
            this.heading = heading;
            this.line = line;
            this.section = section;
        }
    }

}

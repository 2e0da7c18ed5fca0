package dev.pincer.runtime.load;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An integration's sources did not compile; the message has one line per error, with file, line and a hint. */
public final class CompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<CompilerMessage> messages;

    CompilationException(List<CompilerMessage> messages) {
        super(render(messages));
        this.messages = List.copyOf(messages);
    }

    private static String render(List<CompilerMessage> messages) {
        Objects.requireNonNull(messages, "messages");
        return messages.stream().filter(CompilerMessage::error).map(CompilerMessage::render)
                .collect(Collectors.joining("\n"));
    }

    /** Every message the compiler gave, errors and warnings, in the order it gave them. */
    public List<CompilerMessage> messages() {
        return messages;
    }

    /** The errors only. */
    public List<CompilerMessage> errors() {
        return messages.stream().filter(CompilerMessage::error).toList();
    }
}

package dev.pincer.runtime.vet;

import dev.pincer.runtime.vet.ClassFile.MalformedClassException;
import java.util.ArrayList;
import java.util.List;

/** Extracts the class names that field and method descriptors and generic signatures mention. */
final class Descriptors {
    private final String text;
    private int position;
    private final List<String> names = new ArrayList<>();

    private Descriptors(String text) {
        this.text = text;
    }

    /** The binary names ({@code java.util.Map$Entry}) a descriptor or signature mentions, arrays unwrapped. */
    static List<String> classNames(String descriptorOrSignature) {
        Descriptors parser = new Descriptors(descriptorOrSignature);
        try {
            parser.signature();
        } catch (StringIndexOutOfBoundsException e) {
            throw parser.malformed();
        }
        if (parser.position != descriptorOrSignature.length()) {
            throw parser.malformed();
        }
        return List.copyOf(parser.names);
    }

    /** The binary name of a class entry, which may be an array descriptor; {@code null} for primitive arrays. */
    static String classEntryName(String internalName) {
        if (!internalName.startsWith("[")) {
            return internalName.replace('/', '.');
        }
        List<String> names = classNames(internalName);
        return names.isEmpty() ? null : names.get(0);
    }

    private void signature() {
        if (peek() == '<') {
            typeParameters();
        }
        if (peek() == '(') {
            position++;
            while (peek() != ')') {
                type();
            }
            position++;
            type();
            while (position < text.length() && peek() == '^') {
                position++;
                type();
            }
            return;
        }
        while (position < text.length()) {
            type();
        }
    }

    private void typeParameters() {
        position++;
        while (peek() != '>') {
            identifier();
            expect(':');
            if (peek() != ':' && peek() != '>') {
                type();
            }
            while (peek() == ':') {
                position++;
                type();
            }
        }
        position++;
    }

    private void type() {
        char c = text.charAt(position++);
        switch (c) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'V' -> { }
            case '[' -> type();
            case 'T' -> {
                identifier();
                expect(';');
            }
            case 'L' -> classType();
            default -> throw malformed();
        }
    }

    private void classType() {
        StringBuilder name = new StringBuilder(identifierWithSlashes());
        while (true) {
            if (peek() == '<') {
                typeArguments();
            }
            if (peek() == '.') {
                position++;
                name.append('$').append(identifier());
                continue;
            }
            expect(';');
            names.add(name.toString().replace('/', '.'));
            return;
        }
    }

    private void typeArguments() {
        position++;
        while (peek() != '>') {
            char c = peek();
            if (c == '*') {
                position++;
            } else {
                if (c == '+' || c == '-') {
                    position++;
                }
                type();
            }
        }
        position++;
    }

    private String identifierWithSlashes() {
        int start = position;
        while (";<.".indexOf(peek()) < 0) {
            position++;
        }
        if (start == position) {
            throw malformed();
        }
        return text.substring(start, position);
    }

    private String identifier() {
        int start = position;
        while (";<>.:/[".indexOf(peek()) < 0) {
            position++;
        }
        if (start == position) {
            throw malformed();
        }
        return text.substring(start, position);
    }

    private char peek() {
        return text.charAt(position);
    }

    private void expect(char c) {
        if (text.charAt(position++) != c) {
            throw malformed();
        }
    }

    private MalformedClassException malformed() {
        return new MalformedClassException("descriptor or signature '" + text + "' is malformed near position " + position);
    }
}

package dev.pincer.conformance.spec;

/** A parsed spec with the lines of its header, for the checks that span files. */
record ParsedSpec(Spec spec, int idLine, int extendsLine) {}

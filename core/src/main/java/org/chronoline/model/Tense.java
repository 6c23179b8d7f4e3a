package org.chronoline.model;

/** The grammatical time of the clause around an expression, which decides whether "Tuesday" is past or future. */
public enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    /** No verb or no cue: the resolver falls back on its default direction. */
    UNKNOWN
}

package org.chronoline.model;

/** The TIMEX3 {@code mod} attribute: how the text qualifies a time ("early", "about", "by", "since"). */
public enum Modifier {
    BEFORE,
    AFTER,
    ON_OR_BEFORE,
    ON_OR_AFTER,
    LESS_THAN,
    MORE_THAN,
    EQUAL_OR_LESS,
    EQUAL_OR_MORE,
    START,
    MID,
    END,
    APPROX
}

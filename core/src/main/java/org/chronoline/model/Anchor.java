package org.chronoline.model;

/** What a resolved time was computed from. */
public enum Anchor {
    /** The text gives the time fully ("September 8, 2025"). */
    NONE,
    /** The article's publication time ("Tuesday", "last week", "yesterday"). */
    PUBLICATION,
    /** An earlier time in the same text ("the next day", "two days later", "that week"). */
    PREVIOUS_MENTION
}

package org.chronoline.model;

import java.util.Objects;

/**
 * How a time was resolved: the anchor kind, the anchor's own value ({@code 2025-10-15} for a
 * publication date, the earlier mention's value for an anaphoric one, {@code null} for
 * {@link Anchor#NONE}), and the name of the rule that found the expression.
 *
 * <p>Immutable and thread-safe.
 */
public record Resolution(Anchor anchor, String anchorValue, String rule) {
    public Resolution {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(rule, "rule");
    }
}

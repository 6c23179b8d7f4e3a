package org.chronoline.model;

import java.util.Objects;

/**
 * One temporal expression found in an article, with its resolution.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span     its offsets in the article text (TimeML extent: "early December", not "in early December")
 * @param text     the expression as written
 * @param sentence the index of the sentence holding it
 * @param time     what it resolves to, or {@code null} when it could not be resolved
 * @param rule     the name of the rule that found it
 * @param problem  why it could not be resolved, or {@code null} when it was
 */
public record TemporalExpression(Span span, String text, int sentence, ResolvedTime time, String rule,
                                 String problem) {
    public TemporalExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if ((time == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of time and problem must be set: " + text);
        }
    }

    public static TemporalExpression resolved(Span span, String text, int sentence, ResolvedTime time) {
        return new TemporalExpression(span, text, sentence, time, time.resolution().rule(), null);
    }

    public static TemporalExpression unresolved(Span span, String text, int sentence, String rule, String problem) {
        return new TemporalExpression(span, text, sentence, null, rule, problem);
    }

    /** An equal expression whose text and value strings are the JVM's shared instances. */
    public TemporalExpression shared() {
        return time == null ? this : new TemporalExpression(span, text.intern(), sentence, time.shared(), rule, problem);
    }

    public boolean isResolved() {
        return time != null;
    }
}

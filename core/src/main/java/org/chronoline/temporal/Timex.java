package org.chronoline.temporal;

import java.util.Objects;
import org.chronoline.model.Span;

/**
 * A temporal expression as found in the text, before resolution: its extent and what the words say,
 * as a typed {@link TimeSpec} that may be relative ("last Tuesday") or partial ("October 6").
 *
 * <p>Immutable and thread-safe.
 *
 * @param span     offsets in the article text
 * @param text     the expression as written
 * @param sentence index of the sentence holding it
 * @param spec     what the words specify
 * @param rule     name of the rule that found it
 */
public record Timex(Span span, String text, int sentence, TimeSpec spec, String rule) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(rule, "rule");
    }
}

package org.chronoline.io.timeml;

import java.util.Objects;
import org.chronoline.model.Span;

/**
 * A TIMEX3 annotation of a TimeML document, with offsets in the document's stripped text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tid   the annotation id ({@code t12}), or {@code null}
 * @param span  offsets in the stripped TEXT
 * @param text  the annotated text
 * @param type  the TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
 * @param value the TIMEX3 value
 * @param mod   the TIMEX3 mod, or {@code null}
 */
public record GoldTimex(String tid, Span span, String text, String type, String value, String mod) {
    public GoldTimex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        type = type == null ? "" : type;
        value = value == null ? "" : value;
        mod = mod == null || mod.isEmpty() ? null : mod;
    }
}

package org.chronoline.resolve;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.chronoline.model.Sentence;

/**
 * What the resolver knows about the text an expression is in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article   the article id, for diagnostics
 * @param reference the reference time: the article's publication time
 * @param text      the article text
 * @param sentences its sentences
 */
public record ResolutionContext(String article, OffsetDateTime reference, String text, List<Sentence> sentences) {
    public ResolutionContext {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}

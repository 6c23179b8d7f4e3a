package org.chronoline.model;

import java.util.Objects;

/**
 * One sentence (or one line of page furniture) of an article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index       its position among the article's sentences, from 0
 * @param span        its offsets in the article text
 * @param text        its text
 * @param boilerplate whether it is page furniture ("Ad Blocker Detected!", "5 hours ago"), which dates nothing
 */
public record Sentence(int index, Span span, String text, boolean boilerplate) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}

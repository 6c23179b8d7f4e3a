package org.chronoline.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One news article: its identifier, its publication time (with the offset it was published in),
 * its text, and optional title, source, URL and story key.
 *
 * <p>The publication time is the reference time for every deictic expression in the text
 * ("Tuesday", "last week"); it is always part of the input, never read from a clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        unique identifier within one input, not blank
 * @param published publication time with its offset
 * @param text      the article text, as scraped (may hold page furniture)
 * @param title     the headline, or {@code null}
 * @param source    the publisher or outlet, or {@code null}
 * @param url       where it was published, or {@code null}
 * @param story     key of the story the article belongs to, or {@code null} for the default story
 */
public record Article(String id, OffsetDateTime published, String text, String title, String source, String url,
                      String story) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** An article with only the required fields. */
    public static Article of(String id, OffsetDateTime published, String text) {
        return new Article(id, published, text, null, null, null, null);
    }

    /** An article with the required fields, parsing {@code published} as ISO-8601 with an offset. */
    public static Article of(String id, String published, String text) {
        return of(id, OffsetDateTime.parse(published), text);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, published, text, newTitle, source, url, story);
    }

    public Article withSource(String newSource) {
        return new Article(id, published, text, title, newSource, url, story);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, published, text, title, source, newUrl, story);
    }

    public Article withStory(String newStory) {
        return new Article(id, published, text, title, source, url, newStory);
    }

    @Override
    public String toString() {
        return "Article[" + id + " " + published + ", " + text.length() + " chars]";
    }
}

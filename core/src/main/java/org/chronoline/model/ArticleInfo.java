package org.chronoline.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a timeline says about one of its articles (everything but the text).
 *
 * <p>Immutable and thread-safe.
 */
public record ArticleInfo(String id, OffsetDateTime published, String title, String source, String url) {
    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
    }

    public static ArticleInfo of(Article article) {
        return new ArticleInfo(article.id(), article.published(), article.title(), article.source(), article.url());
    }
}

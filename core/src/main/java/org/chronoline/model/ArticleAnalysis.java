package org.chronoline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of the per-article stage: one article's sentences, temporal expressions, event
 * mentions and diagnostics. Analyses of different articles are independent, so they can be computed
 * in parallel or on different machines, then handed to the cross-article stage.
 *
 * <p>Immutable and thread-safe.
 */
public record ArticleAnalysis(ArticleInfo article, List<Sentence> sentences, List<TemporalExpression> expressions,
                              List<EventMention> mentions, List<Diagnostic> diagnostics) {
    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        expressions = List.copyOf(expressions);
        mentions = List.copyOf(mentions);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * This analysis with only what the cross-article stage reads (the article, its mentions, which
     * keep their own sentences, and its diagnostics), to hold many analyses in little memory: the
     * words that recur across articles (participants, key terms, values) are shared, not copied.
     */
    public ArticleAnalysis forMerge() {
        List<EventMention> compact = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            compact.add(m.shared());
        }
        return new ArticleAnalysis(article, List.of(), List.of(), compact, diagnostics);
    }
}

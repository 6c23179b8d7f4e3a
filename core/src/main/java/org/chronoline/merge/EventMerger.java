package org.chronoline.merge;

import java.util.List;
import java.util.Map;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.EventMention;

/**
 * Merges the event mentions of many articles into events: one per real-world happening, with every
 * mention kept and disagreements recorded. Implementations must not compare all pairs of mentions.
 */
@FunctionalInterface
public interface EventMerger {

    /**
     * @param mentions the mentions of all articles, in article order then text order
     * @param articles the articles by id, for sources in conflicts
     */
    MergeResult merge(List<EventMention> mentions, Map<String, ArticleInfo> articles);

    /** The default merger: blocking by time and key terms, then similarity clustering. Thread-safe. */
    static EventMerger standard() {
        return StandardMerger.INSTANCE;
    }
}

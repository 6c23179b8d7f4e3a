package org.chronoline.event;

import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.EventMention;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;

/**
 * Finds the event each temporal expression dates. Never throws on odd text.
 */
@FunctionalInterface
public interface EventExtractor {

    /**
     * The event mentions of one article, in text order: one per dated clause, plus undated ones the
     * extractor judges worth keeping. Page-furniture sentences yield nothing.
     */
    List<EventMention> extract(Article article, List<Sentence> sentences, List<TemporalExpression> expressions);

    /** The default extractor for English news text. Thread-safe. */
    static EventExtractor english() {
        return EnglishEventExtractor.INSTANCE;
    }
}

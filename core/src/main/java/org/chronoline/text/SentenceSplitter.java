package org.chronoline.text;

import java.util.List;
import org.chronoline.model.Sentence;

/**
 * Splits an article's text into sentences and marks page furniture. Implementations never throw on
 * odd text and return sentences in text order whose spans do not overlap.
 */
@FunctionalInterface
public interface SentenceSplitter {

    /**
     * The sentences of {@code text}, in order.
     *
     * @param text              the article text
     * @param maxSentenceLength a sentence longer than this is cut into pieces of at most this many characters
     */
    List<Sentence> split(String text, int maxSentenceLength);

    /** The default splitter for English news text, with page-furniture detection. Thread-safe. */
    static SentenceSplitter english() {
        return EnglishSentenceSplitter.INSTANCE;
    }
}

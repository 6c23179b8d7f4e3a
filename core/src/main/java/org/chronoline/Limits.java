package org.chronoline;

/**
 * Size limits that keep one hostile or broken article from exhausting time or memory. When a limit
 * is reached the engine keeps what fits, records a diagnostic that names the limit to raise, and
 * goes on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxArticleLength         characters of one article's text that are analysed
 * @param maxSentenceLength        characters in one sentence; a longer run of text is cut into pieces
 * @param maxExpressionsPerArticle temporal expressions kept per article
 * @param maxMentionsPerArticle    event mentions kept per article
 */
public record Limits(int maxArticleLength, int maxSentenceLength, int maxExpressionsPerArticle,
                     int maxMentionsPerArticle) {

    /** 2,000,000 characters: about 300,000 words, far more than any news article. */
    public static final int DEFAULT_MAX_ARTICLE_LENGTH = 2_000_000;
    /** 5,000 characters: ten times a long sentence. */
    public static final int DEFAULT_MAX_SENTENCE_LENGTH = 5_000;
    /** 20,000 expressions. */
    public static final int DEFAULT_MAX_EXPRESSIONS_PER_ARTICLE = 20_000;
    /** 20,000 mentions. */
    public static final int DEFAULT_MAX_MENTIONS_PER_ARTICLE = 20_000;

    /** The default limits. */
    public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_ARTICLE_LENGTH, DEFAULT_MAX_SENTENCE_LENGTH,
            DEFAULT_MAX_EXPRESSIONS_PER_ARTICLE, DEFAULT_MAX_MENTIONS_PER_ARTICLE);

    public Limits {
        requirePositive("maxArticleLength", maxArticleLength);
        requirePositive("maxSentenceLength", maxSentenceLength);
        requirePositive("maxExpressionsPerArticle", maxExpressionsPerArticle);
        requirePositive("maxMentionsPerArticle", maxMentionsPerArticle);
        if (maxSentenceLength < 80) {
            throw new ChronolineException("Limits.maxSentenceLength must be at least 80, was " + maxSentenceLength);
        }
    }

    public Limits withMaxArticleLength(int value) {
        return new Limits(value, maxSentenceLength, maxExpressionsPerArticle, maxMentionsPerArticle);
    }

    public Limits withMaxSentenceLength(int value) {
        return new Limits(maxArticleLength, value, maxExpressionsPerArticle, maxMentionsPerArticle);
    }

    public Limits withMaxExpressionsPerArticle(int value) {
        return new Limits(maxArticleLength, maxSentenceLength, value, maxMentionsPerArticle);
    }

    public Limits withMaxMentionsPerArticle(int value) {
        return new Limits(maxArticleLength, maxSentenceLength, maxExpressionsPerArticle, value);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new ChronolineException("Limits." + name + " must be positive, was " + value);
        }
    }
}

package org.chronoline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chronoline.event.EventExtractor;
import org.chronoline.merge.EventMerger;
import org.chronoline.merge.MergeResult;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Diagnostic.Severity;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Timeline;
import org.chronoline.order.TimelineOrder;
import org.chronoline.resolve.ResolutionContext;
import org.chronoline.resolve.TimeResolver;
import org.chronoline.temporal.ExpressionFinder;
import org.chronoline.temporal.Timex;
import org.chronoline.text.SentenceSplitter;

/**
 * The Chronoline engine: turns news articles into one ordered timeline of events.
 *
 * <pre>{@code
 * Chronoline chronoline = Chronoline.builder().build();
 * Timeline timeline = chronoline.timeline(List.of(
 *         Article.of("a1", "2025-10-15T10:00:00-05:00", "DHS officials warned Tuesday that ...")));
 * }</pre>
 *
 * <p>The work has two public steps, so that a distributed engine can run the first one in parallel:
 * <ol>
 *   <li>{@link #analyze(Article)}, the per-article stage: sentences, temporal expressions resolved
 *       against the article's publication time, event mentions;</li>
 *   <li>{@link #merge(Collection)}, the cross-article stage: mentions merged into events, ordered.</li>
 * </ol>
 * {@link #timeline(Collection)} runs both.
 *
 * <p>Every stage is an interface with a default implementation, and can be replaced through the
 * {@link Builder}. The engine never reads the clock: each article's publication time is its
 * reference time. It never throws on odd text: what it could not read or resolve becomes a
 * {@link Diagnostic} in the result.
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads, and gives the same
 * result whatever the thread count or the order in which articles are given.
 */
public final class Chronoline {

    private final SentenceSplitter splitter;
    private final ExpressionFinder finder;
    private final TimeResolver resolver;
    private final EventExtractor extractor;
    private final EventMerger merger;
    private final TimelineOrder order;
    private final Limits limits;
    private final int parallelism;

    private Chronoline(Builder b) {
        this.splitter = b.splitter;
        this.finder = b.finder;
        this.resolver = b.resolver;
        this.extractor = b.extractor;
        this.merger = b.merger;
        this.order = b.order;
        this.limits = b.limits;
        this.parallelism = b.parallelism;
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** An engine with every default. */
    public static Chronoline create() {
        return builder().build();
    }

    /** A builder holding this engine's settings, to make a variant. */
    public Builder rebuild() {
        return new Builder(this);
    }

    public Limits limits() {
        return limits;
    }

    /**
     * The per-article stage. Never throws on odd text; a failure of a stage is contained and
     * recorded as a diagnostic, keeping what earlier stages produced.
     */
    public ArticleAnalysis analyze(Article article) {
        Objects.requireNonNull(article, "article");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Article input = article;
        if (article.text().length() > limits.maxArticleLength()) {
            diagnostics.add(Diagnostic.inArticle(Severity.WARNING, "limit-article-length", article.id(),
                    limits.maxArticleLength(), "article text has " + article.text().length()
                            + " characters; only the first " + limits.maxArticleLength()
                            + " were analysed (raise Limits.maxArticleLength)"));
            input = new Article(article.id(), article.published(),
                    safeCut(article.text(), limits.maxArticleLength()), article.title(), article.source(),
                    article.url(), article.story());
        }
        String text = input.text();
        List<Sentence> sentences = List.of();
        List<TemporalExpression> expressions = List.of();
        List<EventMention> mentions = List.of();
        String stage = "sentence splitting";
        try {
            sentences = splitter.split(text, limits.maxSentenceLength());
            stage = "expression finding";
            List<Timex> found = finder.find(text, sentences);
            if (found.size() > limits.maxExpressionsPerArticle()) {
                diagnostics.add(Diagnostic.inArticle(Severity.WARNING, "limit-expressions", article.id(),
                        found.get(limits.maxExpressionsPerArticle()).span().start(),
                        found.size() + " temporal expressions found; only the first "
                                + limits.maxExpressionsPerArticle()
                                + " were kept (raise Limits.maxExpressionsPerArticle)"));
                found = found.subList(0, limits.maxExpressionsPerArticle());
            }
            stage = "resolution";
            expressions = resolver.resolve(new ResolutionContext(article.id(), article.published(), text, sentences),
                    found);
            for (TemporalExpression e : expressions) {
                if (!e.isResolved()) {
                    diagnostics.add(Diagnostic.inArticle(Severity.WARNING, "unresolved", article.id(),
                            e.span().start(), "could not resolve '" + e.text() + "': " + e.problem()));
                }
            }
            stage = "event extraction";
            mentions = extractor.extract(input, sentences, expressions);
            if (mentions.size() > limits.maxMentionsPerArticle()) {
                diagnostics.add(Diagnostic.inArticle(Severity.WARNING, "limit-mentions", article.id(),
                        mentions.get(limits.maxMentionsPerArticle()).sentence().span().start(),
                        mentions.size() + " event mentions found; only the first " + limits.maxMentionsPerArticle()
                                + " were kept (raise Limits.maxMentionsPerArticle)"));
                mentions = mentions.subList(0, limits.maxMentionsPerArticle());
            }
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.inArticle(Severity.ERROR, "stage-failed", article.id(), -1,
                    stage + " failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); results of the earlier stages are kept. Please report this as a bug."));
        }
        return new ArticleAnalysis(ArticleInfo.of(article), sentences, expressions, mentions, diagnostics);
    }

    /**
     * The cross-article stage: merges the mentions of the given analyses into events and orders them.
     * The result does not depend on the order of {@code analyses}. Of two analyses with the same
     * article id, the one given first is kept and the other reported.
     */
    public Timeline merge(Collection<ArticleAnalysis> analyses) {
        Map<String, ArticleAnalysis> byId = new LinkedHashMap<>();
        List<Diagnostic> duplicates = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            if (byId.putIfAbsent(a.article().id(), a) != null) {
                duplicates.add(Diagnostic.inArticle(Severity.ERROR, "duplicate-id", a.article().id(), -1,
                        "another article with id '" + a.article().id() + "' came first; this one was skipped"));
            }
        }
        List<ArticleAnalysis> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(a -> a.article().id()));

        Map<String, ArticleInfo> articles = new LinkedHashMap<>();
        List<EventMention> mentions = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ArticleAnalysis a : sorted) {
            articles.put(a.article().id(), a.article());
            mentions.addAll(a.mentions());
            diagnostics.addAll(a.diagnostics());
        }
        diagnostics.addAll(duplicates);

        MergeResult merged = merger.merge(mentions, articles);
        List<Event> ordered = order.order(merged.events());
        List<Event> numbered = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            numbered.add(ordered.get(i).withId("e" + (i + 1)));
        }
        return new Timeline(new ArrayList<>(articles.values()), numbered, merged.undated(), diagnostics);
    }

    /** Both stages: the timeline of the given articles. */
    public Timeline timeline(Collection<Article> articles) {
        return merge(analyzeAll(articles));
    }

    /**
     * The per-article stage for many articles, on {@link Builder#parallelism(int) parallelism}
     * threads; results come back in input order.
     */
    public List<ArticleAnalysis> analyzeAll(Collection<Article> articles) {
        return analyzeAll(articles, a -> { });
    }

    /**
     * The per-article stage for many articles, calling {@code onAnalyzed} after each one (from the
     * worker threads, so it must be thread-safe; a progress counter, say). Results come back in
     * input order.
     */
    public List<ArticleAnalysis> analyzeAll(Collection<Article> articles, Consumer<? super ArticleAnalysis> onAnalyzed) {
        Objects.requireNonNull(onAnalyzed, "onAnalyzed");
        List<Article> list = List.copyOf(articles);
        Function<Article, ArticleAnalysis> step = a -> {
            ArticleAnalysis r = analyze(a);
            onAnalyzed.accept(r);
            return r;
        };
        if (parallelism <= 1 || list.size() < 2) {
            List<ArticleAnalysis> out = new ArrayList<>(list.size());
            for (Article a : list) {
                out.add(step.apply(a));
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> list.parallelStream().map(step).toList()).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The per-article stage for a stream of articles of unknown length, {@code batchSize} at a time
     * on {@link Builder#parallelism(int) parallelism} threads; each result goes to {@code sink} in
     * input order. Close the analyzer to analyse the last batch.
     */
    public BatchAnalyzer inBatches(int batchSize, Consumer<? super ArticleAnalysis> sink) {
        return new BatchAnalyzer(this, batchSize, sink);
    }

    /** {@link #inBatches(int, Consumer)} with {@link BatchAnalyzer#DEFAULT_BATCH_SIZE}. */
    public BatchAnalyzer inBatches(Consumer<? super ArticleAnalysis> sink) {
        return inBatches(BatchAnalyzer.DEFAULT_BATCH_SIZE, sink);
    }

    /** Cuts at {@code max} without splitting a surrogate pair. */
    private static String safeCut(String text, int max) {
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Builds a {@link Chronoline} engine. Every setting has a default; a builder is not thread-safe,
     * the engines it builds are.
     */
    public static final class Builder {
        private SentenceSplitter splitter = SentenceSplitter.english();
        private ExpressionFinder finder;
        private TimeResolver resolver = TimeResolver.standard();
        private EventExtractor extractor = EventExtractor.english();
        private EventMerger merger = EventMerger.standard();
        private TimelineOrder order = TimelineOrder.chronological();
        private Limits limits = Limits.DEFAULTS;
        private int parallelism = 1;

        private Builder() {
        }

        private Builder(Chronoline c) {
            splitter = c.splitter;
            finder = c.finder;
            resolver = c.resolver;
            extractor = c.extractor;
            merger = c.merger;
            order = c.order;
            limits = c.limits;
            parallelism = c.parallelism;
        }

        /** The sentence splitter; default {@link SentenceSplitter#english()}. */
        public Builder sentenceSplitter(SentenceSplitter value) {
            splitter = Objects.requireNonNull(value);
            return this;
        }

        /** The temporal expression finder; default {@link ExpressionFinder#english()}. */
        public Builder expressionFinder(ExpressionFinder value) {
            finder = Objects.requireNonNull(value);
            return this;
        }

        /** The time resolver; default {@link TimeResolver#standard()}. */
        public Builder timeResolver(TimeResolver value) {
            resolver = Objects.requireNonNull(value);
            return this;
        }

        /** The event extractor; default {@link EventExtractor#english()}. */
        public Builder eventExtractor(EventExtractor value) {
            extractor = Objects.requireNonNull(value);
            return this;
        }

        /** The cross-article merger; default {@link EventMerger#standard()}. */
        public Builder eventMerger(EventMerger value) {
            merger = Objects.requireNonNull(value);
            return this;
        }

        /** The timeline order; default {@link TimelineOrder#chronological()}. */
        public Builder timelineOrder(TimelineOrder value) {
            order = Objects.requireNonNull(value);
            return this;
        }

        /** Size limits; default {@link Limits#DEFAULTS}. */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Threads used by {@link Chronoline#timeline(Collection)} and {@link Chronoline#analyzeAll(Collection)}
         * for the per-article stage; default 1. The result does not depend on it.
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new ChronolineException("parallelism must be at least 1, was " + value);
            }
            parallelism = value;
            return this;
        }

        public Chronoline build() {
            if (finder == null) {
                finder = ExpressionFinder.english();
            }
            return new Chronoline(this);
        }
    }
}

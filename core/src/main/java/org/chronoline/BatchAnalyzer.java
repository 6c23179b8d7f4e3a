package org.chronoline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;

/**
 * Runs the per-article stage over a stream of articles of unknown length: articles are collected
 * into batches, each batch is analysed on the engine's threads, and the results go to a sink in
 * input order. Only one batch of texts is in memory at a time, so a reader can feed it a file of
 * any size.
 *
 * <pre>{@code
 * List<ArticleAnalysis> slim = new ArrayList<>();
 * try (BatchAnalyzer batches = chronoline.inBatches(a -> slim.add(a.forMerge()))) {
 *     ArticleJsonReader.create().read(List.of(file), ArticleSink.of(batches, problems::add));
 * }
 * Timeline timeline = chronoline.merge(slim);
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread. {@link #close()} analyses the last, partial batch.
 */
public final class BatchAnalyzer implements Consumer<Article>, AutoCloseable {

    /**
     * The batch size of {@link Chronoline#inBatches(Consumer)}: big enough to keep every thread
     * busy, small enough that a batch of long articles stays a few megabytes.
     */
    public static final int DEFAULT_BATCH_SIZE = 512;

    private final Chronoline engine;
    private final int batchSize;
    private final Consumer<? super ArticleAnalysis> sink;
    private final List<Article> batch;

    BatchAnalyzer(Chronoline engine, int batchSize, Consumer<? super ArticleAnalysis> sink) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.engine = engine;
        this.batchSize = batchSize;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.batch = new ArrayList<>(Math.min(batchSize, 4096));
    }

    /** Adds an article; analyses the batch when it is full. */
    @Override
    public void accept(Article article) {
        batch.add(Objects.requireNonNull(article, "article"));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Analyses the articles collected so far and hands their results to the sink. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ArticleAnalysis> results = engine.analyzeAll(batch);
        batch.clear();
        results.forEach(sink);
    }

    /** Analyses the last batch. */
    @Override
    public void close() {
        flush();
    }
}

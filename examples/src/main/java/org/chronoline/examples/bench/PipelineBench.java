package org.chronoline.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.chronoline.BatchAnalyzer;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;

/**
 * Measures the per-article stage and the whole timeline (merge included) on a list of articles, on
 * one thread and on several, after a warm-up: characters/s and articles/s, and the heap's peak.
 * A benchmark harness, not a test: the figures go to the given stream.
 */
public final class PipelineBench {

    /** One measured configuration. */
    public record Figures(String stage, int threads, long articles, long characters, double seconds, int events) {
        public double charactersPerSecond() {
            return characters / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-16s %2d thread%s %,12.0f chars/s %,10.0f articles/s %8.2f s%s",
                    stage, threads, threads == 1 ? " " : "s", charactersPerSecond(), articlesPerSecond(), seconds,
                    events < 0 ? "" : String.format(Locale.ROOT, "  (%,d events)", events));
        }
    }

    private PipelineBench() {
    }

    /**
     * Runs the per-article stage, then the whole timeline, on each thread count, after a warm-up on
     * the first articles. Articles are made on demand by {@code source} and analysed in batches; only
     * what the merge reads is kept, so the input never has to be in memory at once.
     *
     * @param count    the number of articles
     * @param source   article number {@code i}, for {@code 0 <= i < count}; called once per article and pass
     * @param minSeconds the per-article stage runs whole passes until this long has passed (its
     *                   figures are per pass); 0 for one pass
     * @param progress told of every article analysed (for a progress display)
     */
    public static List<Figures> run(int count, IntFunction<Article> source, int[] threadCounts, int warmupArticles,
                                    double minSeconds, LongConsumer progress) {
        Chronoline warm = Chronoline.create();
        List<Article> warmup = new ArrayList<>();
        for (int i = 0; i < Math.min(warmupArticles, count); i++) {
            warmup.add(source.apply(i));
        }
        warm.timeline(warmup);
        warmup = null;
        List<Figures> out = new ArrayList<>();
        for (int threads : threadCounts) {
            Chronoline engine = Chronoline.builder().parallelism(threads).build();
            List<ArticleAnalysis> slim = new ArrayList<>(count);
            long characters = 0;
            long analysing = 0;
            int passes = 0;
            // a small corpus is analysed again until minSeconds have passed, so that its figure is
            // not a fraction of a second's; the merge takes the first pass's results
            do {
                boolean first = passes == 0;
                try (BatchAnalyzer batches = engine.inBatches(a -> {
                    if (first) {
                        slim.add(a.forMerge());
                    }
                    progress.accept(1);
                })) {
                    // only the analysis is timed, not the making of the articles
                    for (int i = 0; i < count; i++) {
                        Article a = source.apply(i);
                        characters += a.text().length();
                        long t0 = System.nanoTime();
                        batches.accept(a);
                        if (i == count - 1) {
                            batches.flush();
                        }
                        analysing += System.nanoTime() - t0;
                    }
                }
                passes++;
            } while (analysing < minSeconds * 1e9);
            double perArticle = analysing / 1e9 / passes;
            long perPass = characters / passes;
            out.add(new Figures("per-article", threads, count, perPass, perArticle, -1));
            long t1 = System.nanoTime();
            Timeline timeline = engine.merge(slim);
            double merge = (System.nanoTime() - t1) / 1e9;
            out.add(new Figures("whole timeline", threads, count, perPass, perArticle + merge,
                    timeline.events().size()));
            out.add(new Figures("  of which merge", threads, count, perPass, merge, timeline.events().size()));
        }
        return out;
    }

    /**
     * The peak heap use since the JVM started, in bytes: the sum of the heap pools' peaks, an upper
     * bound (the pools peak at different times, so it can exceed the maximum heap).
     */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Prints figures, one per line. */
    public static void print(String corpus, List<Figures> figures, PrintStream out) {
        out.println("== " + corpus);
        for (Figures f : figures) {
            out.println("  " + f);
        }
        out.printf(Locale.ROOT, "  peak heap so far: at most %,d MB (sum of pool peaks; max heap %,d MB)%n",
                peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}

package org.chronoline.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
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
     * a prefix of the articles.
     *
     * @param progress told of every article analysed (for a progress display)
     */
    public static List<Figures> run(List<Article> articles, int[] threadCounts, int warmupArticles,
                                    LongConsumer progress) {
        long characters = 0;
        for (Article a : articles) {
            characters += a.text().length();
        }
        Chronoline warm = Chronoline.create();
        warm.timeline(articles.subList(0, Math.min(warmupArticles, articles.size())));
        List<Figures> out = new ArrayList<>();
        for (int threads : threadCounts) {
            Chronoline engine = Chronoline.builder().parallelism(threads).build();
            long t0 = System.nanoTime();
            List<ArticleAnalysis> analyses = engine.analyzeAll(articles, a -> progress.accept(1));
            double perArticle = (System.nanoTime() - t0) / 1e9;
            out.add(new Figures("per-article", threads, articles.size(), characters, perArticle, -1));

            List<ArticleAnalysis> slim = new ArrayList<>(analyses.size());
            for (ArticleAnalysis a : analyses) {
                slim.add(a.forMerge());
            }
            analyses = null;
            long t1 = System.nanoTime();
            Timeline timeline = engine.merge(slim);
            double merge = (System.nanoTime() - t1) / 1e9;
            out.add(new Figures("whole timeline", threads, articles.size(), characters, perArticle + merge,
                    timeline.events().size()));
            out.add(new Figures("  of which merge", threads, articles.size(), characters, merge,
                    timeline.events().size()));
        }
        return out;
    }

    /** The peak heap use since the JVM started (sum of the heap pools' peaks), in bytes. */
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
        out.printf(Locale.ROOT, "  peak heap so far: %,d MB (max heap %,d MB)%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}

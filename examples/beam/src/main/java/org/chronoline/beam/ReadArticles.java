package org.chronoline.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.chronoline.io.ArticleSink;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;

/**
 * Reads article files into a {@code PCollection<Article>}: every file matched by the given Beam file
 * patterns (local paths, {@code gs://}, {@code s3://}, {@code hdfs://} ..., wherever the runner has a
 * file system for), with {@link ArticleJsonReader}, the reader of the single-machine tool.
 *
 * <p>A name ending in {@code .jsonl} or {@code .ndjson} is read as one article per line, any other as
 * a {@code .json} file (one article or an array). A compression suffix ({@code .gz}, {@code .bz2},
 * {@code .zst}, {@code .deflate}) is decompressed and ignored for that choice. A bad record is
 * reported and skipped, as on one machine: with its file, line and field, in the {@link #problems()}
 * output, in the worker log, and in the {@code problems} counter.
 *
 * <p>Files are the unit of reading; the articles are then redistributed ({@link #withSpread(int)}) so
 * that the per-article stage is spread over the workers even when one file holds them all.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

    private static final long serialVersionUID = 1L;

    private static final TupleTag<Article> ARTICLES = new TupleTag<>("articles") {
        private static final long serialVersionUID = 1L;
    };
    private static final TupleTag<Diagnostic> PROBLEMS = new TupleTag<>("problems") {
        private static final long serialVersionUID = 1L;
    };

    /** The default number of groups the articles are spread over after reading. */
    public static final int DEFAULT_SPREAD = 32;

    private final List<String> patterns;
    private final int spread;

    private ReadArticles(List<String> patterns, int spread) {
        this.patterns = List.copyOf(patterns);
        this.spread = spread;
    }

    /** Reads every file matched by {@code patterns}. */
    public static ReadArticles from(List<String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("give at least one input file or pattern");
        }
        return new ReadArticles(patterns, DEFAULT_SPREAD);
    }

    /**
     * This transform spreading the articles over {@code buckets} random groups after reading, so that
     * at most that many workers analyse them at once; default {@value #DEFAULT_SPREAD}. More buckets
     * suit a large cluster; on the direct runner each bucket becomes a bundle, and every bundle costs a
     * copy of the stories' state in its in-memory group-by-key, so fewer is faster there.
     */
    public ReadArticles withSpread(int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("spread must be at least 1, was " + buckets);
        }
        return new ReadArticles(patterns, buckets);
    }

    /** The tag of the articles in this transform's output. */
    public static TupleTag<Article> articles() {
        return ARTICLES;
    }

    /** The tag of the problems met while reading (bad records, unreadable files) in this transform's output. */
    public static TupleTag<Diagnostic> problems() {
        return PROBLEMS;
    }

    @Override
    public PCollectionTuple expand(PBegin begin) {
        PCollectionTuple read = begin
                .apply("Patterns", Create.of(patterns))
                .apply("Match", FileIO.matchAll())
                .apply("Open", FileIO.readMatches())
                .apply("Parse", ParDo.of(new ParseFn()).withOutputTags(ARTICLES, TupleTagList.of(PROBLEMS)));
        PCollection<Article> articles = read.get(ARTICLES).setCoder(ModelCoder.of(Article.class))
                .apply("Spread", Reshuffle.<Article>viaRandomKey().withNumBuckets(spread));
        PCollection<Diagnostic> problems = read.get(PROBLEMS).setCoder(ModelCoder.of(Diagnostic.class));
        return PCollectionTuple.of(ARTICLES, articles).and(PROBLEMS, problems);
    }

    /** Whether a file of this name holds one article per line. */
    static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String compressed : new String[] {".gz", ".bz2", ".zst", ".deflate"}) {
            if (n.endsWith(compressed)) {
                n = n.substring(0, n.length() - compressed.length());
                break;
            }
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Reads one file. */
    static final class ParseFn extends DoFn<FileIO.ReadableFile, Article> {
        private static final long serialVersionUID = 1L;
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadArticles.class);

        private final Counter read = Metrics.counter(ReadArticles.class, "articles-read");
        private final Counter skipped = Metrics.counter(ReadArticles.class, "problems");

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
            String name = file.getMetadata().resourceId().toString();
            ArticleSink sink = new ArticleSink() {
                @Override
                public void article(Article article) {
                    read.inc();
                    out.get(ARTICLES).output(article);
                }

                @Override
                public void problem(Diagnostic d) {
                    skipped.inc();
                    LOG.warn("{}", d);
                    out.get(PROBLEMS).output(d);
                }
            };
            try (InputStream in = Channels.newInputStream(file.open())) {
                ArticleJsonReader.create().read(name, in, isJsonLines(name), sink);
            } catch (IOException e) {
                sink.problem(Diagnostic.inFile("unreadable", name, 0, null, "cannot read file: " + e.getMessage()));
            }
        }
    }
}

package org.chronoline.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;

/**
 * Articles in, one timeline per story out: {@code PCollection<Article>} to
 * {@code PCollection<KV<story, Timeline>>}.
 *
 * <pre>{@code
 * PCollection<KV<String, Timeline>> timelines = articles.apply(StoryTimelines.create());
 * }</pre>
 *
 * <p>Stories are keyed by {@link Article#story()}; an article without one (null or blank) belongs to
 * the story {@value #DEFAULT_STORY}. Two stages, as in {@link Chronoline}:
 * <ol>
 *   <li>{@code Analyze}: the per-article stage, {@link Chronoline#analyze(Article)}, in parallel,
 *       one engine per worker made once in {@code @Setup}; each analysis is trimmed to what the merge
 *       reads ({@link ArticleAnalysis#forMerge()}) and shuffled as its {@link ModelCoder} bytes;</li>
 *   <li>{@code GroupByStory} and {@code Merge}: the analyses of a story meet on one worker and
 *       {@link Chronoline#merge(java.util.Collection)} makes its timeline.</li>
 * </ol>
 *
 * <p>The timeline of a story is the one {@code Chronoline.timeline(articles of that story)} gives on
 * one machine, whatever the runner, the number of workers or the order elements arrive in: the merge
 * does not depend on the order of its analyses, and the only order-dependent case, two articles with
 * the same id in one story, is settled here by sorting (the analysis whose encoding sorts first is
 * kept, and the other is reported as a {@code duplicate-id} diagnostic). On one machine the tool's
 * reader drops a repeated id before analysis instead, keeping the first read.
 *
 * <p>A story's analyses must fit in one worker's memory; see {@code docs/beam.md} for splitting a
 * bigger story.
 *
 * <p>Immutable and thread-safe; apply it to any number of pipelines.
 */
public final class StoryTimelines extends PTransform<PCollection<Article>, PCollection<KV<String, Timeline>>> {

    private static final long serialVersionUID = 1L;

    /** The story of articles that name none. */
    public static final String DEFAULT_STORY = "default";

    /** How analyses travel from {@code Analyze} to {@code Merge}. */
    private static final ModelCoder<ArticleAnalysis> CODER = ModelCoder.of(ArticleAnalysis.class);

    private final EngineFactory engine;

    private StoryTimelines(EngineFactory engine) {
        this.engine = engine;
    }

    /** The transform with the default engine. */
    public static StoryTimelines create() {
        return new StoryTimelines(EngineFactory.defaults());
    }

    /** This transform with engines made by {@code factory}, on every worker, for both stages. */
    public StoryTimelines withEngine(EngineFactory factory) {
        return new StoryTimelines(Objects.requireNonNull(factory, "factory"));
    }

    /** The story key of an article: its story, or {@value #DEFAULT_STORY} when it has none. */
    public static String storyOf(Article article) {
        String story = article.story();
        return story == null || story.isBlank() ? DEFAULT_STORY : story;
    }

    @Override
    public PCollection<KV<String, Timeline>> expand(PCollection<Article> articles) {
        return articles
                .apply("Analyze", ParDo.of(new AnalyzeFn(engine)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()))
                .apply("GroupByStory", GroupByKey.create())
                .apply("Merge", ParDo.of(new MergeFn(engine)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoder.of(Timeline.class)));
    }

    /**
     * The per-article stage: one engine per instance, made in {@code @Setup}. It outputs each analysis
     * already encoded by {@link ModelCoder}: a runner copies the values of a group as bundles add to
     * it (the direct runner copies the whole group each time, by encoding and decoding every value),
     * and copying bytes costs far less than decoding JSON. {@link MergeFn} decodes each value once.
     */
    static final class AnalyzeFn extends DoFn<Article, KV<String, byte[]>> {
        private static final long serialVersionUID = 1L;

        private final EngineFactory factory;
        private final Counter analyzed = Metrics.counter(StoryTimelines.class, "articles-analyzed");
        private final Counter mentions = Metrics.counter(StoryTimelines.class, "event-mentions");
        private transient Chronoline chronoline;

        AnalyzeFn(EngineFactory factory) {
            this.factory = factory;
        }

        @Setup
        public void setup() {
            chronoline = factory.create();
        }

        @ProcessElement
        public void process(@Element Article article, OutputReceiver<KV<String, byte[]>> out) throws CoderException {
            ArticleAnalysis analysis = chronoline.analyze(article).forMerge();
            analyzed.inc();
            mentions.inc(analysis.mentions().size());
            out.output(KV.of(storyOf(article), CODER.toBytes(analysis)));
        }
    }

    /** The cross-article stage for one story. */
    static final class MergeFn extends DoFn<KV<String, Iterable<byte[]>>, KV<String, Timeline>> {
        private static final long serialVersionUID = 1L;

        private final EngineFactory factory;
        private final Counter stories = Metrics.counter(StoryTimelines.class, "stories");
        private final Distribution storySize = Metrics.distribution(StoryTimelines.class, "articles-per-story");
        private transient Chronoline chronoline;

        MergeFn(EngineFactory factory) {
            this.factory = factory;
        }

        @Setup
        public void setup() {
            chronoline = factory.create();
        }

        @ProcessElement
        public void process(@Element KV<String, Iterable<byte[]>> story, OutputReceiver<KV<String, Timeline>> out)
                throws CoderException {
            List<ArticleAnalysis> analyses = decodeInMergeOrder(story.getValue());
            stories.inc();
            storySize.update(analyses.size());
            out.output(KV.of(story.getKey(), chronoline.merge(analyses)));
        }
    }

    /**
     * Decodes analyses into an order that does not depend on how they arrived: by article id, and
     * analyses of one id (a repeated id) by their encoding, so that the merge keeps the same one every
     * run.
     */
    static List<ArticleAnalysis> decodeInMergeOrder(Iterable<byte[]> encoded) throws CoderException {
        List<Decoded> decoded = new ArrayList<>();
        for (byte[] bytes : encoded) {
            // forMerge() again: decoding made new strings, and it shares the recurring ones
            decoded.add(new Decoded(CODER.fromBytes(bytes).forMerge(), bytes));
        }
        decoded.sort(Comparator.comparing((Decoded d) -> d.analysis().article().id())
                .thenComparing(Decoded::bytes, Arrays::compareUnsigned));
        List<ArticleAnalysis> analyses = new ArrayList<>(decoded.size());
        for (Decoded d : decoded) {
            analyses.add(d.analysis());
        }
        return analyses;
    }

    /** An analysis with the bytes it was decoded from. */
    private record Decoded(ArticleAnalysis analysis, byte[] bytes) {
    }
}

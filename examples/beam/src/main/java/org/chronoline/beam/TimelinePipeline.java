package org.chronoline.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.chronoline.model.Diagnostic;

/**
 * The runnable pipeline: article files in, one timeline JSON file per story out.
 *
 * <pre>
 * java -jar chronoline-beam.jar --input=articles/*.jsonl --output=timelines/ [--runner=...]
 * </pre>
 *
 * <p>Every Beam option passes through, {@code --runner} included, so the same jar runs on the direct
 * runner on one machine and on a cluster runner whose artifact is on the class path. Problems met
 * while reading go to {@code problems.txt} in the output directory, sorted, when there are any.
 */
public final class TimelinePipeline {

    /** The name of the file listing the problems met while reading. */
    public static final String PROBLEMS_FILE = "problems.txt";

    private TimelinePipeline() {
    }

    /** The pipeline's own options; every Beam option is accepted as well. */
    public interface Options extends PipelineOptions {
        @Description("Article files: .jsonl/.ndjson (one article per line) or .json, as paths or Beam file "
                + "patterns (articles/*.jsonl, gs://bucket/in/**); several separated by commas")
        @Validation.Required
        List<String> getInput();

        void setInput(List<String> value);

        @Description("Directory to write the timelines to, one <story>.json per story")
        @Validation.Required
        String getOutput();

        void setOutput(String value);

        @Description("Write one-line JSON instead of indented JSON")
        @Default.Boolean(false)
        boolean getCompact();

        void setCompact(boolean value);

        @Description("Number of random groups the articles are spread over after reading: the most workers that "
                + "analyse articles at once. Raise it on a large cluster; keep it low on the direct runner")
        @Default.Integer(ReadArticles.DEFAULT_SPREAD)
        int getSpread();

        void setSpread(int value);
    }

    public static void main(String[] args) {
        PipelineOptionsFactory.register(Options.class);
        Options options;
        try {
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        } catch (IllegalArgumentException e) {
            System.err.println("chronoline-beam: " + e.getMessage());
            System.err.println("usage: java -jar chronoline-beam.jar --input=FILES --output=DIR [--runner=...]"
                    + " ('--help=org.chronoline.beam.TimelinePipeline$Options' for the options)");
            System.exit(2);
            return;
        }
        PipelineResult result = create(options).run();
        PipelineResult.State state = result.waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            System.err.println("chronoline-beam: pipeline ended " + state);
            System.exit(1);
        }
        System.err.printf(Locale.ROOT,
                "chronoline-beam: %,d articles read, %,d problems; timelines of %,d stories written to %s%n",
                counter(result, ReadArticles.class, "articles-read"), counter(result, ReadArticles.class, "problems"),
                counter(result, StoryTimelines.class, "stories"), options.getOutput());
    }

    /** A counter's committed value, or its attempted one where the runner does not commit metrics. */
    private static long counter(PipelineResult result, Class<?> namespace, String name) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(namespace, name)).build());
        long total = 0;
        for (MetricResult<Long> c : metrics.getCounters()) {
            Long value;
            try {
                value = c.getCommitted();
            } catch (UnsupportedOperationException e) {
                value = c.getAttempted();
            }
            total += value == null ? 0 : value;
        }
        return total;
    }

    /** The pipeline for {@code options}, ready to run. */
    public static Pipeline create(Options options) {
        Pipeline pipeline = Pipeline.create(options);
        PCollectionTuple read = pipeline.apply("ReadArticles", ReadArticles.from(options.getInput())
                .withSpread(options.getSpread()));
        WriteTimelines write = WriteTimelines.to(options.getOutput());
        read.get(ReadArticles.articles())
                .apply("StoryTimelines", StoryTimelines.create())
                .apply("WriteTimelines", options.getCompact() ? write.compact() : write);
        read.get(ReadArticles.problems())
                .apply("CollectProblems", Combine.globally(new ToList()).withoutDefaults())
                .setCoder(ListCoder.of(ModelCoder.of(Diagnostic.class)))
                .apply("WriteProblems", ParDo.of(new WriteProblemsFn(options.getOutput())));
        return pipeline;
    }

    /** Collects the problems, which are few, into one list. */
    static final class ToList extends Combine.CombineFn<Diagnostic, List<Diagnostic>, List<Diagnostic>> {
        private static final long serialVersionUID = 1L;

        @Override
        public List<Diagnostic> createAccumulator() {
            return new ArrayList<>();
        }

        @Override
        public List<Diagnostic> addInput(List<Diagnostic> acc, Diagnostic d) {
            acc.add(d);
            return acc;
        }

        @Override
        public List<Diagnostic> mergeAccumulators(Iterable<List<Diagnostic>> accs) {
            List<Diagnostic> all = new ArrayList<>();
            for (List<Diagnostic> acc : accs) {
                all.addAll(acc);
            }
            return all;
        }

        @Override
        public List<Diagnostic> extractOutput(List<Diagnostic> acc) {
            return acc;
        }

        @Override
        public org.apache.beam.sdk.coders.Coder<List<Diagnostic>> getAccumulatorCoder(
                org.apache.beam.sdk.coders.CoderRegistry registry,
                org.apache.beam.sdk.coders.Coder<Diagnostic> input) {
            return ListCoder.of(ModelCoder.of(Diagnostic.class));
        }
    }

    /** Writes the problems, one per line, sorted so that the file does not depend on the runner. */
    static final class WriteProblemsFn extends DoFn<List<Diagnostic>, Void> {
        private static final long serialVersionUID = 1L;

        private final String directory;

        WriteProblemsFn(String directory) {
            this.directory = directory;
        }

        @ProcessElement
        public void process(@Element List<Diagnostic> problems) throws IOException {
            List<Diagnostic> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparingInt(Diagnostic::line)
                    .thenComparing(Diagnostic::toString));
            ResourceId file = FileSystems.matchNewResource(directory, true)
                    .resolve(PROBLEMS_FILE, StandardResolveOptions.RESOLVE_FILE);
            try (OutputStream os = Channels.newOutputStream(FileSystems.create(file, "text/plain"))) {
                for (Diagnostic d : sorted) {
                    String line = d.severity().name().toLowerCase(Locale.ROOT) + ": " + d + "\n";
                    os.write(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }
}

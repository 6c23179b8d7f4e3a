package org.chronoline.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.chronoline.examples.bench.PipelineBench;
import org.chronoline.examples.bench.StoryGenerator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.chronoline.io.timeml.TimeMlDocument;
import org.chronoline.model.Article;
import org.chronoline.model.Sentence;
import org.chronoline.resolve.ResolutionContext;
import org.chronoline.resolve.TimeResolver;
import org.chronoline.temporal.ExpressionFinder;
import org.chronoline.temporal.NattyCandidates;
import org.chronoline.temporal.Timex;
import org.chronoline.text.SentenceSplitter;

/** {@code chronoline bench}: throughput of the temporal tagger, with Natty for comparison. */
final class BenchCommand implements Command {

    static final OffsetDateTime TEXT_REFERENCE = OffsetDateTime.parse("2025-10-15T12:00:00Z");
    static final int MAX_SENTENCE = 5_000;
    /** Seed and story count of {@code --generated}: the same corpus in every run. */
    static final long GENERATOR_SEED = 20251015L;
    static final int GENERATED_STORIES = 20;
    /** Generated articles used for the tagging phases. */
    static final int TAGGING_SAMPLE = 5_000;

    /** One document to tag. */
    private record Doc(String text, OffsetDateTime reference) {
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure tagging, per-article and whole-timeline speed, peak heap, and Natty's speed";
    }

    @Override
    public String help() {
        return """
                Usage: chronoline bench [--seconds N] [--threads N] [--natty-seconds N] [--pipeline]
                                        [CORPUS_DIR | --generated N]

                Tags every document of CORPUS_DIR (TimeML .tml/.TE3input, article JSON .json/.jsonl,
                or plain .txt files; default examples/data/seeds) with the temporal stages: sentence
                splitting, expression finding and resolution. After a warm-up it reports characters
                and documents per second on one thread and on all cores, and the peak heap; then runs
                Natty over the same sentences on one thread and gives the speed ratio. Progress goes
                to standard error, the summary to standard output.

                With --pipeline, it then runs the whole engine on the corpus, on one thread and on
                all cores: the per-article stage (sentences, expressions, event mentions) and the
                whole timeline (merge and order included), in characters and articles per second.
                A corpus is analysed in whole passes for --seconds and the figures are per pass; the
                merge runs once, on the first pass's results. --generated N measures on N generated news articles in 20 stories instead of a
                corpus (tagging on the first 5,000, the pipeline on all N); the articles are made
                as they are analysed, so e.g. 'java -Xmx1g -jar chronoline.jar bench --generated
                100000' shows whether 100,000 articles make one timeline in a 1 GB heap.

                Options:
                      --seconds N        how long each measured phase runs at least (default 5)
                      --threads N        threads of the parallel phase (default: all cores)
                      --natty-seconds N  time budget for Natty (default 20; it is slow); 0 skips it
                      --pipeline         also measure the per-article stage and the whole timeline
                      --generated N      a generated corpus of N articles (implies --pipeline)
                  -h, --help             this help

                Exit codes: 0 ok, 1 some input skipped, 2 usage error, 3 failure.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("--pipeline"),
                Set.of("--seconds", "--threads", "--natty-seconds", "--generated"), Map.of());
        int generated = o.getInt("--generated", 0, 0, 100_000_000);
        boolean pipeline = o.has("--pipeline") || generated > 0;
        int seconds = o.getInt("--seconds", 5, 1, 3600);
        int threads = o.getInt("--threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        int nattySeconds = o.getInt("--natty-seconds", 20, 0, 3600);
        if (o.positional().size() > 1 || (generated > 0 && !o.positional().isEmpty())) {
            throw new UsageException("give at most one CORPUS_DIR, or --generated N instead of one");
        }
        int[] skipped = {0};
        List<Doc> docs;
        String corpusName;
        StoryGenerator generator = StoryGenerator.of(GENERATOR_SEED, GENERATED_STORIES);
        if (generated > 0) {
            corpusName = String.format(Locale.ROOT, "generated (%,d articles, %d stories; tagging measured on the "
                    + "first %,d)", generated, GENERATED_STORIES, Math.min(generated, TAGGING_SAMPLE));
            docs = new ArrayList<>();
            for (int i = 0; i < Math.min(generated, TAGGING_SAMPLE); i++) {
                Article a = generator.article(i);
                docs.add(new Doc(a.text(), a.published()));
            }
        } else {
            Path corpus = Path.of(o.positional().isEmpty() ? "examples/data/seeds" : o.positional().get(0));
            if (!Files.exists(corpus)) {
                throw new UsageException("no corpus at " + corpus + "; name a directory of .tml, .json or .txt files");
            }
            corpusName = corpus.toString();
            docs = load(corpus, err, skipped);
            if (docs.isEmpty()) {
                throw new UsageException("no documents found in " + corpus);
            }
        }
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "corpus %s: %,d documents, %,d characters; %d cores, %d threads%n", corpusName,
                docs.size(), chars, Runtime.getRuntime().availableProcessors(), threads);

        SentenceSplitter splitter = SentenceSplitter.english();
        ExpressionFinder finder = ExpressionFinder.english();
        TimeResolver resolver = TimeResolver.standard();
        AtomicLong found = new AtomicLong();
        java.util.function.Consumer<Doc> tag = d -> {
            List<Sentence> sentences = splitter.split(d.text(), MAX_SENTENCE);
            List<Timex> t = finder.find(d.text(), sentences);
            found.addAndGet(resolver.resolve(new ResolutionContext("bench", d.reference(), d.text(), sentences), t)
                    .size());
        };

        phase("warm-up", docs, Math.min(3, seconds), 1, tag, err);
        found.set(0);
        double[] one = phase("one thread", docs, seconds, 1, tag, err);
        long expressionsPerPass = found.get() / Math.max(1, (long) one[2]);
        double[] all = phase(threads + " threads", docs, seconds, threads, tag, err);
        long peakHeap = PipelineBench.peakHeapBytes();

        out.printf(Locale.ROOT, "%-12s %,14.0f chars/s %,10.1f docs/s%n", "one thread", one[0], one[1]);
        out.printf(Locale.ROOT, "%-12s %,14.0f chars/s %,10.1f docs/s (x%.2f)%n", threads + " threads", all[0], all[1],
                all[0] / one[0]);
        out.printf(Locale.ROOT, "expressions per pass %,d; peak heap %,d MB%n", expressionsPerPass, peakHeap >> 20);

        if (nattySeconds > 0) {
            double[] natty = natty(docs, splitter, nattySeconds, err);
            out.printf(Locale.ROOT, "%-12s %,14.0f chars/s over %,d characters, %,d candidates, %,d failures "
                    + "(contained)%n", "natty", natty[0], (long) natty[1], (long) natty[2], (long) natty[3]);
            out.printf(Locale.ROOT, "chronoline / natty on one thread: %.0fx%n", one[0] / Math.max(natty[0], 1e-9));
        }
        if (pipeline) {
            int count = generated > 0 ? generated : docs.size();
            IntFunction<Article> source = generated > 0 ? generator::article
                    : i -> Article.of("doc" + i, docs.get(i).reference(), docs.get(i).text());
            int[] counts = threads > 1 ? new int[] {1, threads} : new int[] {1};
            List<PipelineBench.Figures> figures;
            // a generated corpus is long enough in one pass; a small real one is passed over for --seconds
            double minSeconds = generated > 0 ? 0 : seconds;
            try (Progress progress = Progress.start(err, "chronoline bench: pipeline",
                    minSeconds > 0 ? -1 : (long) count * counts.length, "articles")) {
                figures = PipelineBench.run(count, source, counts, Math.min(count, 2_000), minSeconds,
                        progress::advance);
            }
            PipelineBench.print("per-article stage and whole timeline (merge included)", figures, out);
        }
        return skipped[0] > 0 ? ExitCode.INPUT_SKIPPED : ExitCode.OK;
    }

    /** Runs whole passes until {@code seconds} have passed; returns chars/s, docs/s and the pass count. */
    private static double[] phase(String name, List<Doc> docs, int seconds, int threads,
                                  java.util.function.Consumer<Doc> tag, PrintStream err) throws Exception {
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        long budget = seconds * 1_000_000_000L;
        int passes = 0;
        long start = System.nanoTime();
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try (Progress progress = Progress.start(err, "chronoline bench: " + name, -1, "documents")) {
            do {
                if (pool == null) {
                    for (Doc d : docs) {
                        tag.accept(d);
                        progress.advance(1);
                    }
                } else {
                    pool.submit(() -> docs.parallelStream().forEach(d -> {
                        tag.accept(d);
                        progress.advance(1);
                    })).get();
                }
                passes++;
            } while (System.nanoTime() - start < budget);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        double s = (System.nanoTime() - start) / 1e9;
        return new double[] {chars * passes / s, docs.size() * passes / s, passes};
    }

    /** Natty over the sentences, within a time budget: chars/s, chars done, candidates, failures. */
    private static double[] natty(List<Doc> docs, SentenceSplitter splitter, int seconds, PrintStream err) {
        long budget = seconds * 1_000_000_000L;
        long chars = 0;
        long candidates = 0;
        long failures = 0;
        long start = System.nanoTime();
        try (Progress progress = Progress.start(err, "chronoline bench: natty", docs.size(), "documents")) {
            outer:
            for (Doc d : docs) {
                for (Sentence s : splitter.split(d.text(), MAX_SENTENCE)) {
                    NattyCandidates.Result r = NattyCandidates.parse(s.text(), d.reference());
                    chars += s.text().length();
                    candidates += r.candidates().size();
                    if (r.failed()) {
                        failures++;
                    }
                    if (System.nanoTime() - start > budget) {
                        break outer;
                    }
                }
                progress.advance(1);
            }
        }
        double sec = (System.nanoTime() - start) / 1e9;
        return new double[] {chars / sec, chars, candidates, failures};
    }

    private static List<Doc> load(Path corpus, PrintStream err, int[] skipped) throws IOException {
        List<Path> files;
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> walk = Files.walk(corpus)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(corpus);
        }
        List<Doc> docs = new ArrayList<>();
        List<String> json = new ArrayList<>();
        // beside TimeML documents a .txt file is documentation (TBAQ's SOURCE-README.txt), not text to tag
        boolean timeMl = files.stream().anyMatch(TimeMlFiles::isTimeMl);
        int notes = 0;
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (TimeMlFiles.isTimeMl(f)) {
                TimeMlDocument d = TimeMlFiles.read(f, err, "chronoline bench");
                if (d == null) {
                    skipped[0]++;
                } else {
                    docs.add(new Doc(d.text(), d.reference(TEXT_REFERENCE)));
                }
            } else if (n.endsWith(".txt") && timeMl) {
                notes++;
            } else if (n.endsWith(".txt")) {
                docs.add(new Doc(Files.readString(f, StandardCharsets.UTF_8), TEXT_REFERENCE));
            } else if (n.endsWith(".json") || n.endsWith(".jsonl")) {
                json.add(f.toString());
            }
        }
        if (notes > 0) {
            err.printf(Locale.ROOT, "chronoline bench: left out %d .txt file%s beside the TimeML documents%n",
                    notes, notes == 1 ? "" : "s");
        }
        if (!json.isEmpty()) {
            List<Article> articles = new ArrayList<>();
            skipped[0] += (int) ArticleInput.stream(json, err, "chronoline bench", articles::add).stream()
                    .filter(d -> d.severity() == org.chronoline.model.Diagnostic.Severity.ERROR).count();
            for (Article a : articles) {
                docs.add(new Doc(a.text(), a.published()));
            }
        }
        return docs;
    }
}

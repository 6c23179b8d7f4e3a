package org.chronoline.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronoline.BatchAnalyzer;
import org.chronoline.Chronoline;
import org.chronoline.io.TimelineWriter;
import org.chronoline.io.vis.VisTimelineWriter;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Timeline;

/** {@code chronoline timeline}: articles in, timeline out. */
final class TimelineCommand implements Command {

    /** Events listed in the summary on standard error. */
    static final int SUMMARY_EVENTS = 60;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String summary() {
        return "build the timeline of the given articles and write it (JSON by default)";
    }

    @Override
    public String help() {
        return """
                Usage: chronoline timeline [-o FILE] [--format FORMAT] [--group-by source|event] [--title TEXT]
                                           [--threads N] [--loose-published OFFSET] [--quiet] INPUT...

                Reads articles (article JSON: a .json file with one article or an array of them, a
                .jsonl file with one per line, or a directory of such files), resolves their
                temporal expressions, merges what the articles say about the same events, and writes
                the ordered timeline. A short summary goes to standard error.

                Options:
                  -o, --output FILE   write to FILE instead of standard output
                  -f, --format NAME   output format (default json), one of:
                %s      --group-by BY   vis only: a row per source (default) or per event
                      --title TEXT    html and timelinejs only: the page or title slide headline
                  -t, --threads N     threads for the per-article stage (default: all cores);
                                      the output does not depend on it
                      --loose-published OFFSET
                                      also read a published time written for people ("Oct 15,
                                      2025 10:00 AM"), with its year, at OFFSET (e.g. -05:00)
                                      unless it names its zone; each is reported as a warning
                  -q, --quiet         no summary on standard error (problems are still reported)
                  -h, --help          this help

                Article JSON fields: id, published (ISO-8601 with offset, e.g.
                2025-10-15T10:00:00-05:00), text, and optional title, source, url, story.

                Exit codes: 0 ok, 1 some input skipped (each reported with file, line and field) or
                an article only partly analysed (a bug, reported with the article), 2 usage error,
                3 failure (e.g. the output cannot be written).

                Examples:
                  chronoline timeline -o story.json articles/
                  chronoline timeline --format html -o story.html articles/
                  chronoline timeline --format vis --group-by event -o story.vis.json articles.jsonl
                """.formatted(OutputFormat.table("                        "));
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("--quiet"),
                Set.of("--output", "--format", "--threads", "--group-by", "--title", "--loose-published"),
                Map.of("-o", "--output", "-f", "--format", "-t", "--threads", "-q", "--quiet"));
        if (o.positional().isEmpty()) {
            throw new UsageException("no input given: name article JSON files or directories");
        }
        OutputFormat format = OutputFormat.of(o.get("--format", "json"));
        VisTimelineWriter.GroupBy groupBy = groupBy(o.get("--group-by", "source"));
        if (o.has("--group-by") && format != OutputFormat.VIS) {
            throw new UsageException("--group-by applies to --format vis only");
        }
        if (o.has("--title") && format != OutputFormat.HTML && format != OutputFormat.TIMELINEJS) {
            throw new UsageException("--title applies to --format html and timelinejs only");
        }
        TimelineWriter writer = format.writer(groupBy, o.get("--title"));
        int threads = o.getInt("--threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        boolean quiet = o.has("--quiet");
        String outputName = o.get("--output");

        Chronoline engine = Chronoline.builder().parallelism(threads).build();
        Stats stats = new Stats();
        List<ArticleAnalysis> analyses = new ArrayList<>();
        List<Diagnostic> problems;
        try (Progress progress = Progress.start(err, "chronoline: analysing", -1, "articles");
             BatchAnalyzer batches = engine.inBatches(a -> {
                 stats.add(a);
                 analyses.add(a.forMerge());
                 progress.advance(1);
             })) {
            // articles are analysed in batches as they are read and only what the merge needs is
            // kept, so the input's texts are never all in memory at once
            problems = ArticleInput.stream(ArticleInput.reader(o), o.positional(), err, "chronoline", batches);
        }
        Timeline timeline = engine.merge(analyses);
        long skipped = problems.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();

        long bytes;
        if (outputName == null) {
            CountingStream counting = new CountingStream(out);
            writer.write(timeline, counting);
            counting.flush();
            bytes = counting.count;
        } else {
            Path file = Path.of(outputName);
            try (OutputStream fileOut = new BufferedOutputStream(Files.newOutputStream(file))) {
                writer.write(timeline, fileOut);
            } catch (IOException e) {
                err.println("chronoline timeline: cannot write " + file + ": " + e.getMessage());
                return ExitCode.FAILED;
            }
            bytes = Files.size(file);
        }
        for (Diagnostic d : stats.failures) {
            err.println("chronoline: " + d);
        }
        if (!quiet) {
            summarize(stats, skipped, timeline, format, outputName, bytes, err);
        }
        return skipped > 0 || !stats.failures.isEmpty() ? ExitCode.INPUT_SKIPPED : ExitCode.OK;
    }

    private static VisTimelineWriter.GroupBy groupBy(String value) throws UsageException {
        for (VisTimelineWriter.GroupBy g : VisTimelineWriter.GroupBy.values()) {
            if (g.name().equalsIgnoreCase(value.strip())) {
                return g;
            }
        }
        throw new UsageException("--group-by must be source or event, was '" + value + "'");
    }

    /** Counts of the per-article stage, for the summary. */
    private static final class Stats {
        int articles;
        int expressions;
        int unresolved;
        int mentions;
        /** Stages that failed on an article (a bug): reported, and the article's earlier results kept. */
        final List<Diagnostic> failures = new ArrayList<>();

        void add(ArticleAnalysis a) {
            articles++;
            for (Diagnostic d : a.diagnostics()) {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    failures.add(d);
                }
            }
            for (TemporalExpression e : a.expressions()) {
                expressions++;
                if (!e.isResolved()) {
                    unresolved++;
                }
            }
            mentions += a.mentions().size();
        }
    }

    private static void summarize(Stats stats, long skipped, Timeline timeline, OutputFormat format,
                                  String outputName, long bytes, PrintStream err) {
        int multi = 0;
        int conflicted = 0;
        for (Event e : timeline.events()) {
            Set<String> arts = new TreeSet<>();
            e.mentions().forEach(m -> arts.add(m.article()));
            if (arts.size() > 1) {
                multi++;
            }
            if (!e.conflicts().isEmpty()) {
                conflicted++;
            }
        }
        err.printf(Locale.ROOT, "chronoline: read %,d articles (%,d records skipped%s)%n", stats.articles, skipped,
                stats.failures.isEmpty() ? "" : ", " + stats.failures.size() + " articles only partly analysed");
        err.printf(Locale.ROOT, "chronoline: %,d temporal expressions (%,d unresolved), %,d event mentions%n",
                stats.expressions, stats.unresolved, stats.mentions);
        err.printf(Locale.ROOT, "chronoline: %,d events (%,d reported by several articles, %,d with conflicting "
                + "reports), %,d undated mentions%n", timeline.events().size(), multi, conflicted,
                timeline.undated().size());
        int shown = Math.min(SUMMARY_EVENTS, timeline.events().size());
        for (int i = 0; i < shown; i++) {
            Event e = timeline.events().get(i);
            err.printf(Locale.ROOT, "  %-24s %-60s %s%s%n", when(e.time()), clip(e.label(), 60),
                    articles(e.mentions()), e.conflicts().isEmpty() ? "" : "  [conflict]");
        }
        if (shown < timeline.events().size()) {
            err.printf(Locale.ROOT, "  ... and %,d more events%n", timeline.events().size() - shown);
        }
        long diagnostics = timeline.diagnostics().stream()
                .filter(d -> d.severity() != Diagnostic.Severity.INFO).count();
        err.printf(Locale.ROOT, "chronoline: wrote %s timeline (%,d bytes) to %s; %,d diagnostics in it%n",
                format.name, bytes, outputName == null ? "standard output" : outputName, diagnostics);
    }

    private static String when(ResolvedTime t) {
        String range = t.startDate().equals(t.endDate()) ? t.startDate().toString()
                : t.startDate() + ".." + t.endDate();
        return t.value().equals(t.startDate().toString()) ? range : t.value() + " " + range;
    }

    private static String articles(List<EventMention> mentions) {
        Set<String> ids = new TreeSet<>();
        for (EventMention m : mentions) {
            String id = m.article();
            ids.add(id.length() > 3 && id.charAt(3) == '_' ? id.substring(0, 3) : id);
        }
        return ids.toString();
    }

    private static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** Counts the bytes written through it, for the summary. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

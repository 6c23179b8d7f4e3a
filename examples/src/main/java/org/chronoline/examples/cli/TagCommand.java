package org.chronoline.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoline.Chronoline;
import org.chronoline.io.json.ExpressionJsonWriter;
import org.chronoline.io.timeml.TimeMlDocument;
import org.chronoline.io.timeml.TimeMlTagger;
import org.chronoline.io.timeml.TimeMlWriter;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.TemporalExpression;

/** {@code chronoline tag}: temporal expressions only, as TimeML or JSON. */
final class TagCommand implements Command {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public String summary() {
        return "find and resolve temporal expressions (TimeML in and out, or JSON)";
    }

    @Override
    public String help() {
        return """
                Usage: chronoline tag --format timeml -o OUTDIR FILE...
                       chronoline tag --format json [-o FILE] [--published TIME] [--loose-published OFFSET] INPUT...

                Finds the temporal expressions of each input and resolves them to TIMEX3 values.

                --format timeml (default): reads TimeML documents (.tml, .TE3input; directories are
                  searched), tags the text inside <TEXT> (any tags there are dropped) against the
                  document creation time in <DCT>, and writes each document to OUTDIR under the same
                  name with <TIMEX3> tags added; everything outside <TEXT> is kept as it was.
                --format json: reads article JSON (.json, .jsonl, directories) or plain text (.txt,
                  needs --published) and writes one JSON object per line: the article id, its
                  expressions (text, offsets, rule, and the time as the timeline JSON writes it:
                  TIMEX3 value and type, date range, granularity, mod, anchor; or a problem), and
                  its diagnostics (what could not be resolved).

                Options:
                  -f, --format NAME      timeml or json
                  -o, --output PATH      the output directory (timeml) or file (json; default stdout)
                      --published TIME   publication time of .txt inputs (ISO-8601 with offset)
                      --loose-published OFFSET  json: also read a published time written for
                                         people ("Oct 15, 2025 10:00 AM") at OFFSET (see timeline)
                  -h, --help             this help

                Exit codes: 0 ok, 1 some input skipped or only partly analysed (reported on standard
                error), 2 usage error, 3 failure.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of(), Set.of("--format", "--output", "--published", "--loose-published"),
                Map.of("-f", "--format", "-o", "--output"));
        if (o.positional().isEmpty()) {
            throw new UsageException("no input given");
        }
        String format = o.get("--format", "timeml");
        return switch (format) {
            case "timeml" -> timeml(o, err);
            case "json" -> json(o, out, err);
            default -> throw new UsageException("unknown format '" + format + "': timeml or json");
        };
    }

    private int timeml(Options o, PrintStream err) throws Exception {
        String outDir = o.get("--output");
        if (outDir == null) {
            throw new UsageException("--format timeml needs -o OUTDIR");
        }
        Path dir = Path.of(outDir);
        Files.createDirectories(dir);
        List<Path> files = TimeMlFiles.list(o.positional());
        TimeMlTagger tagger = TimeMlTagger.english();
        int skipped = 0;
        int expressions = 0;
        try (Progress progress = Progress.start(err, "chronoline tag", files.size(), "documents")) {
            for (Path f : files) {
                TimeMlDocument doc = TimeMlFiles.read(f, err, "chronoline tag");
                if (doc == null) {
                    skipped++;
                    continue;
                }
                List<TemporalExpression> found = tagger.tag(doc);
                expressions += (int) found.stream().filter(TemporalExpression::isResolved).count();
                Files.writeString(dir.resolve(f.getFileName().toString()), TimeMlWriter.write(doc, found),
                        StandardCharsets.UTF_8);
                progress.advance(1);
            }
        }
        err.printf("chronoline tag: %d documents, %d expressions written to %s%s%n", files.size() - skipped,
                expressions, dir, skipped > 0 ? "; " + skipped + " skipped" : "");
        return skipped > 0 ? ExitCode.INPUT_SKIPPED : ExitCode.OK;
    }

    private int json(Options o, PrintStream out, PrintStream err) throws Exception {
        OffsetDateTime published = null;
        if (o.get("--published") != null) {
            try {
                published = OffsetDateTime.parse(o.get("--published"));
            } catch (DateTimeParseException e) {
                throw new UsageException("--published needs an ISO-8601 time with offset, e.g. "
                        + "2025-10-15T10:00:00-05:00; was '" + o.get("--published") + "'");
            }
        }
        List<String> jsonInputs = new ArrayList<>();
        List<Path> textInputs = new ArrayList<>();
        for (String s : o.positional()) {
            if (s.endsWith(".txt")) {
                textInputs.add(Path.of(s));
            } else {
                jsonInputs.add(s);
            }
        }
        if (!textInputs.isEmpty() && published == null) {
            throw new UsageException("plain-text inputs need --published TIME");
        }
        Chronoline engine = Chronoline.create();
        int skipped = 0;
        Counts counts = new Counts();
        String outName = o.get("--output");
        OutputStream sink = outName == null ? out : Files.newOutputStream(Path.of(outName));
        try (OutputStream lines = new BufferedOutputStream(sink) {
            @Override
            public void close() throws IOException {
                flush(); // the sink is closed below when it is a file, never standard output
            }
        }) {
            for (Path p : textInputs) {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    write(lines, engine.analyze(Article.of(p.getFileName().toString(), published, text)), counts, err);
                } catch (IOException e) {
                    err.println("chronoline tag: skipped " + p + ": " + e.getMessage());
                    skipped++;
                }
            }
            if (!jsonInputs.isEmpty()) {
                List<Diagnostic> problems = ArticleInput.stream(ArticleInput.reader(o), jsonInputs, err, "chronoline tag", a -> {
                    try {
                        write(lines, engine.analyze(a), counts, err);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                skipped += (int) problems.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
            }
        } finally {
            if (outName != null) {
                sink.close();
            }
        }
        err.printf(Locale.ROOT, "chronoline tag: %,d articles, %,d expressions (%,d unresolved) written to %s%s%s%n",
                counts.articles, counts.expressions, counts.unresolved, outName == null ? "standard output" : outName,
                skipped > 0 ? "; " + skipped + " skipped" : "",
                counts.failures > 0 ? "; " + counts.failures + " articles only partly analysed" : "");
        return skipped > 0 || counts.failures > 0 ? ExitCode.INPUT_SKIPPED : ExitCode.OK;
    }

    /** What the json format wrote, for its closing summary. */
    private static final class Counts {
        int articles;
        int expressions;
        int unresolved;
        int failures;
    }

    /**
     * One article as a JSON line ({@link ExpressionJsonWriter}); a stage that failed is also
     * reported on {@code err}.
     */
    private static void write(OutputStream sink, ArticleAnalysis a, Counts counts, PrintStream err) throws IOException {
        counts.articles++;
        counts.expressions += a.expressions().size();
        counts.unresolved += (int) a.expressions().stream().filter(e -> !e.isResolved()).count();
        boolean failed = false;
        for (Diagnostic d : a.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.ERROR) {
                err.println("chronoline tag: " + d);
                failed = true;
            }
        }
        if (failed) {
            counts.failures++;
        }
        ExpressionJsonWriter.create().write(a, sink);
    }
}

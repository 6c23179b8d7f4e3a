package org.chronoline.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoline.io.timeml.GoldTimex;
import org.chronoline.io.timeml.TimeMlDocument;
import org.chronoline.io.timeml.TimeMlTagger;
import org.chronoline.io.timeml.TimexScorer;

/** {@code chronoline eval}: TempEval-3 TIMEX3 scores against gold TimeML. */
final class EvalCommand implements Command {

    static final int SHOWN_ERRORS = 40;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "score TIMEX3 tagging against gold TimeML (TempEval-3 strict/relaxed, type, value)";
    }

    @Override
    public String help() {
        return """
                Usage: chronoline eval [--misses FILE] [--show-misses] GOLD_DIR [SYSTEM_DIR]

                Scores TIMEX3 annotations the TempEval-3 way: strict (same extent) and relaxed
                (overlapping extent) precision, recall and F1; type and value accuracy over the
                relaxed matches, and type and value F1 (accuracy times relaxed F1); then a table of
                errors per category (weekdays, week/month/year relatives, seasons, anaphoric,
                durations, sets, absolute dates, other), and how many errors the gold itself
                contradicts elsewhere in the corpus: false positives whose words it tags in other
                places, misses whose words it leaves untagged in other places, wrong values whose
                words it values in the system's form in other places (the form: the value with
                every digit a 9, so "1988-Q3" and "2025-Q1" are one form and "1988" another).

                With SYSTEM_DIR, each gold document is paired with the system document of the same
                name there (e.g. the output of 'chronoline tag'). Without it, the gold documents'
                stripped text is tagged here first.

                Options:
                      --misses FILE    write every miss, false positive and wrong value to FILE
                                       (tab-separated: kind, document, category, text, gold, system,
                                       and what the gold does with the same words elsewhere)
                      --show-misses    print them all (by default, the first %d are printed)
                  -h, --help           this help

                Exit codes: 0 ok, 1 some documents skipped, 2 usage error, 3 failure.
                """.formatted(SHOWN_ERRORS);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("--show-misses"), Set.of("--misses"), Map.of());
        if (o.positional().isEmpty() || o.positional().size() > 2) {
            throw new UsageException("give GOLD_DIR and optionally SYSTEM_DIR");
        }
        Path goldDir = Path.of(o.positional().get(0));
        Path systemDir = o.positional().size() == 2 ? Path.of(o.positional().get(1)) : null;
        if (!Files.isDirectory(goldDir) || (systemDir != null && !Files.isDirectory(systemDir))) {
            throw new UsageException("GOLD_DIR and SYSTEM_DIR must be directories");
        }
        List<Path> golds = TimeMlFiles.list(List.of(goldDir.toString()));
        TimeMlTagger tagger = TimeMlTagger.english();
        TimexScorer scorer = new TimexScorer();
        int skipped = 0;
        try (Progress progress = Progress.start(err, "chronoline eval", golds.size(), "documents")) {
            for (Path g : golds) {
                TimeMlDocument gold = TimeMlFiles.read(g, err, "chronoline eval");
                if (gold == null) {
                    skipped++;
                    continue;
                }
                List<GoldTimex> system;
                if (systemDir == null) {
                    system = TimeMlTagger.asAnnotations(tagger.tag(gold));
                } else {
                    Path s = systemDir.resolve(goldDir.relativize(g));
                    if (!Files.isRegularFile(s)) {
                        s = systemDir.resolve(g.getFileName());
                    }
                    TimeMlDocument sys = Files.isRegularFile(s) ? TimeMlFiles.read(s, err, "chronoline eval") : null;
                    if (sys == null) {
                        err.println("chronoline eval: skipped " + g.getFileName() + ": no system document " + s);
                        skipped++;
                        continue;
                    }
                    if (!sys.text().equals(gold.text())) {
                        err.println("chronoline eval: warning: " + s + " has another text than its gold document;"
                                + " offsets may not line up");
                    }
                    system = sys.gold();
                }
                scorer.add(goldDir.relativize(g).toString(), gold.text(), gold.gold(), system);
                progress.advance(1);
            }
        }
        out.printf("documents %d%s%n", golds.size() - skipped, skipped > 0 ? " (" + skipped + " skipped)" : "");
        out.print(scorer.report());
        List<TimexScorer.Error> errors = scorer.errors();
        if (o.get("--misses") != null) {
            StringBuilder sb = new StringBuilder("kind\tdocument\tcategory\ttext\tgold\tsystem\telsewhere\n");
            for (TimexScorer.Error e : errors) {
                sb.append(e).append('\n');
            }
            Files.writeString(Path.of(o.get("--misses")), sb.toString(), StandardCharsets.UTF_8);
            out.printf("%n%d errors written to %s%n", errors.size(), o.get("--misses"));
        } else {
            int shown = o.has("--show-misses") ? errors.size() : Math.min(SHOWN_ERRORS, errors.size());
            out.printf("%nerrors (%d of %d; --show-misses or --misses FILE for all):%n", shown, errors.size());
            for (int i = 0; i < shown; i++) {
                out.println(errors.get(i));
            }
        }
        return skipped > 0 ? ExitCode.INPUT_SKIPPED : ExitCode.OK;
    }
}

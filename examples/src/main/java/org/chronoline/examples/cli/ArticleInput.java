package org.chronoline.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.chronoline.io.ArticleSink;
import org.chronoline.io.ReadResult;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;

/** Reads article JSON inputs for a command, reporting each problem on standard error as it is met. */
final class ArticleInput {
    /** Problems printed one by one before the rest are only counted. */
    static final int PRINTED_PROBLEMS = 50;

    private ArticleInput() {
    }

    /** Reads every input into memory; prints problems on {@code err}. */
    static ReadResult read(List<String> inputs, PrintStream err, String tool) {
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> problems = stream(inputs, err, tool, articles::add);
        return new ReadResult(articles, problems);
    }

    /**
     * The reader the options ask for: with {@code --loose-published OFFSET}, one that also reads a
     * {@code published} written for people ("Oct 15, 2025 10:00 AM") at that offset.
     */
    static ArticleJsonReader reader(Options o) throws UsageException {
        String offset = o.get("--loose-published");
        if (offset == null) {
            return ArticleJsonReader.create();
        }
        try {
            return ArticleJsonReader.create().withLoosePublished(ZoneOffset.of(offset));
        } catch (DateTimeException e) {
            throw new UsageException("--loose-published: '" + offset + "' is no UTC offset; give one such as -05:00 or Z");
        }
    }

    /**
     * Streams every input to {@code each}, article by article, in bounded memory; prints problems on
     * {@code err} as they are met (the first {@value #PRINTED_PROBLEMS}, then a count) and returns them.
     */
    static List<Diagnostic> stream(List<String> inputs, PrintStream err, String tool, Consumer<Article> each) {
        return stream(ArticleJsonReader.create(), inputs, err, tool, each);
    }

    /** {@link #stream(List, PrintStream, String, Consumer)} with the given reader. */
    static List<Diagnostic> stream(ArticleJsonReader reader, List<String> inputs, PrintStream err, String tool,
                                   Consumer<Article> each) {
        List<Path> paths = new ArrayList<>();
        for (String s : inputs) {
            paths.add(Path.of(s));
        }
        List<Diagnostic> problems = new ArrayList<>();
        reader.read(paths, ArticleSink.of(each, d -> {
            problems.add(d);
            if (problems.size() <= PRINTED_PROBLEMS) {
                err.println(tool + ": " + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d);
            }
        }));
        if (problems.size() > PRINTED_PROBLEMS) {
            err.printf(Locale.ROOT, "%s: ... and %,d more problems%n", tool, problems.size() - PRINTED_PROBLEMS);
        }
        return problems;
    }
}

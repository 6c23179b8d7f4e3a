package org.chronoline.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Reads every input; prints problems on {@code err}, with progress for large inputs. */
    static ReadResult read(List<String> inputs, PrintStream err, String tool) {
        List<Path> paths = new ArrayList<>();
        for (String s : inputs) {
            paths.add(Path.of(s));
        }
        List<Article> articles = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        try (Progress progress = Progress.start(err, tool + ": reading", -1, "articles")) {
            ArticleJsonReader.create().read(paths, new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                    progress.advance(1);
                }

                @Override
                public void problem(Diagnostic d) {
                    problems.add(d);
                    if (problems.size() <= PRINTED_PROBLEMS) {
                        err.println(tool + ": " + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d);
                    }
                }
            });
        }
        if (problems.size() > PRINTED_PROBLEMS) {
            err.printf(Locale.ROOT, "%s: ... and %,d more problems%n", tool, problems.size() - PRINTED_PROBLEMS);
        }
        return new ReadResult(articles, problems);
    }
}

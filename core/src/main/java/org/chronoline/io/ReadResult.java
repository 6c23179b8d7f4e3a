package org.chronoline.io;

import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Diagnostic.Severity;

/**
 * Everything read from some inputs: the articles in input order and the problems met.
 *
 * <p>Immutable and thread-safe.
 */
public record ReadResult(List<Article> articles, List<Diagnostic> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The number of records or files skipped (problems of severity {@link Severity#ERROR}). */
    public long skipped() {
        return problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }
}

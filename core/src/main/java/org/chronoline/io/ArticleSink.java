package org.chronoline.io;

import java.util.function.Consumer;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;

/** Receives what a reader reads: articles, and problems with the records it had to skip or repair. */
public interface ArticleSink {

    /** An article that was read. */
    void article(Article article);

    /** A problem, located by file, line and field. */
    void problem(Diagnostic diagnostic);

    /** A sink that hands articles to {@code articles} and problems to {@code problems}. */
    static ArticleSink of(Consumer<? super Article> articles, Consumer<? super Diagnostic> problems) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void problem(Diagnostic diagnostic) {
                problems.accept(diagnostic);
            }
        };
    }
}

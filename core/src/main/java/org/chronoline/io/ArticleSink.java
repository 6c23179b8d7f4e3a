package org.chronoline.io;

import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;

/** Receives what a reader reads: articles, and problems with the records it had to skip or repair. */
public interface ArticleSink {

    /** An article that was read. */
    void article(Article article);

    /** A problem, located by file, line and field. */
    void problem(Diagnostic diagnostic);
}

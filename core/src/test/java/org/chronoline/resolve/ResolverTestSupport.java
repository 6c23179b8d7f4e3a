package org.chronoline.resolve;

import java.time.OffsetDateTime;
import java.util.List;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.temporal.ExpressionFinder;
import org.chronoline.temporal.Timex;
import org.chronoline.text.SentenceSplitter;

/** Tags a text with the default finder and a resolver. */
final class ResolverTestSupport {
    private ResolverTestSupport() {
    }

    static List<TemporalExpression> tag(String text, String published, TimeResolver resolver) {
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        List<Timex> found = ExpressionFinder.english().find(text, sentences);
        return resolver.resolve(new ResolutionContext("test", OffsetDateTime.parse(published), text, sentences), found);
    }

    /** The expression with exactly this text (the last one, when it occurs more than once). */
    static TemporalExpression expression(List<TemporalExpression> found, String text) {
        TemporalExpression hit = null;
        for (TemporalExpression e : found) {
            if (e.text().equals(text)) {
                hit = e;
            }
        }
        if (hit == null) {
            throw new AssertionError("'" + text + "' not found; found " + found);
        }
        return hit;
    }
}

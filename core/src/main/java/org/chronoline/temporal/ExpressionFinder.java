package org.chronoline.temporal;

import java.util.List;
import org.chronoline.model.Sentence;

/**
 * Finds temporal expressions in a text and says, as a typed {@link TimeSpec}, what each specifies.
 * Implementations never throw on odd text, and return expressions in text order with non-overlapping spans.
 */
@FunctionalInterface
public interface ExpressionFinder {

    /** The expressions in {@code text}, in order; {@code sentences} are the text's sentences. */
    List<Timex> find(String text, List<Sentence> sentences);

    /** The default rule-based finder for English, loaded from the bundled rule files. Thread-safe. */
    static ExpressionFinder english() {
        return RuleBasedFinder.english();
    }
}

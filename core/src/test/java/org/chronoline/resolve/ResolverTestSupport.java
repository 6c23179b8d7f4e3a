package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.temporal.ExpressionFinder;
import org.chronoline.temporal.Timex;
import org.chronoline.text.SentenceSplitter;
import org.junit.jupiter.params.provider.Arguments;

/** Tags a text with the default finder and a resolver, and reads the examples of a word-list file. */
final class ResolverTestSupport {
    private ResolverTestSupport() {
    }

    static List<TemporalExpression> tag(String text, String published, TimeResolver resolver) {
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        List<Timex> found = ExpressionFinder.english().find(text, sentences);
        return resolver.resolve(new ResolutionContext("test", OffsetDateTime.parse(published), text, sentences), found);
    }

    /**
     * One row per example of every block in {@code rules}: the block's name, then the values of
     * {@code keys} ("example", "expression", ...) at that example; every block must give each key as
     * often as it gives the first, and at least once.
     */
    static Stream<Arguments> blockExamples(RuleFile rules, String... keys) {
        List<Arguments> out = new ArrayList<>();
        for (RuleFile.Block b : rules.blocks()) {
            List<List<String>> columns = new ArrayList<>();
            for (String key : keys) {
                columns.add(b.all(key));
            }
            for (List<String> column : columns) {
                assertThat(column).as(b.name() + ": each of " + String.join(", ", keys) + " once per example")
                        .isNotEmpty().hasSameSizeAs(columns.get(0));
            }
            for (int i = 0; i < columns.get(0).size(); i++) {
                Object[] row = new Object[keys.length + 1];
                row[0] = b.name();
                for (int k = 0; k < keys.length; k++) {
                    row[k + 1] = columns.get(k).get(i);
                }
                out.add(Arguments.of(row));
            }
        }
        return out.stream();
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

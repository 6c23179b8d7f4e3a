package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.model.Sentence;
import org.chronoline.model.TemporalExpression;
import org.chronoline.resolve.ResolutionContext;
import org.chronoline.resolve.TimeResolver;
import org.chronoline.text.SentenceSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of every rule of the bundled grammar, against Wednesday 2025-10-15. */
class RuleExamplesTest {

    static final OffsetDateTime REFERENCE = OffsetDateTime.parse("2025-10-15T10:00:00-05:00");

    static Stream<Arguments> examples() {
        return RuleBasedFinder.english().grammar().rules().stream()
                .flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.name(), e)));
    }

    /** Finds and resolves the expressions of one text. */
    static List<TemporalExpression> tag(String text) {
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        List<Timex> found = ExpressionFinder.english().find(text, sentences);
        return TimeResolver.standard().resolve(new ResolutionContext("example", REFERENCE, text, sentences), found);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("examples")
    void ruleFindsItsExample(String rule, Rule.Example example) {
        List<TemporalExpression> found = tag(example.sentence());
        if (example.text() == null) {
            assertThat(found).as("nothing may be found").isEmpty();
            return;
        }
        TemporalExpression e = found.stream().filter(x -> x.text().equals(example.text())).findFirst()
                .orElseThrow(() -> new AssertionError("'" + example.text() + "' not found; found " + found));
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.time()).as("resolved").isNotNull();
        assertThat(e.time().value()).isEqualTo(example.value());
        assertThat(e.time().modifier() == null ? null : e.time().modifier().name()).isEqualTo(example.mod());
    }
}

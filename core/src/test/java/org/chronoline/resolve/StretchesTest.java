package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronoline.resolve.ResolverTestSupport.expression;
import static org.chronoline.resolve.ResolverTestSupport.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of every list in {@code stretch.rules}, said on Wednesday 2025-10-15. */
class StretchesTest {

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (RuleFile.Block b : Stretches.ENGLISH.rules().blocks()) {
            List<String> examples = b.all("example");
            List<String> expressions = b.all("expression");
            List<String> expected = b.all("expect");
            assertThat(examples).as(b.name() + ": one expression and one value for each example")
                    .isNotEmpty().hasSameSizeAs(expressions).hasSameSizeAs(expected);
            for (int i = 0; i < examples.size(); i++) {
                out.add(Arguments.of(b.name(), examples.get(i), expressions.get(i), expected.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}: {2} => {3}")
    @MethodSource("examples")
    void listExamples(String list, String sentence, String expression, String value) {
        TemporalExpression e = expression(tag(sentence, StandardResolverTest.WED, TimeResolver.standard()), expression);
        assertThat(e.time().value()).as(list).isEqualTo(value);
    }
}

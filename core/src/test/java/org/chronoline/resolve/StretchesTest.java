package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronoline.resolve.ResolverTestSupport.blockExamples;
import static org.chronoline.resolve.ResolverTestSupport.expression;
import static org.chronoline.resolve.ResolverTestSupport.tag;

import java.util.stream.Stream;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of every list in {@code stretch.rules}, said on Wednesday 2025-10-15. */
class StretchesTest {

    static Stream<Arguments> examples() {
        return blockExamples(Stretches.ENGLISH.rules(), "example", "expression", "expect");
    }

    @ParameterizedTest(name = "[{0}] {1}: {2} => {3}")
    @MethodSource("examples")
    void listExamples(String list, String sentence, String expression, String value) {
        TemporalExpression e = expression(tag(sentence, StandardResolverTest.WED, TimeResolver.standard()), expression);
        assertThat(e.time().value()).as(list).isEqualTo(value);
    }
}

package org.chronoline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.chronoline.internal.RuleFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example and counter-example lines of every rule in {@code boilerplate.rules}. */
class BoilerplateTest {

    static Stream<Arguments> examples() {
        return Boilerplate.english().rules().blocks().stream().flatMap(b -> Stream.concat(
                b.all("example").stream().map(e -> Arguments.of(b.name(), e, true)),
                b.all("counter").stream().map(e -> Arguments.of(b.name(), e, false))));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @MethodSource("examples")
    void ruleExamples(String rule, String line, boolean furniture) {
        assertThat(Boilerplate.english().isFurniture(line)).as(rule).isEqualTo(furniture);
    }

    @ParameterizedTest
    @MethodSource("rulesHaveExamples")
    void everyRuleHasAnExampleAndACounterExample(RuleFile.Block block) {
        assertThat(block.all("example")).as(block.name()).isNotEmpty();
        assertThat(block.all("counter")).as(block.name()).isNotEmpty();
    }

    static Stream<RuleFile.Block> rulesHaveExamples() {
        return Boilerplate.english().rules().blocks().stream();
    }
}

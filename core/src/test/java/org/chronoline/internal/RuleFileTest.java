package org.chronoline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.ChronolineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFileTest {

    private static RuleFile parse(String text) throws IOException {
        return RuleFile.parse("test.rules", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBlocksRepeatedKeysAndContinuationLines() throws IOException {
        RuleFile file = parse("""
                # comment
                [first]
                pattern = a
                  b
                example = one
                example = two

                [second]
                words = x y
                """);
        assertThat(file.blocks()).extracting(RuleFile.Block::name).containsExactly("first", "second");
        RuleFile.Block first = file.blocks().get(0);
        assertThat(first.get("pattern")).isEqualTo("a b");
        assertThat(first.all("example")).containsExactly("one", "two");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.lines()).containsEntry("example", 5);
        assertThat(file.blocks().get(1).require("words")).isEqualTo("x y");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("pattern = a\n", "test.rules:1: text before the first [block]: pattern = a"),
                Arguments.of("[a]\nno equals sign\n", "test.rules:2: rule [a]: expected 'key = value', got: no equals sign"),
                Arguments.of("[a\n", "test.rules:1: block header must be '[name]': [a"),
                Arguments.of("[ ]\n", "test.rules:1: empty block name"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void errorsNameFileLineAndRule(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(ChronolineException.class).hasMessage(message);
    }

    @Test
    void fieldErrorsNameTheFieldLine() throws IOException {
        RuleFile.Block block = parse("[r]\nexample = x\nexample = y\n").blocks().get(0);
        assertThatThrownBy(() -> block.get("example"))
                .hasMessage("test.rules:1: rule [r]: 'example' is given 2 times; it may be given once");
        assertThatThrownBy(() -> block.require("pattern")).hasMessage("test.rules:1: rule [r]: 'pattern' is missing");
        assertThat(block.error("example", "bad").getMessage()).isEqualTo("test.rules:2: rule [r], example: bad");
        assertThat(List.of(block.all("missing"))).containsExactly(List.of());
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> RuleFile.load(RuleFileTest.class, "/nowhere.rules"))
                .hasMessageContaining("rule file not found on the classpath: /nowhere.rules");
    }
}

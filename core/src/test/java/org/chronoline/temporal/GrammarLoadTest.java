package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.ChronolineException;
import org.chronoline.internal.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A grammar file that cannot be loaded names its file, line and rule. */
class GrammarLoadTest {

    static final String WORDS = "[month]\njanuary = 1\n";
    static final String MACROS = "[nb]\nregex = (?<![\\d])\n";

    static RuleFile file(String name, String text) {
        try {
            return RuleFile.parse(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Grammar load(String words, String rules) {
        return Grammar.of(file("words.rules", words), file("macros.rules", MACROS),
                List.of(file("bad.rules", rules)));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(WORDS, "# c\n[r1]\nkind = date\npattern = (?<month>@month)\n",
                        "bad.rules:2: rule [r1], example: every rule needs at least one 'example' and exactly one"
                                + " 'expect' per example"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (?<month>@month)\nexample = in january\n"
                                + "expect = january\n",
                        "bad.rules:5: rule [r1], expect: expected 'TEXT => VALUE [MOD]' or '(none)', got: january"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (?<mnth>@month)\nexample = x\nexpect = (none)\n",
                        "bad.rules:3: rule [r1], pattern: unknown group name 'mnth'"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (?<month>@months)\nexample = x\nexpect = (none)\n",
                        "bad.rules:3: rule [r1], pattern: unknown word list or macro '@months'"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (?<month>.*)\nexample = x\nexpect = (none)\n",
                        "bad.rules:3: rule [r1], pattern: unbounded repetition '*'"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (\\d)\\1\nexample = x\nexpect = (none)\n",
                        "bad.rules:3: rule [r1], pattern: numbered back-references are not allowed"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = (?<month>[a-\nexample = x\nexpect = (none)\n",
                        "bad.rules:3: rule [r1], pattern: invalid regular expression"),
                Arguments.of(WORDS, "[r1]\nkind = dat\npattern = x\nexample = x\nexpect = (none)\n",
                        "bad.rules:2: rule [r1], kind: unknown kind 'dat'"),
                Arguments.of(WORDS, "[r1]\nkind = date\npatern = x\nexample = x\nexpect = (none)\n",
                        "bad.rules:1: rule [r1]: 'pattern' is missing"),
                Arguments.of("[month]\nJanuary = 1\n", "[r1]\nkind = date\npattern = x\nexample = x\nexpect = (none)\n",
                        "words.rules:2: rule [month], January: word-list entries are lowercase"),
                Arguments.of(WORDS, "[r1]\nkind = date\npattern = x\nexample = x\nexpect = (none)\n[r1]\nkind = date\n"
                        + "pattern = y\nexample = y\nexpect = (none)\n", "bad.rules:6: rule [r1]: rule name already used"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void errorNamesFileLineAndRule(String words, String rules, String message) {
        assertThatThrownBy(() -> load(words, rules)).isInstanceOf(ChronolineException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void wordListsExpandLongestFirstAndMatchAnyCase() {
        Grammar g = load("[month]\njan = 1\njanuary = 1\njan. = 1\n",
                "[r1]\nkind = month\npattern = (?<month>@month)\nexample = In JANUARY it snowed.\nexpect = JANUARY => 2025-01\n");
        assertThat(g.rules().get(0).pattern().matcher("JANUARY").matches()).isTrue();
        assertThat(g.rules().get(0).pattern().matcher("Jan.").matches()).isTrue();
        assertThat(g.rules().get(0).pattern().matcher("Janus").lookingAt()).isFalse();
        assertThat(g.word("month", "JANUARY")).isEqualTo("1");
    }

    @Test
    void bundledGrammarLoads() {
        assertThat(Grammar.english().rules()).hasSizeGreaterThan(40);
    }
}

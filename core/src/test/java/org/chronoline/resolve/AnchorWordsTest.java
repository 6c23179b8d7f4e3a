package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chronoline.resolve.ResolverTestSupport.blockExamples;
import static org.chronoline.resolve.ResolverTestSupport.expression;
import static org.chronoline.resolve.ResolverTestSupport.tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronoline.ChronolineException;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of every list in {@code anchors.rules}, each said at its own publication time. */
class AnchorWordsTest {

    static Stream<Arguments> examples() {
        return blockExamples(AnchorWords.ENGLISH.rules(), "example", "expression", "published", "expect");
    }

    @ParameterizedTest(name = "[{0}] {1}: {2} at {3} => {4}")
    @MethodSource("examples")
    void listExamples(String list, String sentence, String expression, String published, String value) {
        TemporalExpression e = expression(tag(sentence, published, TimeResolver.standard()), expression);
        assertThat(e.time()).as(list + ": " + e).isNotNull();
        assertThat(e.time().value()).as(list).isEqualTo(value);
    }

    /** Every list the resolver reads is in the file, and nothing else is. */
    @Test
    void theFileHoldsTheResolversLists() {
        assertThat(AnchorWords.ENGLISH.rules().blocks()).extracting(RuleFile.Block::name).containsExactly(
                "saying-places", "ended-periods", "period-ending-verbs", "fiscal-year-ending-verbs",
                "fiscal-year-beginning-verbs", "stretch-words", "long-weekends", "interview-verbs", "time-zones", "same-happening");
    }

    @Test
    void longerEntriesComeFirstAndAPhraseSpansAnyWhiteSpace() throws IOException {
        AnchorWords words = new AnchorWords(parse("[zones]\nwords = month months vs.\nphrase = greenwich mean\n"));
        String alternation = words.alternation("zones");
        assertThat(alternation).isEqualTo("(?:\\Qgreenwich\\E\\s+\\Qmean\\E|\\Qmonths\\E|\\Qmonth\\E|\\Qvs.\\E)");
        Pattern p = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE);
        assertThat(p.matcher("Greenwich \n Mean").matches()).isTrue();
        assertThat(p.matcher("VS.").matches()).isTrue();
        assertThat(p.matcher("vsx").matches()).isFalse(); // the dot is quoted
    }

    @Test
    void aListWithoutWordsFailsNamingFileLineAndList() throws IOException {
        AnchorWords words = new AnchorWords(parse("# zones\n[time-zones]\nphrase = greenwich mean\n"));
        assertThatThrownBy(() -> words.alternation("time-zones")).isInstanceOf(ChronolineException.class)
                .hasMessage("anchors.rules:2: rule [time-zones]: 'words' is missing");
    }

    @Test
    void anEmptyPhraseFailsNamingItsLine() throws IOException {
        AnchorWords words = new AnchorWords(parse("[time-zones]\nwords = local\n\nphrase =\n"));
        assertThatThrownBy(() -> words.alternation("time-zones")).isInstanceOf(ChronolineException.class)
                .hasMessage("anchors.rules:4: rule [time-zones], phrase: an empty phrase");
    }

    @Test
    void aMissingListFailsNamingFileAndList() throws IOException {
        AnchorWords words = new AnchorWords(parse("[time-zones]\nwords = local\n"));
        assertThatThrownBy(() -> words.alternation("long-weekends")).isInstanceOf(ChronolineException.class)
                .hasMessage("anchors.rules: no [long-weekends] block");
    }

    private static RuleFile parse(String text) throws IOException {
        return RuleFile.parse("anchors.rules", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}

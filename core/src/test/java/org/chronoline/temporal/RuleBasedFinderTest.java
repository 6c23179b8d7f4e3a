package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleBasedFinderTest {

    static List<String> texts(String text) {
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        return ExpressionFinder.english().find(text, sentences).stream().map(Timex::text).toList();
    }

    static Stream<Arguments> extents() {
        return Stream.of(
                // TimeML extents: "early", "the", "last", "mid-" inside; "on", "in", "by", "since" outside
                Arguments.of("He was arrested in early December.", List.of("early December")),
                Arguments.of("Profit rose in the third quarter.", List.of("the third quarter")),
                Arguments.of("He left last Friday.", List.of("last Friday")),
                Arguments.of("Prices peaked in mid-1998.", List.of("mid-1998")),
                Arguments.of("On October 6, agents arrested him.", List.of("October 6")),
                Arguments.of("By October 3, the bounties were posted.", List.of("October 3")),
                Arguments.of("He has lived here since January 2023.", List.of("January 2023")),
                Arguments.of("The talks ran until the end of 2024.", List.of("the end of 2024")),
                Arguments.of("Talks lasted more than two weeks.", List.of("more than two weeks")),
                // not times
                Arguments.of("A 22-year-old man was arrested.", List.of()),
                Arguments.of("The bounty was $2,000 and 1,550 officers were deployed.", List.of()),
                Arguments.of("Call 1-866-DHS-2-ICE to report tips.", List.of()),
                Arguments.of("He was described as an MS-13 member.", List.of()),
                Arguments.of("Sales fell 38 percent, or 12%.", List.of()),
                Arguments.of("The agency may raise the $2000 fee.", List.of()),
                Arguments.of("Room 1998 is on floor 3.", List.of()),
                Arguments.of("Flight 2001 left from gate 1999 in 2001.", List.of("2001")),
                Arguments.of("Over 2,500 agents and 1998 officers.", List.of("1998")));
    }

    @ParameterizedTest
    @MethodSource("extents")
    void extent(String text, List<String> expected) {
        assertThat(texts(text)).isEqualTo(expected);
    }

    @Test
    void pageFurnitureIsSkipped() {
        String text = "Agents met Tuesday.\n\n5 hours ago 1\n\nRead Entire Article";
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        List<Timex> found = ExpressionFinder.english().find(text, sentences);
        assertThat(found).extracting(Timex::text).containsExactly("Tuesday");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "First line.\nOfficials said on Tuesday, Oct. 14, 2025, that agents were targeted.";
        List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
        for (Timex t : ExpressionFinder.english().find(text, sentences)) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
        assertThat(texts(text)).containsExactly("Tuesday, Oct. 14, 2025");
    }

    @Test
    void survivesLongRunsOfCandidates() {
        String text = "the ".repeat(20_000) + "1999 ".repeat(5_000) + "last ".repeat(5_000);
        List<Timex> found = ExpressionFinder.english().find(text, List.of(new Sentence(0, Span.of(0, text.length()),
                text, false)));
        assertThat(found).hasSizeGreaterThan(1000);
    }
}

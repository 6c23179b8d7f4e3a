package org.chronoline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.chronoline.Fixtures;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Article;
import org.chronoline.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishSentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.english().split(text, 5_000).stream().map(Sentence::text).toList();
    }

    /** Each list of {@code abbreviations.rules} splits its example into the number of sentences it gives. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("listExamples")
    void listExamplesSplitAsTheySay(String list, String example, int sentences) {
        assertThat(split(example)).as(list).hasSize(sentences);
    }

    static Stream<Arguments> listExamples() {
        return RuleFile.load(EnglishSentenceSplitter.class, EnglishSentenceSplitter.ABBREVIATIONS).blocks().stream()
                .map(b -> Arguments.of(b.name(), b.require("example"), Integer.parseInt(b.require("sentences"))));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("One. Two! Three? Four", List.of("One.", "Two!", "Three?", "Four")),
                Arguments.of("Sen. Dick Durbin said on Oct. 6 that the U.S. Department would appeal. It did.",
                        List.of("Sen. Dick Durbin said on Oct. 6 that the U.S. Department would appeal.", "It did.")),
                Arguments.of("Gregory K. Bovino spoke. “It ended,” he said. Then he left.",
                        List.of("Gregory K. Bovino spoke.", "“It ended,” he said.", "Then he left.")),
                Arguments.of("He said “stop.” Then it ended.", List.of("He said “stop.”", "Then it ended.")),
                Arguments.of("Line one\nLine two\r\nLine three\rLine four",
                        List.of("Line one", "Line two", "Line three", "Line four")),
                Arguments.of("It costs $2.5 million. Really.", List.of("It costs $2.5 million.", "Really.")),
                Arguments.of("", List.of()),
                Arguments.of("   \n\n\t ", List.of()),
                Arguments.of("lower case. after period", List.of("lower case. after period")),
                Arguments.of("It runs Oct. 30-Nov. 2 downtown. Tickets sold out.",
                        List.of("It runs Oct. 30-Nov. 2 downtown.", "Tickets sold out.")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splits(String text, List<String> sentences) {
        assertThat(split(text)).containsExactlyElementsOf(sentences);
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  First one.  Second one.\n\nThird.";
        for (Sentence s : SentenceSplitter.english().split(text, 5_000)) {
            assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.text());
        }
    }

    @Test
    void cutsOverlongSentencesAtWhiteSpace() {
        String text = "word ".repeat(1000);
        List<Sentence> sentences = SentenceSplitter.english().split(text, 100);
        assertThat(sentences).hasSizeGreaterThan(40).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(100));
        assertThat(String.join(" ", sentences.stream().map(Sentence::text).toList())).isEqualTo(text.strip());
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "😀".repeat(300);
        for (Sentence s : SentenceSplitter.english().split(text, 101)) {
            assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse();
        }
    }

    @Test
    void marksThePageFurnitureOfTheSeeds() {
        Article a = Fixtures.seed("003");
        List<String> furniture = SentenceSplitter.english().split(a.text(), 5_000).stream()
                .filter(Sentence::boilerplate).map(Sentence::text).toList();
        assertThat(furniture).containsExactly("5 hours ago 1", "4AllThings Android App", "Image: ICE",
                "Original reporting you’ll see nowhere else, paid for by our readers.",
                "Click here to support our work.", "Read Entire Article");
        assertThat(SentenceSplitter.english().split(Fixtures.seed("000").text(), 5_000).stream()
                .filter(Sentence::boilerplate).map(Sentence::text))
                .containsExactly("CrimeDonald TrumpPolitics", "Ad Blocker Detected!", "Refresh");
        assertThat(SentenceSplitter.english().split(Fixtures.seed("004").text(), 5_000).stream()
                .filter(Sentence::boilerplate).map(Sentence::text))
                .containsExactly("\"*\" indicates required fields");
    }
}

package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NattyCandidatesTest {

    static final OffsetDateTime REF = OffsetDateTime.parse("2025-10-15T10:00:00-05:00");

    @Test
    void findsADate() {
        NattyCandidates.Result r = NattyCandidates.parse("The raid was on October 6, 2025 in Chicago.", REF);
        assertThat(r.failed()).isFalse();
        assertThat(r.candidates()).isNotEmpty();
        assertThat(r.candidates().get(0).dates().get(0).toLocalDate()).hasToString("2025-10-06");
    }

    @Test
    void augmentingFinderAddsWhatTheRulesMiss() {
        String text = "The order was signed on 10-06-2025 in Chicago on Tuesday.";
        java.util.List<org.chronoline.model.Sentence> sentences = org.chronoline.text.SentenceSplitter.english()
                .split(text, 1000);
        assertThat(ExpressionFinder.english().find(text, sentences)).extracting(Timex::text).containsExactly("Tuesday");
        java.util.List<Timex> both = NattyCandidates.augmenting(ExpressionFinder.english()).find(text, sentences);
        assertThat(both).extracting(Timex::text).containsExactly("10-06-2025", "Tuesday");
        assertThat(both.stream().filter(t -> t.rule().equals("natty")).findFirst().orElseThrow().spec())
                .isEqualTo(new TimeSpec.CalendarDate(2025, 10, 6, false));
    }

    @Test
    void nattysParserDoesNotPrint() {
        String noisy = "Profit fell 5% from the year before, the 22-year-old said, and sales rose 0.5 in the year.";
        PrintStream saved = System.err;
        ByteArrayOutputStream bare = new ByteArrayOutputStream();
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(bare, true, StandardCharsets.UTF_8));
            new com.joestelmach.natty.Parser().parse(noisy);
            System.setErr(new PrintStream(wrapped, true, StandardCharsets.UTF_8));
            NattyCandidates.parse(noisy, REF);
            System.err.println("the caller's own line");
        } finally {
            System.setErr(saved);
        }
        assertThat(bare.toString(StandardCharsets.UTF_8)).as("Natty alone prints").contains("no viable alternative");
        assertThat(wrapped.toString(StandardCharsets.UTF_8)).isEqualTo("the caller's own line" + System.lineSeparator());
    }

    @Test
    void metadataDate() {
        assertThat(NattyCandidates.firstDate("Oct 15, 2025 10:00 AM", REF)).hasValueSatisfying(
                d -> assertThat(d.toLocalDate()).hasToString("2025-10-15"));
        assertThat(NattyCandidates.firstDate("this fall", REF)).isEmpty();
    }

    @Test
    void failuresAreContained() {
        // season words after 2020 make Natty throw; whatever it does, nothing escapes
        for (String text : new String[] {"this fall", "last winter", "in the spring of 2025", "", "\u0000\uffff",
            "22-year-old", "((((((((((((((((((((" + "1".repeat(500)}) {
            NattyCandidates.Result r = NattyCandidates.parse(text, REF);
            assertThat(r.candidates().isEmpty() || !r.failed()).isTrue();
        }
    }
}

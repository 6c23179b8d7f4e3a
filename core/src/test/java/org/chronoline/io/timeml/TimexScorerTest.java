package org.chronoline.io.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chronoline.model.Span;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

    static GoldTimex t(int start, int end, String text, String type, String value) {
        return new GoldTimex(null, Span.of(start, end), text, type, value, null);
    }

    @Test
    void strictRelaxedTypeAndValue() {
        // gold: "Tuesday" [0,7), "last week" [10,19), "three years" [30,41), "monthly" [50,57)
        List<GoldTimex> gold = List.of(t(0, 7, "Tuesday", "DATE", "2025-10-14"),
                t(10, 19, "last week", "DATE", "2025-W41"), t(30, 41, "three years", "DURATION", "P3Y"),
                t(50, 57, "monthly", "SET", "P1M"));
        // system: exact Tuesday (right), "week" overlapping last week (wrong value), "three years" typed DATE,
        // a false positive, and monthly missed
        List<GoldTimex> system = List.of(t(0, 7, "Tuesday", "DATE", "2025-10-14"), t(15, 19, "week", "DURATION",
                "P1W"), t(30, 41, "three years", "DATE", "P3Y"), t(60, 63, "now", "DATE", "PRESENT_REF"));
        TimexScorer s = new TimexScorer();
        s.add("doc", gold, system);
        assertThat(s.strictPrecision()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(s.strictRecall()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(s.relaxedPrecision()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(s.relaxedRecall()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(s.relaxedF1()).isCloseTo(0.75, within(1e-9));
        assertThat(s.typeAccuracy()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.valueAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.valueF1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.errors()).extracting(TimexScorer.Error::kind)
                .containsExactlyInAnyOrder("VALUE", "MISS", "FALSE_POSITIVE");
        assertThat(s.report()).contains("relaxed     75.00   75.00   75.00");
    }

    @Test
    void errorsTellWhatTheGoldDoesWithTheSameWordsElsewhere() {
        // document 1 tags "now" and values "a year ago" as a year; it leaves "Friday" untagged
        String text1 = "Sales are up now, from a year ago. Friday was quiet.";
        List<GoldTimex> gold1 = List.of(t(13, 16, "now", "DATE", "PRESENT_REF"), t(23, 33, "a year ago", "DATE", "1988"));
        // document 2 leaves "now" untagged, tags "Friday", and values "a year ago" as a quarter
        String text2 = "It is now clear: Friday's sales fell from a year ago.";
        List<GoldTimex> gold2 = List.of(t(17, 23, "Friday", "DATE", "1989-10-27"),
                t(42, 52, "a year ago", "DATE", "1988-Q3"));
        List<GoldTimex> system2 = List.of(t(6, 9, "now", "DATE", "PRESENT_REF"), t(42, 52, "a year ago", "DATE", "1988"));
        TimexScorer s = new TimexScorer();
        s.add("d1", text1, gold1, gold1);
        s.add("d2", text2, gold2, system2);
        assertThat(s.errors()).extracting(TimexScorer.Error::kind, TimexScorer.Error::elsewhere).containsExactly(
                tuple("MISS", "untagged 1x"),
                tuple("VALUE", "1x in this form"),
                tuple("FALSE_POSITIVE", "tagged 1x"));
        assertThat(s.errors().get(0).toString()).endsWith("\telsewhere=untagged 1x");
        assertThat(s.report()).contains("false positives      1 of     1", "misses               1 of     1",
                "wrong values         1 of     1");
    }

    @Test
    void aDateOfTheSameFormIsNoHabit() {
        List<GoldTimex> gold = List.of(t(0, 6, "Friday", "DATE", "1998-08-07"));
        TimexScorer s = new TimexScorer();
        s.add("d1", "Friday", gold, List.of(t(0, 6, "Friday", "DATE", "1998-08-14")));
        s.add("d2", "Friday", List.of(t(0, 6, "Friday", "DATE", "1998-08-21")), List.of(t(0, 6, "Friday", "DATE",
                "1998-08-21")));
        assertThat(s.errors()).singleElement().extracting(TimexScorer.Error::elsewhere).isNull();
        // without texts, untagged words cannot be counted
        TimexScorer noText = new TimexScorer();
        noText.add("d", gold, List.of());
        assertThat(noText.report()).contains("misses               - of     1");
    }

    @Test
    void oneSystemExpressionMatchesOneGold() {
        List<GoldTimex> gold = List.of(t(0, 7, "Tuesday", "DATE", "x"), t(8, 15, "morning", "TIME", "y"));
        List<GoldTimex> system = List.of(t(0, 15, "Tuesday morning", "TIME", "y"));
        TimexScorer s = new TimexScorer();
        s.add("doc", gold, system);
        assertThat(s.relaxedPrecision()).isEqualTo(1.0);
        assertThat(s.relaxedRecall()).isEqualTo(0.5);
    }

    @Test
    void categories() {
        assertThat(TimexScorer.categoryOf(t(0, 1, "Friday", "DATE", ""))).isEqualTo(TimexScorer.Category.WEEKDAY);
        assertThat(TimexScorer.categoryOf(t(0, 1, "last week", "DATE", "")))
                .isEqualTo(TimexScorer.Category.WEEK_MONTH_YEAR_RELATIVE);
        assertThat(TimexScorer.categoryOf(t(0, 1, "this fall", "DATE", ""))).isEqualTo(TimexScorer.Category.SEASON);
        assertThat(TimexScorer.categoryOf(t(0, 1, "the next day", "DATE", "")))
                .isEqualTo(TimexScorer.Category.ANAPHORIC);
        assertThat(TimexScorer.categoryOf(t(0, 1, "Oct. 6", "DATE", ""))).isEqualTo(TimexScorer.Category.ABSOLUTE_DATE);
        assertThat(TimexScorer.categoryOf(t(0, 1, "Friday night", "TIME", "1998-01-09TNI")))
                .isEqualTo(TimexScorer.Category.TIME_OF_DAY);
        assertThat(TimexScorer.categoryOf(t(0, 1, "now", "DATE", "PRESENT_REF")))
                .isEqualTo(TimexScorer.Category.REFERENCE);
        assertThat(TimexScorer.categoryOf(t(0, 1, "the third quarter", "DATE", "1998-Q3")))
                .isEqualTo(TimexScorer.Category.QUARTER_HALF_FISCAL);
        assertThat(TimexScorer.categoryOf(t(0, 1, "the quarter", "DATE", "1998-Q3")))
                .isEqualTo(TimexScorer.Category.QUARTER_HALF_FISCAL);
    }
}

package org.chronoline.io.timeml;

import static org.assertj.core.api.Assertions.assertThat;
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

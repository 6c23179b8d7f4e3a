package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimeLabelsTest {

    static Stream<Arguments> labels() {
        LocalDate d = LocalDate.of(2025, 10, 8);
        return Stream.of(
                Arguments.of(Granularity.SECOND, d, null, "Oct 8, 2025, 10:15:30", true),
                Arguments.of(Granularity.MINUTE, d, null, "Oct 8, 2025, 14:05", true),
                Arguments.of(Granularity.HOUR, d, null, "Oct 8, 2025, 09:00", true),
                Arguments.of(Granularity.PART_OF_DAY, d, null, "Oct 8, 2025 (evening)", true),
                Arguments.of(Granularity.DAY, d, null, "Oct 8, 2025", true),
                Arguments.of(Granularity.DAY, d, Modifier.APPROX, "about Oct 8, 2025", true),
                Arguments.of(Granularity.WEEKEND, d, null, "weekend of Oct 11, 2025", false),
                Arguments.of(Granularity.WEEK, d, null, "week of Oct 6, 2025", false),
                Arguments.of(Granularity.MONTH, d, null, "October 2025", false),
                Arguments.of(Granularity.MONTH, d, Modifier.START, "early October 2025", false),
                Arguments.of(Granularity.MONTH, d, Modifier.ON_OR_AFTER, "since October 2025", false),
                Arguments.of(Granularity.QUARTER, d, null, "Q4 2025", false),
                Arguments.of(Granularity.SEASON, d, null, "Fall 2025", false),
                Arguments.of(Granularity.SEASON, LocalDate.of(2026, 1, 5), null, "Winter 2025–26", false),
                Arguments.of(Granularity.HALF_YEAR, d, null, "second half of 2025", false),
                Arguments.of(Granularity.YEAR, d, null, "2025", false),
                Arguments.of(Granularity.DECADE, d, null, "the 2020s", false),
                Arguments.of(Granularity.CENTURY, d, null, "the 21st century", false),
                Arguments.of(Granularity.MILLENNIUM, d, null, "the 3rd millennium", false),
                Arguments.of(Granularity.UNSPECIFIED, d, null, "the past", false),
                // years before the era: 250 B.C. is year -249; the 4th century B.C. starts in 400 B.C.
                Arguments.of(Granularity.YEAR, LocalDate.of(-249, 1, 1), null, "250 B.C.", false),
                Arguments.of(Granularity.DAY, LocalDate.of(-43, 3, 15), null, "Mar 15, 44 B.C.", true),
                Arguments.of(Granularity.CENTURY, LocalDate.of(-450, 1, 1), null, "the 4th century B.C.", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PAST_REF, the past", "FUTURE_REF, the future", "XXXX-WXX-2, every Tuesday", "P3D, 3 days",
        "P1W, 1 week", "PT2H, 2 hours", "PT30M, 30 minutes", "PXY, years", "XXXX-XX-15, XXXX-XX-15"})
    void timesWithNoCalendarExtent(String value, String label) {
        var t = new ResolvedTime(value, TimeType.DURATION, null, null, Granularity.UNSPECIFIED, null, null, null,
                new Resolution(Anchor.NONE, null, "test"));
        assertThat(TimeLabels.label(t)).isEqualTo(label);
        assertThat(TimeLabels.isPoint(t)).isFalse();
    }

    @Test
    void theMidnightThatEndsADayIsCalledMidnight() {
        var end = LocalDate.of(2025, 10, 10).atTime(23, 59, 59);
        var midnight = new ResolvedTime("2025-10-10T24:00", TimeType.TIME, end, end, Granularity.MINUTE, null, null,
                null, new Resolution(Anchor.PUBLICATION, "2025-10-15", "test"));
        assertThat(TimeLabels.label(midnight)).isEqualTo("Oct 10, 2025, midnight");
    }

    @Test
    void anOpenRangeIsLabelledByTheStartTheTextNamed() {
        var since = new ResolvedTime("2023-01", TimeType.DATE, LocalDate.of(2023, 1, 1).atStartOfDay(),
                LocalDate.of(2025, 10, 16).atStartOfDay(), Granularity.MONTH, Modifier.ON_OR_AFTER, null, null,
                new Resolution(Anchor.PUBLICATION, "2025-10-16", "test"));
        assertThat(TimeLabels.label(since)).isEqualTo("since January 2023");
        assertThat(TimeLabels.isPoint(since)).isFalse();
    }

    @Test
    void aPlacedDurationSaysItsAmountAndItsDay() {
        Resolution publication = new Resolution(Anchor.PUBLICATION, "2025-10-15", "test");
        var past = new ResolvedTime("P3Y", TimeType.DURATION, LocalDate.of(2022, 10, 16).atStartOfDay(),
                LocalDate.of(2025, 10, 15).atStartOfDay(), Granularity.YEAR, null, null, null, publication);
        var next = new ResolvedTime("P6M", TimeType.DURATION, LocalDate.of(2025, 10, 15).atStartOfDay(),
                LocalDate.of(2026, 4, 14).atStartOfDay(), Granularity.MONTH, null, null, null, publication);
        assertThat(TimeLabels.label(past)).isEqualTo("3 years to Oct 15, 2025");
        assertThat(TimeLabels.label(next)).isEqualTo("6 months from Oct 15, 2025");
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @MethodSource("labels")
    void labelsSayNoMoreThanTheTextDid(Granularity g, LocalDate day, Modifier mod, String label, boolean point) {
        var t = SampleTimelines.time(g, day, mod);
        assertThat(TimeLabels.label(t)).isEqualTo(label);
        assertThat(TimeLabels.isPoint(t)).isEqualTo(point);
        assertThat(TimeLabels.isVague(t)).isEqualTo(!point || mod != null);
    }
}

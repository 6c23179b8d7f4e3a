package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.FeastCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

/** Feast days checked against published calendars. */
class LunarCalendarsTest {

    @ParameterizedTest
    @CsvSource({
        // year, month, day: the Gregorian day whose evening before the feast begins
        "5759, 7, 1, 1998-09-21", // Rosh Hashanah
        "5760, 7, 1, 1999-09-11",
        "5784, 7, 1, 2023-09-16",
        "5785, 7, 1, 2024-10-03",
        "5786, 7, 1, 2025-09-23",
        "5785, 7, 10, 2024-10-12", // Yom Kippur
        "5786, 7, 10, 2025-10-02",
        "5758, 1, 15, 1998-04-11", // Passover
        "5784, 1, 15, 2024-04-23",
        "5785, 1, 15, 2025-04-13",
        "5785, 9, 25, 2024-12-26", // Hanukkah
        "5786, 9, 25, 2025-12-15",
        "5784, 12, 14, 2024-03-24", // Purim in Adar II of a leap year
        "5785, 12, 14, 2025-03-14"})
    void hebrew(int year, int month, int day, LocalDate expected) {
        assertThat(LunarCalendars.hebrew(year, month, day, 1).getStart()).isEqualTo(expected);
    }

    @Test
    void hebrewMonthOfAFeastKeptSeveralDays() {
        assertThat(LunarCalendars.hebrew(5786, 9, 25, 8))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 22)));
        assertThatThrownBy(() -> LunarCalendars.hebrew(5786, 2, 30, 1)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "1445, 9, 1, 2024-03-11", // Ramadan
        "1446, 9, 1, 2025-03-01",
        "1445, 10, 1, 2024-04-10", // Eid al-Fitr
        "1446, 10, 1, 2025-03-30",
        "1445, 12, 10, 2024-06-16", // Eid al-Adha
        "1446, 12, 10, 2025-06-06"})
    void hijri(int year, int month, int day, LocalDate expected) {
        assertThat(LunarCalendars.hijri(year, month, day, 1).getStart()).isEqualTo(expected);
    }

    @Test
    void ramadanIsTheWholeMonth() {
        assertThat(LunarCalendars.hijri(1446, 9, 1, 0))
                .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 29)));
    }

    @Test
    void aLunarFeastCanComeTwiceInAYear() {
        List<LocalDateRange> eids = LunarCalendars.occurrences(
                new TimeSpec.CalendarFeast(FeastCalendar.HIJRI, 10, 1, 1, null), 2000);
        assertThat(eids).hasSize(2);
        assertThat(eids.get(0).getStart().getMonthValue()).isEqualTo(1);
        assertThat(eids.get(1).getStart().getMonthValue()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({
        "1985, 1985-02-20", // the solstice fell on the day of a new moon in Beijing
        "1990, 1990-01-27",
        "1998, 1998-01-28",
        "2000, 2000-02-05",
        "2015, 2015-02-19",
        "2017, 2017-01-28",
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2033, 2033-01-31",
        "2034, 2034-02-19"}) // after the leap eleventh month of 2033
    void chineseNewYear(int year, LocalDate expected) {
        assertThat(LunarCalendars.chineseNewYear(year)).isEqualTo(expected);
    }
}

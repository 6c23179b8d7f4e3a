package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest
    @CsvSource({
        "1818, 1818-03-22", // the earliest possible
        "1943, 1943-04-25", // the latest possible
        "1989, 1989-03-26",
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2038, 2038-04-25"})
    void easterSunday(int year, LocalDate expected) {
        assertThat(Periods.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2021-05-02",
        "2023, 2023-04-16",
        "2024, 2024-05-05",
        "2025, 2025-04-20", // the same Sunday as the Western one
        "2026, 2026-04-12"})
    void orthodoxEasterSunday(int year, LocalDate expected) {
        assertThat(Periods.orthodoxEasterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1998, 1998",
        "79, 0079",
        "1, 0001",
        "0, BC0001", // 1 B.C.: the proleptic calendar has a year 0
        "-249, BC0250"})
    void yearText(int year, String expected) {
        assertThat(Periods.yearText(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "19, 19, 1900-01-01, 1999-12-31",
        "-3, BC03, -0399-01-01, -0300-12-31", // the fourth century B.C.: 400 to 301 B.C.
        "-1, BC01, -0199-01-01, -0100-12-31"})
    void century(int century, String value, LocalDate start, LocalDate end) {
        var c = Periods.century(century, new org.chronoline.model.Resolution(org.chronoline.model.Anchor.NONE, null, "test"));
        assertThat(c.value()).isEqualTo(value);
        assertThat(c.startDate()).isEqualTo(start);
        assertThat(c.endDate()).isEqualTo(end);
    }
}

package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.chronoline.model.Anchor;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearsTest {

    private static final Resolution R = new Resolution(Anchor.NONE, null, "test");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "For the first half of the fiscal year ending June 30, net rose 27%.|JUNE",
        "Results for the second quarter of fiscal 2026, which ended December 31, 2025.|JUNE",
        "Its fiscal first quarter ended Sept. 30.|JUNE",
        "The company's fiscal year ends in September.|SEPTEMBER",
        "The fiscal third quarter ended Dec. 31.|MARCH"})
    void findsWhereTheYearEnds(String text, Month end) {
        assertThat(FiscalYears.yearEnd(text)).isEqualTo(end);
    }

    @Test
    void aCalendarYearOrNoneIsNull() {
        assertThat(FiscalYears.yearEnd("The fiscal year ends Dec. 31.")).isNull();
        assertThat(FiscalYears.yearEnd("Profit rose in fiscal 1989.")).isNull();
        assertThat(FiscalYears.yearEnd("The quarter ended Sept. 30.")).isNull();
    }

    @Test
    void aFiscalPeriodKeepsItsNameAndFallsInItsYear() {
        ResolvedTime q2 = FiscalYears.quarter(1989, 2, Month.JUNE, R);
        assertThat(q2.value()).isEqualTo("1989-Q2");
        assertThat(q2.startDate()).hasToString("1988-10-01");
        assertThat(q2.endDate()).hasToString("1988-12-31");
        ResolvedTime h1 = FiscalYears.half(1990, 1, Month.SEPTEMBER, R);
        assertThat(h1.value()).isEqualTo("1990-H1");
        assertThat(h1.startDate()).hasToString("1989-10-01");
        assertThat(h1.endDate()).hasToString("1990-03-31");
        ResolvedTime y = FiscalYears.year(1988, Month.MARCH, R);
        assertThat(y.startDate()).hasToString("1987-04-01");
        assertThat(y.endDate()).hasToString("1988-03-31");
        assertThat(FiscalYears.yearOf(LocalDate.of(1989, 8, 1), Month.JUNE)).isEqualTo(1990);
        assertThat(FiscalYears.yearOf(LocalDate.of(1989, 6, 30), Month.JUNE)).isEqualTo(1989);
    }
}

package org.chronoline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;
import org.chronoline.temporal.TimeSpec.Unit;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.chrono.JulianDate;
import org.threeten.extra.YearWeek;

/**
 * Calendar periods as resolved times: the TIMEX3 value and the inclusive range of each granularity.
 *
 * <p>Seasons are meteorological, northern hemisphere: spring (SP) March-May, summer (SU) June-August,
 * fall (FA) September-November, winter (WI) December to February; {@code 2025-WI} is the winter that
 * starts in December 2025 and ends in February 2026. Weeks are ISO weeks ({@code 2026-W53} exists);
 * a weekend is the Saturday and Sunday of an ISO week ({@code 2025-W41-WE}).
 *
 * <p>Stateless and thread-safe.
 */
final class Periods {

    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private Periods() {
    }

    static ResolvedTime day(LocalDate d, Resolution r) {
        return ResolvedTime.ofDates(d.toString(), d, d, Granularity.DAY, r);
    }

    static ResolvedTime week(LocalDate any, Resolution r) {
        YearWeek w = YearWeek.from(any);
        return ResolvedTime.ofDates(w.toString(), w.atDay(DayOfWeek.MONDAY), w.atDay(DayOfWeek.SUNDAY),
                Granularity.WEEK, r);
    }

    static ResolvedTime weekend(LocalDate any, Resolution r) {
        YearWeek w = YearWeek.from(any);
        return ResolvedTime.ofDates(w + "-WE", w.atDay(DayOfWeek.SATURDAY), w.atDay(DayOfWeek.SUNDAY),
                Granularity.WEEKEND, r);
    }

    static ResolvedTime month(YearMonth m, Resolution r) {
        return ResolvedTime.ofDates(yearText(m.getYear()) + "-" + two(m.getMonthValue()), m.atDay(1),
                m.atEndOfMonth(), Granularity.MONTH, r);
    }

    static ResolvedTime quarter(int year, int q, Resolution r) {
        YearQuarter yq = YearQuarter.of(year, q);
        return ResolvedTime.ofDates(yearText(year) + "-Q" + q, yq.atDay(1), yq.atEndOfQuarter(),
                Granularity.QUARTER, r);
    }

    static ResolvedTime half(int year, int h, Resolution r) {
        LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        return ResolvedTime.ofDates(yearText(year) + "-H" + h, start, start.plusMonths(6).minusDays(1),
                Granularity.HALF_YEAR, r);
    }

    /** Season 1..4 (SP, SU, FA, WI) of {@code year}. */
    static ResolvedTime season(int year, int s, Resolution r) {
        LocalDate start = LocalDate.of(year, 3 * s, 1);
        return ResolvedTime.ofDates(yearText(year) + "-" + SEASONS[s - 1], start, start.plusMonths(3).minusDays(1),
                Granularity.SEASON, r);
    }

    /** The season (1..4) a day is in, with the year the season is named after. */
    static int[] seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        if (m <= 2) {
            return new int[] {d.getYear() - 1, 4};
        }
        return new int[] {d.getYear(), m == 12 ? 4 : m / 3};
    }

    static ResolvedTime year(int year, Resolution r) {
        return ResolvedTime.ofDates(yearText(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.YEAR, r);
    }

    static ResolvedTime decade(int decade, Resolution r) {
        return ResolvedTime.ofDates(String.valueOf(decade), LocalDate.of(decade * 10, 1, 1),
                LocalDate.of(decade * 10 + 9, 12, 31), Granularity.DECADE, r);
    }

    /**
     * The hundred years {@code century}: 19 is 1900-1999 ({@code 19}); -3 the 300s before the era, 400
     * to 301 B.C. ({@code BC03}).
     */
    static ResolvedTime century(int century, Resolution r) {
        if (century < 0) {
            int k = -century;
            return ResolvedTime.ofDates("BC" + two(k), LocalDate.of(1 - (k + 1) * 100, 1, 1),
                    LocalDate.of(-k * 100, 12, 31), Granularity.CENTURY, r);
        }
        return ResolvedTime.ofDates(two(century), LocalDate.of(century * 100, 1, 1),
                LocalDate.of(century * 100 + 99, 12, 31), Granularity.CENTURY, r);
    }

    /** The midnight that ends {@code d}: {@code dT24:00}, at the last second of the day. */
    static ResolvedTime midnightEnding(LocalDate d, Resolution r) {
        LocalDateTime t = d.atTime(END_OF_DAY);
        return new ResolvedTime(d + "T24:00", TimeType.TIME, t, t, Granularity.MINUTE, null, null, null, r);
    }

    static ResolvedTime minute(LocalDateTime t, Resolution r) {
        return new ResolvedTime(t.toLocalDate() + "T" + two(t.getHour()) + ":" + two(t.getMinute()), TimeType.TIME,
                t, t, Granularity.MINUTE, null, null, null, r);
    }

    static ResolvedTime partOfDay(LocalDate d, String code, int fromHour, int toHour, Resolution r) {
        return new ResolvedTime(d + "T" + code, TimeType.TIME, d.atTime(fromHour, 0),
                toHour >= 24 ? d.atTime(END_OF_DAY) : d.atTime(toHour, 0).minusSeconds(1), Granularity.PART_OF_DAY,
                null, null, null, r);
    }

    /** The night of day {@code d} ({@code TNI}), 8 p.m. to midnight. */
    static ResolvedTime night(LocalDate d, Resolution r) {
        return partOfDay(d, "NI", 20, 24, r);
    }

    static ResolvedTime unanchored(String value, TimeType type, Resolution r) {
        return new ResolvedTime(value, type, null, null, Granularity.UNSPECIFIED, null, null, null, r);
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher):
     * 2024-03-31, 2025-04-20, 2000-04-23.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Orthodox Easter Sunday of a year: the Julian computus, on the Julian calendar, told as a
     * Gregorian day: 2024-05-05, 2025-04-20.
     */
    static LocalDate orthodoxEasterSunday(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.from(JulianDate.of(year, month, day));
    }

    /** The ISO week-based year and week of a day, as {@code {year, week}}. */
    static int[] isoWeek(LocalDate d) {
        return new int[] {d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)};
    }

    /** A year as TimeML writes it: {@code 1998}; before the era {@code BC0250} (year -249 here, 250 B.C.). */
    static String yearText(int year) {
        if (year <= 0) {
            return String.format(java.util.Locale.ROOT, "BC%04d", 1 - year);
        }
        return year < 10000 ? String.format(java.util.Locale.ROOT, "%04d", year) : String.valueOf(year);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** {@code n} calendar units after {@code d} (before, when negative); a unit of a day or more. */
    static LocalDate plusUnits(LocalDate d, Unit unit, long n) {
        return switch (unit) {
            case DAY -> d.plusDays(n);
            case WEEK, WEEKEND -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER, SEASON -> d.plusMonths(3 * n);
            case HALF -> d.plusMonths(6 * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
            case SECOND, MINUTE, HOUR -> throw new IllegalArgumentException("a unit shorter than a day: " + unit);
        };
    }
}

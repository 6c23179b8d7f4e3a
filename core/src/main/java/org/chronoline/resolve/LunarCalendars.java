package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.temporal.TimeSpec;
import org.threeten.extra.LocalDateRange;

/**
 * The Gregorian days of feasts kept by the Islamic, Hebrew and Chinese calendars, which move from
 * year to year: Ramadan, Yom Kippur, Lunar New Year.
 *
 * <ul>
 *   <li>Islamic dates are those of the Umm al-Qura calendar ({@link HijrahChronology}, years 1300 to
 *       1600 AH, about 1882 to 2174); where the month begins with the sighting of the moon, a feast
 *       may be kept a day later.
 *   <li>Hebrew dates come from the arithmetic of the fixed Hebrew calendar (the molad of Tishrei and
 *       its four postponements), exact for every year; month 1 is Nisan, 7 Tishrei, and 12 is Adar,
 *       which in a leap year means Adar II, the month Purim is kept in. A day is the one whose
 *       evening the feast begins after: Yom Kippur 5786 is 2025-10-02.
 *   <li>The Chinese New Year is the second new moon, in China's time zone, after the day of the
 *       winter solstice, or the third when a leap month comes between (2033). New moons and the sun's
 *       longitude are computed with Jean Meeus's formulas (Astronomical Algorithms, chapters 25 and
 *       49), to a minute or so; a new moon or solar term within minutes of midnight in Beijing could
 *       fall on the wrong side of it.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class LunarCalendars {

    /** Days from 0001-01-01 (rata die 1) to 1970-01-01. */
    private static final long RATA_DIE_EPOCH = 719_163;
    /** Rata die of 1 Tishrei AM 1. */
    private static final long HEBREW_EPOCH = -1_373_427;
    private static final double SYNODIC_MONTH = 29.530588861;
    /** Julian day of 1970-01-01T00:00 UT. */
    private static final double JD_UNIX_EPOCH = 2_440_587.5;
    private static final double CHINA_OFFSET_DAYS = 8 / 24.0;

    private LunarCalendars() {
    }

    /**
     * The times a feast is kept that begin in a Gregorian year, in order: one, or two when a lunar
     * feast comes round twice in the year (Eid al-Fitr 2000 fell on January 8 and December 27).
     *
     * @throws DateTimeException when the year is outside the calendar's range
     */
    static List<LocalDateRange> occurrences(TimeSpec.CalendarFeast feast, int year) {
        List<LocalDateRange> out = new ArrayList<>(2);
        switch (feast.calendar()) {
            case HIJRI -> {
                int first = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
                for (int hy = first; hy <= first + 1; hy++) {
                    addIfIn(out, hijri(hy, feast.month(), feast.day(), feast.days()), year);
                }
            }
            case HEBREW -> {
                // Nisan of Gregorian year y is in Hebrew year y + 3760, Tishrei in y + 3761
                for (int hy = year + 3760; hy <= year + 3761; hy++) {
                    addIfIn(out, hebrew(hy, feast.month(), feast.day(), feast.days()), year);
                }
            }
            case CHINESE -> {
                if (feast.month() != 1) {
                    throw new DateTimeException("only the first Chinese month is computed, not " + feast.month());
                }
                LocalDate first = chineseNewYear(year).plusDays(feast.day() - 1L);
                out.add(LocalDateRange.ofClosed(first, first.plusDays(Math.max(feast.days(), 1) - 1L)));
            }
            default -> throw new AssertionError(feast.calendar());
        }
        return out;
    }

    private static void addIfIn(List<LocalDateRange> out, LocalDateRange r, int year) {
        if (r.getStart().getYear() == year) {
            out.add(r);
        }
    }

    /** Days {@code days} from a day of an Umm al-Qura month, or the whole month when {@code days} is 0. */
    static LocalDateRange hijri(int year, int month, int day, int days) {
        HijrahDate d = HijrahChronology.INSTANCE.date(year, month, day);
        int length = days == 0 ? d.lengthOfMonth() - day + 1 : days;
        LocalDate first = LocalDate.from(d);
        return LocalDateRange.ofClosed(first, first.plusDays(length - 1L));
    }

    /** Days {@code days} from a day of a Hebrew month, or the whole month when {@code days} is 0. */
    static LocalDateRange hebrew(int year, int month, int day, int days) {
        if (month == 12 && hebrewLeap(year)) {
            month = 13; // Adar II
        }
        int length = hebrewMonthLength(year, month);
        if (day < 1 || day > length) {
            throw new DateTimeException("no day " + day + " in Hebrew month " + month + " of " + year);
        }
        LocalDate first = hebrewDate(year, month, day);
        return LocalDateRange.ofClosed(first, first.plusDays((days == 0 ? length - day + 1 : days) - 1L));
    }

    /** The Gregorian day of a Hebrew date (month 1 Nisan .. 13 Adar II). */
    static LocalDate hebrewDate(int year, int month, int day) {
        long rd = hebrewNewYear(year) + day - 1;
        if (month < 7) {
            // Nisan to Elul come after the year's Tishrei to Adar
            for (int m = 7; m <= monthsInHebrewYear(year); m++) {
                rd += hebrewMonthLength(year, m);
            }
            for (int m = 1; m < month; m++) {
                rd += hebrewMonthLength(year, m);
            }
        } else {
            for (int m = 7; m < month; m++) {
                rd += hebrewMonthLength(year, m);
            }
        }
        return LocalDate.ofEpochDay(rd - RATA_DIE_EPOCH);
    }

    static boolean hebrewLeap(int year) {
        return Math.floorMod(7L * year + 1, 19) < 7;
    }

    private static int monthsInHebrewYear(int year) {
        return hebrewLeap(year) ? 13 : 12;
    }

    private static int hebrewMonthLength(int year, int month) {
        return switch (month) {
            case 2, 4, 6, 10, 13 -> 29;
            case 12 -> hebrewLeap(year) ? 30 : 29;
            case 8 -> hebrewYearLength(year) % 10 == 5 ? 30 : 29; // Heshvan is long in a complete year
            case 9 -> hebrewYearLength(year) % 10 == 3 ? 29 : 30; // Kislev is short in a deficient year
            default -> 30;
        };
    }

    private static long hebrewYearLength(int year) {
        return hebrewNewYear(year + 1) - hebrewNewYear(year);
    }

    /** Rata die of 1 Tishrei of a Hebrew year. */
    static long hebrewNewYear(int year) {
        return HEBREW_EPOCH + elapsedDays(year) + yearLengthCorrection(year);
    }

    /** Days from the epoch to the molad of Tishrei, put off a day when it falls on Sunday, Wednesday or Friday. */
    private static long elapsedDays(int year) {
        long months = Math.floorDiv(235L * year - 234, 19);
        long parts = 12_084 + 13_753 * months;
        long days = 29 * months + Math.floorDiv(parts, 25_920);
        return Math.floorMod(3 * (days + 1), 7) < 3 ? days + 1 : days;
    }

    /** The postponements that keep a year from being 356 or 382 days long. */
    private static int yearLengthCorrection(int year) {
        long ny0 = elapsedDays(year - 1);
        long ny1 = elapsedDays(year);
        long ny2 = elapsedDays(year + 1);
        if (ny2 - ny1 == 356) {
            return 2;
        }
        return ny1 - ny0 == 382 ? 1 : 0;
    }

    /** The first day of the Chinese year that begins in a Gregorian year (2025-01-29, 2026-02-17). */
    static LocalDate chineseNewYear(int year) {
        LocalDate solstice = chinaDate(solarLongitudeTime(year - 1, 12, 21, 270));
        // the month that holds the solstice is the eleventh; count the new moons after its day
        double k = Math.floor((solstice.getYear() + (solstice.getDayOfYear() - 1) / 365.25 - 2000) * 12.3685) - 1;
        while (!chinaDate(newMoon(k)).isAfter(solstice)) {
            k++;
        }
        double first = newMoon(k + 1);
        // a twelfth month without a principal term (Great Cold, the sun at 300 degrees) is a leap month
        double greatCold = solarLongitudeTime(year, 1, 20, 300);
        return chinaDate(greatCold).isBefore(chinaDate(first)) ? chinaDate(first) : chinaDate(newMoon(k + 2));
    }

    private static LocalDate chinaDate(double jd) {
        return LocalDate.ofEpochDay((long) Math.floor(jd + CHINA_OFFSET_DAYS - JD_UNIX_EPOCH));
    }

    /**
     * The Julian day (UT) of the new moon of lunation {@code k} (0 at 2000-01-06), by Meeus,
     * Astronomical Algorithms, chapter 49.
     */
    static double newMoon(double k) {
        double t = k / 1236.85;
        double jde = 2_451_550.09766 + SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
                + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
                - 0.000000058 * t * t * t * t);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
                + 0.000000011 * t * t * t * t);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
        double c = -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        for (double[] p : planetary) {
            c += p[2] * Math.sin(rad(p[0] + p[1] * k));
        }
        return jde + c - deltaT(2000 + k / 12.3685) / 86_400;
    }

    /**
     * The Julian day (UT) when the sun's apparent longitude is {@code degrees}, near a given day: the
     * solstice at 270, Great Cold at 300. Meeus's low-accuracy solar coordinates (chapter 25, about
     * 0.01 degree, a quarter of an hour), solved by Newton's method.
     */
    static double solarLongitudeTime(int year, int month, int day, double degrees) {
        double jd = LocalDate.of(year, month, day).toEpochDay() + JD_UNIX_EPOCH;
        for (int i = 0; i < 8; i++) {
            double diff = Math.IEEEremainder(degrees - sunLongitude(jd), 360);
            jd += diff / 0.98564736; // the sun's mean daily motion
            if (Math.abs(diff) < 1e-6) {
                break;
            }
        }
        return jd;
    }

    private static double sunLongitude(double jdUt) {
        double t = (jdUt + deltaT(2000 + (jdUt - 2_451_545.0) / 365.25) / 86_400 - 2_451_545.0) / 36_525;
        double l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        return l0 + center - 0.00569 - 0.00478 * Math.sin(omega);
    }

    /**
     * TT - UT in seconds: the NASA polynomial for 2005 to 2050, and a line through 1900 (-3 s) and
     * 2000 (64 s) before; within a few minutes from 1900 to 2100, which is all a day needs.
     */
    private static double deltaT(double year) {
        double u = year - 2000;
        return year < 2000 ? 64 + 0.67 * u : 62.92 + 0.32217 * u + 0.005589 * u * u;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}

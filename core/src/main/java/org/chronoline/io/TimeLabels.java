package org.chronoline.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;

/**
 * English labels for resolved times that say no more than the text did: a week is "week of Oct 6,
 * 2025", a season "Fall 2025", a month "October 2025", never a made-up day. Used by the writers
 * meant for people (TimelineJS, vis, HTML, CSV).
 *
 * <p>Month names are spelled out here rather than taken from the JDK's locale data, so the labels do
 * not change with the JDK. Stateless and thread-safe.
 */
public final class TimeLabels {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /** Every given weekday: {@code XXXX-WXX-2}. */
    private static final Pattern WEEKDAY_SET = Pattern.compile("XXXX-WXX-(?<day>[1-7])");

    /** A simple duration: {@code P3D}, {@code PT2H}, {@code PXY}. */
    private static final Pattern AMOUNT =
            Pattern.compile("P(?:(?<n>\\d+|X)(?<unit>[DWMY])|T(?<tn>\\d+|X)(?<tunit>[HMS]))");

    private static final Map<String, String> UNITS = Map.of("D", "day", "W", "week", "M", "month", "Y", "year",
            "TH", "hour", "TM", "minute", "TS", "second");

    private TimeLabels() {
    }

    /**
     * The label of a time: "Oct 14, 2025", "Oct 14, 2025, 10:00", "Oct 14, 2025 (morning)",
     * "weekend of Oct 11, 2025", "week of Oct 6, 2025", "October 2025", "Q3 2025", "Fall 2025",
     * "first half of 2025", "2025", "the 2020s", with the modifier in front ("early October 2025",
     * "about Oct 14, 2025", "since January 2023"). A time with no calendar extent is put in words
     * where that is simple ("the past", "every Tuesday", "3 days"), else given as its TIMEX3 value;
     * a duration the words place gets its day ("3 years to Oct 15, 2025", "6 months from Oct 15, 2025").
     */
    public static String label(ResolvedTime t) {
        String base;
        if (t.isAnchored() && t.type() == TimeType.DURATION) {
            // "the past three years": the amount, and the day it runs to or from
            String publication = t.resolution().anchorValue();
            base = unanchored(t.value()) + (t.startDate().toString().equals(publication)
                    ? " from " + day(t.startDate()) : " to " + day(t.endDate()));
        } else {
            base = t.isAnchored() ? extent(sinceStart(t)) : unanchored(t.value());
        }
        return t.modifier() == null ? base : modifierWord(t.modifier()) + " " + base;
    }

    /**
     * "Since January 2023" covers January 2023 up to the article's date, but the text named only
     * its start: label the start alone.
     */
    private static ResolvedTime sinceStart(ResolvedTime t) {
        if (t.modifier() == Modifier.ON_OR_AFTER || t.modifier() == Modifier.AFTER) {
            return new ResolvedTime(t.value(), t.type(), t.start(), t.start(), t.granularity(), t.modifier(),
                    t.quant(), t.freq(), t.resolution());
        }
        return t;
    }

    /** Whether a time is known to a day or better, so it can be drawn as a point. */
    public static boolean isPoint(ResolvedTime t) {
        return t.isAnchored() && t.granularity().compareTo(Granularity.DAY) <= 0
                && t.startDate().equals(t.endDate());
    }

    /**
     * Whether a time is vague: wider than a day, or qualified ("about", "early", "by"). Writers mark
     * such times so a reader does not take them for exact dates.
     */
    public static boolean isVague(ResolvedTime t) {
        return !isPoint(t) || t.modifier() != null;
    }

    /** "Oct 14, 2025". */
    public static String day(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1].substring(0, 3) + " " + d.getDayOfMonth() + ", " + year(d.getYear());
    }

    private static String extent(ResolvedTime t) {
        LocalDate s = t.startDate();
        LocalDate e = t.endDate();
        switch (t.granularity()) {
            case SECOND:
            case MINUTE:
            case HOUR:
                // "midnight Friday" is written T24:00: the midnight that ends the day
                return day(s) + ", " + (t.value().endsWith("T24:00") ? "midnight" : clock(t.start(), t.granularity()));
            case PART_OF_DAY:
                return day(s) + " (" + partOfDay(t.value()) + ")";
            case DAY:
                return s.equals(e) ? day(s) : days(s, e);
            case WEEKEND:
                return "weekend of " + day(s);
            case WEEK:
                return "week of " + day(s);
            case MONTH:
                return s.withDayOfMonth(1).equals(e.withDayOfMonth(1)) ? month(s) : months(s, e);
            case QUARTER:
                return "Q" + ((s.getMonthValue() - 1) / 3 + 1) + " " + year(s.getYear());
            case SEASON:
                return season(t.value(), s, e);
            case HALF_YEAR:
                return (s.getMonthValue() <= 6 ? "first" : "second") + " half of " + year(s.getYear());
            case YEAR:
                return s.getYear() == e.getYear() ? year(s.getYear()) : year(s.getYear()) + "–" + year(e.getYear());
            case DECADE:
                return "the " + Math.floorDiv(s.getYear(), 10) * 10 + "s";
            case CENTURY:
                // the 4th century B.C. runs from 400 B.C. (year -399) to 301 B.C.
                return s.getYear() <= 0 ? "the " + ordinal((1 - s.getYear()) / 100) + " century B.C."
                        : "the " + ordinal(Math.floorDiv(s.getYear(), 100) + 1) + " century";
            case MILLENNIUM:
                return "the " + ordinal(Math.floorDiv(s.getYear(), 1000) + 1) + " millennium";
            default:
                return s.equals(e) ? day(s) : days(s, e);
        }
    }

    private static String days(LocalDate s, LocalDate e) {
        if (s.getYear() == e.getYear()) {
            String first = MONTHS[s.getMonthValue() - 1].substring(0, 3) + " " + s.getDayOfMonth();
            return first + " – " + day(e);
        }
        return day(s) + " – " + day(e);
    }

    /** A year as a reader writes it: "2025"; before the era "250 B.C." (year -249 of the proleptic calendar). */
    private static String year(int year) {
        return year > 0 ? Integer.toString(year) : (1 - year) + " B.C.";
    }

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + year(d.getYear());
    }

    private static String months(LocalDate s, LocalDate e) {
        if (s.getYear() == e.getYear()) {
            return MONTHS[s.getMonthValue() - 1] + " – " + month(e);
        }
        return month(s) + " – " + month(e);
    }

    private static String clock(LocalDateTime t, Granularity g) {
        String hm = two(t.getHour()) + ":" + two(t.getMinute());
        return g == Granularity.SECOND ? hm + ":" + two(t.getSecond()) : hm;
    }

    private static String partOfDay(String value) {
        if (value.endsWith("MO")) {
            return "morning";
        }
        if (value.endsWith("AF")) {
            return "afternoon";
        }
        if (value.endsWith("EV")) {
            return "evening";
        }
        if (value.endsWith("NI")) {
            return "night";
        }
        return value.endsWith("DT") ? "daytime" : "part of the day";
    }

    private static String season(String value, LocalDate s, LocalDate e) {
        if (value.endsWith("SP")) {
            return "Spring " + s.getYear();
        }
        if (value.endsWith("SU")) {
            return "Summer " + s.getYear();
        }
        if (value.endsWith("FA")) {
            return "Fall " + s.getYear();
        }
        if (value.endsWith("WI")) {
            return s.getYear() == e.getYear() ? "Winter " + s.getYear()
                    : "Winter " + s.getYear() + "–" + two(Math.floorMod(e.getYear(), 100));
        }
        return months(s, e);
    }

    private static String unanchored(String value) {
        switch (value) {
            case "PAST_REF":
                return "the past";
            case "PRESENT_REF":
                return "the present";
            case "FUTURE_REF":
                return "the future";
            default:
                break;
        }
        Matcher weekday = WEEKDAY_SET.matcher(value);
        if (weekday.matches()) {
            return "every " + WEEKDAYS[weekday.group("day").charAt(0) - '1'];
        }
        Matcher amount = AMOUNT.matcher(value);
        if (amount.matches()) {
            boolean clock = amount.group("tn") != null;
            String unit = UNITS.get(clock ? "T" + amount.group("tunit") : amount.group("unit"));
            String n = clock ? amount.group("tn") : amount.group("n");
            return n.equals("X") ? unit + "s" : n + " " + unit + (n.equals("1") ? "" : "s");
        }
        return value;
    }

    private static String modifierWord(Modifier m) {
        switch (m) {
            case BEFORE:
                return "before";
            case AFTER:
                return "after";
            case ON_OR_BEFORE:
                return "by";
            case ON_OR_AFTER:
                return "since";
            case LESS_THAN:
                return "less than";
            case MORE_THAN:
                return "more than";
            case EQUAL_OR_LESS:
                return "at most";
            case EQUAL_OR_MORE:
                return "at least";
            case START:
                return "early";
            case MID:
                return "mid";
            case END:
                return "late";
            case APPROX:
                return "about";
            default:
                throw new AssertionError(m);
        }
    }

    private static String ordinal(int n) {
        int last = Math.floorMod(n, 10);
        if (Math.floorMod(n, 100) / 10 == 1 || last == 0 || last > 3) {
            return n + "th";
        }
        return n + (last == 1 ? "st" : last == 2 ? "nd" : "rd");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

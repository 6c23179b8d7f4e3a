package org.chronoline.resolve;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chronoline.model.Granularity;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.TimeType;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.Direction;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Unit;
import org.chronoline.temporal.Timex;

/**
 * What kind of time an expression names, read from its {@link TimeSpec} and its own words alone: a
 * bare clock time, a bare weekday, a month with no year, a count of calendar units, "that night".
 * Static helpers for {@link ResolutionPass} and {@link Surroundings}.
 *
 * <p>Stateless, holding only compiled patterns: immutable and thread-safe.
 */
final class Specs {

    /** "A couple of days": two, as TimeML counts them. */
    private static final Pattern COUPLE = Pattern.compile("(?:(?:about|some|nearly|almost|roughly)\\s+)?a\\s+couple\\b",
            Pattern.CASE_INSENSITIVE);
    /** A count that gives no number: "a few hours later", "several minutes after". */
    private static final Pattern VAGUE_COUNT = Pattern.compile(
            "(?:(?:about|some|nearly|almost|roughly)\\s+)?(?:a\\s+few|a\\s+couple|several|some|many|few|hours|minutes)\\b",
            Pattern.CASE_INSENSITIVE);

    private Specs() {
    }

    /** What a spec says without its qualifiers ("until Tuesday" is "Tuesday"). */
    static TimeSpec unqualified(TimeSpec spec) {
        while (spec instanceof TimeSpec.Qualified q) {
            spec = q.inner();
        }
        return spec;
    }

    /** A clock time with no day of its own ("at 10 p.m.", "about 4:30"). */
    static boolean isBareClock(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.ClockTime c && c.day() == null;
    }

    /** A clock time with a day of its own ("7 p.m. Saturday", "5 p.m. EST, Nov. 6"). */
    static boolean isClockOfDay(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.ClockTime c && c.day() != null;
    }

    /** A part of a day told of the day last named ("at dawn", "by nightfall"). */
    static boolean isDawnOrDusk(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.PartOfDay p && p.day() instanceof TimeSpec.Anaphoric a
                && a.offset() == 0;
    }

    /** "tonight": the night of the day of publication. */
    static boolean isTonight(TimeSpec spec) {
        return spec instanceof TimeSpec.PartOfDay p && p.part() == TimeSpec.DayPart.NIGHT
                && p.day() instanceof TimeSpec.DeicticDay d && d.offset() == 0;
    }

    /** A weekday with no direction of its own ("Tuesday", "until Tuesday"). */
    static boolean isBareWeekday(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.RelativeWeekday w && w.direction() == Direction.BARE;
    }

    /** The weekday of a bare weekday or of a part or an hour of one ({@link #isOnBareWeekday}). */
    static DayOfWeek weekdayOf(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        TimeSpec day = s instanceof TimeSpec.PartOfDay p ? p.day() : s instanceof TimeSpec.ClockTime c ? c.day() : s;
        return ((TimeSpec.RelativeWeekday) unqualified(day)).weekday();
    }

    /** A bare weekday, or a part or an hour of one ("Tuesday morning", "6 a.m. Monday"). */
    static boolean isOnBareWeekday(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        return isBareWeekday(s) || s instanceof TimeSpec.PartOfDay p && p.day() != null && isBareWeekday(p.day())
                || s instanceof TimeSpec.ClockTime c && c.day() != null && isBareWeekday(c.day());
    }

    /** "The same day", "that night": the day or part of day of a date named before. */
    static boolean isSameAs(TimeSpec spec) {
        TimeSpec u = unqualified(spec);
        if (u instanceof TimeSpec.PartOfDay p) {
            u = p.day();
        }
        return u instanceof TimeSpec.Anaphoric a && a.offset() == 0 && !a.comparative() && a.unit() == Unit.DAY;
    }

    /** "The year", "the quarter", "the second half of the year": in the same period as one named before. */
    static boolean isSamePeriod(TimeSpec spec) {
        TimeSpec u = unqualified(spec);
        return u instanceof TimeSpec.Anaphoric a && a.offset() == 0 && !a.comparative()
                && (a.unit() == Unit.YEAR || a.unit() == Unit.QUARTER)
                || u instanceof TimeSpec.YearPart p && p.direction() == Direction.SAME;
    }

    /**
     * The part of "that night", "that same morning", "the same evening": a part of a day named before;
     * {@code null} for others ("in the morning", "by late afternoon" are of the day last named).
     */
    static TimeSpec.DayPart thatPart(Timex t) {
        if (!(unqualified(t.spec()) instanceof TimeSpec.PartOfDay p) || !(p.day() instanceof TimeSpec.Anaphoric a)
                || a.offset() != 0 || a.counted() || p.part() == TimeSpec.DayPart.DAYTIME
                || p.part() == TimeSpec.DayPart.OVERNIGHT) {
            return null;
        }
        String words = t.text().toLowerCase(Locale.ROOT);
        return words.startsWith("that") || words.startsWith("the same") ? p.part() : null;
    }

    /** A day written with its month ("June 10", "12:15 p.m. Thursday, June 10"). */
    static boolean namesMonthDay(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        if (s instanceof TimeSpec.ClockTime c && c.day() != null) {
            s = unqualified(c.day());
        }
        return s instanceof TimeSpec.CalendarDate d && d.month() != null && d.day() != null;
    }

    /** A day of the year with no year: "Dec. 24", "Christmas Eve", "Thanksgiving", "Easter". */
    static boolean isYearlessDay(TimeSpec spec) {
        return spec instanceof TimeSpec.CalendarDate c && c.year() == null && c.month() != null && c.day() != null
                || spec instanceof TimeSpec.FixedHoliday h && h.year() == null
                || spec instanceof TimeSpec.NthWeekday n && n.year() == null
                || spec instanceof TimeSpec.EasterDay e && e.year() == null;
    }

    /** A month, or a month and day, with no year ("April 15", "in April"). */
    static boolean isYearlessDate(TimeSpec spec) {
        return spec instanceof TimeSpec.CalendarDate c && c.year() == null && c.month() != null
                || spec instanceof TimeSpec.YearPart p && p.kind() == PartKind.MONTH && p.year() == null
                        && p.direction() == Direction.BARE;
    }

    /** A month or day without a year ("October", "early Oct. 3"), or "this year" ("year-end"), given {@code year}. */
    static TimeSpec withYear(TimeSpec spec, int year) {
        if (spec instanceof TimeSpec.Qualified q) {
            return new TimeSpec.Qualified(q.qualifier(), withYear(q.inner(), year));
        }
        if (spec instanceof TimeSpec.CalendarDate c) {
            return new TimeSpec.CalendarDate(year, c.month(), c.day(), false, c.weekday());
        }
        if (spec instanceof TimeSpec.YearPart p) {
            return new TimeSpec.YearPart(p.kind(), p.index(), year, p.direction());
        }
        if (spec instanceof TimeSpec.RelativeUnit r && r.unit() == Unit.YEAR && Integer.valueOf(0).equals(r.offset())) {
            return new TimeSpec.CalendarDate(year, null, null, false); // "year-end": the end of this year
        }
        return spec;
    }

    /**
     * A count of calendar units that may date something: "two days", not "two business days" (which
     * skip weekends), "two and a half days", "the past two days" or "four seasons" (of play).
     */
    static boolean isCalendarCount(Timex t) {
        if (!(t.spec() instanceof TimeSpec.Duration d) || d.amount() == null || d.plusHalf() || d.toward() != 0) {
            return false;
        }
        String words = t.text().toLowerCase(Locale.ROOT);
        // "may compete in four seasons": how many seasons of play, not a stretch of the calendar
        return !words.contains("trading") && !words.contains("business") && !words.contains("working")
                && !words.endsWith("seasons");
    }

    /**
     * "Twenty minutes later", "an hour earlier": a count of hours, minutes or seconds from a time named
     * before, with the count given ("hours later" is a vague duration of its own).
     */
    static boolean isClockCount(Timex t) {
        return unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.counted() && a.offset() != 0
                && a.unit().compareTo(Unit.HOUR) <= 0 && !VAGUE_COUNT.matcher(t.text()).lookingAt();
    }

    /** A count of days or more with no number ("a few days later", "several weeks earlier"). */
    static boolean isVagueCount(Timex t) {
        return unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.counted() && a.offset() != 0
                && a.unit().compareTo(Unit.DAY) >= 0 && VAGUE_COUNT.matcher(t.text()).lookingAt()
                && !COUPLE.matcher(t.text()).lookingAt();
    }

    /** The length an anaphoric count gives ("two days" of "two days after the vote"). */
    static TimeSpec.Duration lengthOf(TimeSpec.Anaphoric a) {
        return new TimeSpec.Duration(a.unit(), Math.abs(a.offset()), false, 0);
    }

    /**
     * Whether {@code t} is a trading day counted back ("after slipping 0.4 percent in the previous
     * session"): what a market report measures the day from, not a happening of the story, so a bare
     * clock time later on ("The rand weakened by 5 p.m.") is not of that day.
     */
    static boolean isSessionBefore(Timex t) {
        return t.spec() instanceof TimeSpec.Anaphoric a && a.workdays() && a.offset() < 0;
    }

    /** A recurrence of whole days: a weekday, the weekdays, the weekend, every day. */
    static boolean isDaySet(TimeSpec.Recurrence r) {
        return r.part() == null && (r.weekday() != null || r.workdays()
                || r.unit() == Unit.DAY && r.period() == 1 || r.unit() == Unit.WEEKEND);
    }

    /** Whether {@code r} is one whole day ("Sunday", "today", "Oct. 3"). */
    static boolean isDay(ResolvedTime r) {
        return r != null && r.isAnchored() && r.type() == TimeType.DATE && r.granularity() == Granularity.DAY;
    }
}

package org.chronoline.temporal;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.chronoline.model.Modifier;

/**
 * What a temporal expression's words specify, before resolution: a typed value, one record per
 * case, that may be partial ("October 6"), relative to the publication time ("last week") or to an
 * earlier mention ("the next day").
 *
 * <p>The resolver dispatches on the case with a {@link Visitor}; nothing is ever encoded into a string
 * and split apart again. Every record is immutable and thread-safe.
 */
public sealed interface TimeSpec permits TimeSpec.CalendarDate, TimeSpec.ClockTime, TimeSpec.RelativeWeekday,
        TimeSpec.NthWeekday, TimeSpec.DeicticDay, TimeSpec.RelativeUnit, TimeSpec.Anaphoric, TimeSpec.YearPart, TimeSpec.RelativeYearPart, TimeSpec.Era,
        TimeSpec.PartOfDay, TimeSpec.Duration, TimeSpec.Recurrence, TimeSpec.Reference, TimeSpec.Qualified,
        TimeSpec.Range, TimeSpec.PeriodOf, TimeSpec.EasterDay, TimeSpec.FixedHoliday, TimeSpec.CalendarFeast, TimeSpec.Shifted,
        TimeSpec.WeekdayFrom, TimeSpec.ReportedPeriod, TimeSpec.DirectedDay, TimeSpec.Semester {

    /** Calls the visitor method for this case. */
    <R> R accept(Visitor<R> visitor);

    /** One method per case; the compiler checks that a visitor handles them all. */
    interface Visitor<R> {
        R calendarDate(CalendarDate spec);

        R clockTime(ClockTime spec);

        R relativeWeekday(RelativeWeekday spec);

        R nthWeekday(NthWeekday spec);

        R deicticDay(DeicticDay spec);

        R relativeUnit(RelativeUnit spec);

        R anaphoric(Anaphoric spec);

        R yearPart(YearPart spec);

        R relativeYearPart(RelativeYearPart spec);

        R era(Era spec);

        R partOfDay(PartOfDay spec);

        R duration(Duration spec);

        R recurrence(Recurrence spec);

        R reference(Reference spec);

        R qualified(Qualified spec);

        R range(Range spec);

        R periodOf(PeriodOf spec);

        R easterDay(EasterDay spec);

        R shifted(Shifted spec);

        R weekdayFrom(WeekdayFrom spec);

        R reportedPeriod(ReportedPeriod spec);

        R fixedHoliday(FixedHoliday spec);

        R calendarFeast(CalendarFeast spec);

        R directedDay(DirectedDay spec);

        R semester(Semester spec);
    }

    /** Whether a spec names a day of the year: a month and day ("Oct. 6") or a holiday. */
    private static boolean isYearlyDay(TimeSpec spec) {
        return spec instanceof CalendarDate d ? d.month() != null && d.day() != null
                : spec instanceof NthWeekday || spec instanceof EasterDay || spec instanceof FixedHoliday
                        || spec instanceof CalendarFeast;
    }

    /**
     * What a day can be counted from: a day that comes once a year, a weekday ("Tuesday", "last
     * Friday"), "today", or a month named by its direction ("next month", from its first day).
     */
    private static boolean isNamedDay(TimeSpec spec) {
        return isYearlyDay(spec) || spec instanceof RelativeWeekday || spec instanceof DeicticDay
                || spec instanceof RelativeUnit u && u.unit() == Unit.MONTH && u.offset() != null && !u.counted();
    }

    /** Calendar units, as used by offsets, durations and recurrences. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
        WEEK("W", false), MONTH("M", false), QUARTER("Q", false), HALF("H", false), SEASON("S", false),
        YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        private final String designator;
        private final boolean timePart;

        Unit(String designator, boolean timePart) {
            this.designator = designator;
            this.timePart = timePart;
        }

        /** The ISO-8601 / TIMEX3 duration designator ({@code D}, {@code W}, {@code DE}). */
        public String designator() {
            return designator;
        }

        /** Whether durations in this unit are written after the {@code T} ({@code PT5H}). */
        public boolean timePart() {
            return timePart;
        }
    }

    /** Which occurrence a relative name means: "Tuesday", "last Tuesday", "this Tuesday", "next Tuesday". */
    enum Direction {
        /** No direction word: the tense of the clause decides. */
        BARE,
        LAST,
        THIS,
        NEXT,
        /** "the following Monday", "the following spring": the first one after the date the text last named. */
        FOLLOWING,
        /** "the previous Friday", "the preceding summer": the last one before the date the text last named. */
        PRECEDING,
        /** "that summer", "that same December": the one in the year of the date the text last named. */
        SAME;

        /** Whether the word counts from the date the text last named rather than from publication. */
        public boolean anaphoric() {
            return this == FOLLOWING || this == PRECEDING || this == SAME;
        }

        /** Which way the word points: -1 back, 1 ahead, 0 neither ("this", no word). */
        public int sign() {
            return switch (this) {
                case LAST, PRECEDING -> -1;
                case NEXT, FOLLOWING -> 1;
                case THIS, BARE, SAME -> 0;
            };
        }
    }

    /** The named parts of a year. */
    enum PartKind {
        MONTH(12), SEASON(4), QUARTER(4), HALF(2);

        private final int count;

        PartKind(int count) {
            this.count = count;
        }

        /** How many of them a year has. */
        public int count() {
            return count;
        }
    }

    /** Parts of a day, with their TIMEX3 codes. */
    enum DayPart {
        MORNING("MO"), AFTERNOON("AF"), EVENING("EV"), NIGHT("NI"), DAYTIME("DT"),
        /** The night around publication: the one before it when told in the past. */
        OVERNIGHT("NI");

        private final String code;

        DayPart(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The three vague references of TIMEX3. */
    enum RefKind {
        PAST("PAST_REF"), PRESENT("PRESENT_REF"), FUTURE("FUTURE_REF");

        private final String value;

        RefKind(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /**
     * How words around a time qualify it. Each maps to a TIMEX3 {@code mod} (or none) and tells the
     * resolver how to narrow or open the range.
     */
    enum Qualifier {
        /** "early December": the first third. */
        EARLY(Modifier.START),
        /** "mid-December", "the middle of": the middle third. */
        MID(Modifier.MID),
        /** "late December": the last third. */
        LATE(Modifier.END),
        /** "the start of", "the beginning of". */
        START_OF(Modifier.START),
        /** "the first half of the 1990s": the first half of a period longer than a year. */
        FIRST_HALF(Modifier.START),
        /** "the second half of the 1990s", "the last half of the '80s". */
        SECOND_HALF(Modifier.END),
        /** "the end of". */
        END_OF(Modifier.END),
        /** "earlier this month": the part of the period up to the reference day; TIMEX3 has no mod for it. */
        EARLIER(null),
        /** "later this year": the part of the period from the reference day on. */
        LATER(null),
        /** "about", "around", "nearly", "almost". */
        APPROX(Modifier.APPROX),
        /** "more than", "over". */
        MORE_THAN(Modifier.MORE_THAN),
        /** "less than", "under". */
        LESS_THAN(Modifier.LESS_THAN),
        /** "at least". */
        AT_LEAST(Modifier.EQUAL_OR_MORE),
        /** "at most", "up to". */
        AT_MOST(Modifier.EQUAL_OR_LESS),
        /** "by October 3": no later than; the word is outside the TIMEX3 extent. */
        BY(Modifier.ON_OR_BEFORE),
        /** "until", "through": up to and including. */
        UNTIL(Modifier.ON_OR_BEFORE),
        /** "since January 2023": from then to the reference time. */
        SINCE(Modifier.ON_OR_AFTER),
        /** "before". */
        BEFORE(Modifier.BEFORE),
        /** "after". */
        AFTER(Modifier.AFTER);

        private final Modifier mod;

        Qualifier(Modifier mod) {
            this.mod = mod;
        }

        /** The TIMEX3 mod, or {@code null} when TimeML has none for it. */
        public Modifier mod() {
            return mod;
        }
    }

    /**
     * A calendar date with optional parts: "September 8, 2025", "October 6", "2023", "11/02/89".
     *
     * @param year      the year, or {@code null}
     * @param month     1..12, or {@code null}
     * @param day       1..31, or {@code null}
     * @param shortYear whether the year was written with two digits (its century is inferred)
     * @param weekday   the weekday written with it ("Saturday, April 25"), which picks the year, or {@code null}
     */
    record CalendarDate(Integer year, Integer month, Integer day, boolean shortYear, DayOfWeek weekday)
            implements TimeSpec {
        public CalendarDate {
            if (year == null && month == null && day == null) {
                throw new IllegalArgumentException("a calendar date needs at least one part");
            }
        }

        /** A date without a weekday. */
        public CalendarDate(Integer year, Integer month, Integer day, boolean shortYear) {
            this(year, month, day, shortYear, null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.calendarDate(this);
        }
    }

    /**
     * A time of day, on a day given by {@code day} or, when it is {@code null}, the reference day:
     * "10:30 a.m.", "02/19/1998 08:02:00".
     */
    record ClockTime(TimeSpec day, int hour, int minute, Integer second) implements TimeSpec {
        public ClockTime {
            if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
                throw new IllegalArgumentException("no such time " + hour + ":" + minute);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clockTime(this);
        }
    }

    /** A weekday: "Tuesday", "last Friday", "next Monday". */
    record RelativeWeekday(DayOfWeek weekday, Direction direction) implements TimeSpec {
        public RelativeWeekday {
            Objects.requireNonNull(weekday, "weekday");
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relativeWeekday(this);
        }
    }

    /**
     * The n-th weekday of a month, as holidays that move are defined: Thanksgiving is the fourth
     * Thursday of November ({@code nth} -1: the last one, as Memorial Day), and a number of days
     * after it: U.S. Election Day is the day after the first Monday of November.
     */
    record NthWeekday(int month, DayOfWeek weekday, int nth, int plusDays, Integer year) implements TimeSpec {
        public NthWeekday {
            Objects.requireNonNull(weekday, "weekday");
            if (month < 1 || month > 12 || nth == 0 || nth < -1 || nth > 5 || Math.abs(plusDays) > 31) {
                throw new IllegalArgumentException("no such weekday of a month: " + nth + " " + weekday + " of " + month
                        + " + " + plusDays);
            }
        }

        /** The n-th weekday itself. */
        public NthWeekday(int month, DayOfWeek weekday, int nth, Integer year) {
            this(month, weekday, nth, 0, year);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nthWeekday(this);
        }
    }

    /** "yesterday" (-1), "today" (0), "tomorrow" (1), relative to the publication day. */
    record DeicticDay(int offset) implements TimeSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deicticDay(this);
        }
    }

    /**
     * A period counted from the publication time: "last week" (WEEK, -1), "this year" (YEAR, 0),
     * "two weekends ago" (WEEKEND, -2), "three years from now" (YEAR, 3).
     *
     * @param unit   the unit counted
     * @param offset signed count of units, or {@code null} for a vague count ("several years ago")
     * @param future for a vague count, whether it points forward
     * @param counted whether the words count back or ahead ("a year ago") rather than name the
     *                calendar period before or after ("last year")
     */
    record RelativeUnit(Unit unit, Integer offset, boolean future, boolean counted) implements TimeSpec {
        public RelativeUnit {
            Objects.requireNonNull(unit, "unit");
        }

        /** A calendar period named by direction ("last year", "next week"). */
        public RelativeUnit(Unit unit, Integer offset, boolean future) {
            this(unit, offset, future, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relativeUnit(this);
        }
    }

    /**
     * A period counted from the last suitable time mentioned before: "the next day" (DAY, 1),
     * "two days later" (DAY, 2), "the day before" (DAY, -1), "that week" / "the same weekend" (…, 0).
     *
     * @param unit   the unit counted
     * @param offset how many units after (positive) or before (negative)
     * @param period      the period the words name, when it is not the unit: "the year-ago quarter" is
     *                    a quarter counted back a year (QUARTER), or {@code null}
     * @param comparative whether the words compare with the period being reported on, as the
     *                    financial "year-ago" and "year-earlier" do: counted from a time the text names
     *                    within the year up to publication, not from a forecast or an older period
     * @param counted     whether the words count units ("a week later", "two weeks after") rather than
     *                    name a period ("the following week"): a week counted from a day lands on a day
     * @param workdays    whether the days counted are working days, Monday to Friday ("the previous
     *                    session" of a market, said on a Monday, is the Friday before)
     */
    record Anaphoric(Unit unit, int offset, Unit period, boolean comparative, boolean counted, boolean workdays)
            implements TimeSpec {
        public Anaphoric {
            Objects.requireNonNull(unit, "unit");
            if (workdays && unit != Unit.DAY) {
                throw new IllegalArgumentException("only days are counted as working days, not " + unit);
            }
        }

        /** A period counted in calendar units. */
        public Anaphoric(Unit unit, int offset, Unit period, boolean comparative, boolean counted) {
            this(unit, offset, period, comparative, counted, false);
        }

        /** A period named in its own unit ("the next day", "that week"). */
        public Anaphoric(Unit unit, int offset) {
            this(unit, offset, null, false, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anaphoric(this);
        }
    }

    /**
     * A named part of a year: a month ("August", "last March", "January 2023"), a season ("this
     * fall"), a quarter ("the third quarter", "Q3 2025") or a half ("the first half of 2025").
     *
     * @param kind      which kind of part
     * @param index     1-based: month 1..12; season 1..4 = spring, summer, fall, winter; quarter 1..4; half 1..2
     * @param year      the year given, or {@code null}; below 100 a two-digit year ("Q3'25") whose
     *                  century the resolver supplies
     * @param direction the direction word, {@link Direction#BARE} if none
     */
    record YearPart(PartKind kind, int index, Integer year, Direction direction) implements TimeSpec {
        public YearPart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(direction, "direction");
            if (index < 1 || index > kind.count()) {
                throw new IllegalArgumentException(kind + " index out of range: " + index);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.yearPart(this);
        }
    }

    /**
     * A named part of a year counted from the publication year: "June last year" (MONTH, 6, -1),
     * "this year's third quarter" (QUARTER, 3, 0), "the first quarter of next year" (QUARTER, 1, 1).
     */
    record RelativeYearPart(PartKind kind, int index, int yearOffset) implements TimeSpec {
        public RelativeYearPart {
            Objects.requireNonNull(kind, "kind");
            if (index < 1 || index > kind.count()) {
                throw new IllegalArgumentException(kind + " index out of range: " + index);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relativeYearPart(this);
        }
    }

    /**
     * A decade or century: "the 1990s" (DECADE, 199), "the '90s" (DECADE, 9, shortForm), "the 20th
     * century" (CENTURY, 19).
     */
    record Era(Unit unit, int value, boolean shortForm) implements TimeSpec {
        public Era {
            if (unit != Unit.DECADE && unit != Unit.CENTURY) {
                throw new IllegalArgumentException("an era is a decade or a century, not " + unit);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.era(this);
        }
    }

    /** A part of a day: "Tuesday night", "this morning", "tonight"; {@code day} null means the reference day. */
    record PartOfDay(TimeSpec day, DayPart part) implements TimeSpec {
        public PartOfDay {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.partOfDay(this);
        }
    }

    /**
     * An amount of time: "three years" (YEAR, 3), "several years" (YEAR, null: {@code PXY}),
     * "2 1/2 years" and "a year and a half" (YEAR, 2 or 1, plus a half: {@code P2Y6M}), "two hours and
     * 15 minutes" (HOUR, 2, with the rest MINUTE, 15: {@code PT2H15M}).
     *
     * @param toward which way from publication the amount lies when the words say so: -1 for "the
     *               past three years", 1 for "the next six months", 0 for an amount anywhere
     * @param rest   the smaller amount written after this one in a compound amount ("2 hours, 9
     *               minutes, 14 seconds": 9 minutes, whose rest is 14 seconds), or {@code null}
     */
    record Duration(Unit unit, Integer amount, boolean plusHalf, int toward, Duration rest) implements TimeSpec {
        private static final Set<Unit> COMPOUNDABLE = EnumSet.of(Unit.SECOND, Unit.MINUTE,
                Unit.HOUR, Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR);

        public Duration {
            Objects.requireNonNull(unit, "unit");
            if (plusHalf && amount == null) {
                throw new IllegalArgumentException("a half more needs a counted amount");
            }
            if (toward < -1 || toward > 1) {
                throw new IllegalArgumentException("toward is -1, 0 or 1, not " + toward);
            }
            if (rest != null && (amount == null || plusHalf || rest.amount() == null || rest.plusHalf()
                    || rest.unit().compareTo(unit) >= 0
                    || !COMPOUNDABLE.contains(unit) || !COMPOUNDABLE.contains(rest.unit()))) {
                // "three days, two weeks" is a list, not one amount
                throw new IllegalArgumentException("not a compound amount: " + amount + " " + unit + " and " + rest);
            }
        }

        /** An amount that lies one way from publication, or anywhere. */
        public Duration(Unit unit, Integer amount, boolean plusHalf, int toward) {
            this(unit, amount, plusHalf, toward, null);
        }

        /** An amount anywhere in time. */
        public Duration(Unit unit, Integer amount, boolean plusHalf) {
            this(unit, amount, plusHalf, 0);
        }

        /** A whole number of units, or a vague one. */
        public Duration(Unit unit, Integer amount) {
            this(unit, amount, false, 0);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.duration(this);
        }
    }

    /**
     * A recurring time: "every Tuesday" (weekday), "monthly" (unit MONTH), "twice a year" (unit YEAR,
     * times 2), "Tuesday nights" (weekday and part).
     *
     * @param unit    the period of recurrence, or {@code null} when a weekday gives it
     * @param period  how many units make one period ("every two years": 2)
     * @param weekday the weekday, or {@code null}
     * @param part    the part of day, or {@code null}
     * @param times   how many times per period, or {@code null}
     * @param every   whether the text says "every"/"each" (TIMEX3 quant EVERY)
     * @param month   the month of every year ("each July"), or {@code null}
     * @param day     the day of that month ("every June 12"), or {@code null}
     * @param season  the season of every year, 1 to 4 for spring to winter ("every summer"), or {@code null}
     * @param workdays whether it recurs on the weekdays, Monday to Friday ("open weekdays")
     */
    record Recurrence(Unit unit, int period, DayOfWeek weekday, DayPart part, Integer times, boolean every,
            Integer month, Integer day, Integer season, boolean workdays) implements TimeSpec {
        public Recurrence {
            if (period < 1) {
                throw new IllegalArgumentException("period must be positive: " + period);
            }
            if (unit == null && weekday == null && part == null && month == null && season == null && !workdays) {
                throw new IllegalArgumentException("a recurrence needs a unit, a weekday, a part of day, a month or a season");
            }
            if (month != null && (month < 1 || month > 12)) {
                throw new IllegalArgumentException("month out of range: " + month);
            }
            if (day != null && (month == null || day < 1 || day > 31)) {
                throw new IllegalArgumentException("a day needs a month and lies in 1 to 31: " + day);
            }
            if (season != null && (season < 1 || season > 4)) {
                throw new IllegalArgumentException("season out of range: " + season);
            }
        }

        /** A recurrence that names no month or season. */
        public Recurrence(Unit unit, int period, DayOfWeek weekday, DayPart part, Integer times, boolean every) {
            this(unit, period, weekday, part, times, every, null, null, null, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recurrence(this);
        }
    }

    /** "recently" (PAST_REF), "now" (PRESENT_REF), "in the future" (FUTURE_REF). */
    record Reference(RefKind kind) implements TimeSpec {
        public Reference {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reference(this);
        }
    }

    /** A time qualified by words around it: "early December", "since January 2023", "about three years". */
    record Qualified(Qualifier qualifier, TimeSpec inner) implements TimeSpec {
        public Qualified {
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(inner, "inner");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.qualified(this);
        }
    }

    /**
     * A span of calendar dates written as one expression: "2009-2010", "Oct. 6-7", "October 30 -
     * November 2, 2025". The end takes the parts it leaves out from the start: in "Oct. 6-7" the end
     * is the 7th of the same month and year.
     *
     * @param from the first date
     * @param to   the last date, with the parts written at the end
     */
    record Range(CalendarDate from, CalendarDate to) implements TimeSpec {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.weekday() != null || from.weekday() != null) {
                throw new IllegalArgumentException("a range of dates with weekdays");
            }
            if ((to.day() == null) != (from.day() == null)
                    || (to.month() == null && to.day() == null && from.month() != null)) {
                throw new IllegalArgumentException("a range whose ends are of different precision");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.range(this);
        }
    }

    /**
     * A day counted from another day the text names: "two days after Oct. 6", "a week before
     * Christmas", "the day before last Tuesday", "a year ago today".
     *
     * @param base   the day counted from: a calendar date with month and day, a holiday, a weekday or
     *               a deictic day; or a period, counted from its first day ("the first week of next
     *               month" is in the week of its fourth), or after a feast of several days, from its last
     * @param unit   what is counted: days, weeks, months or years
     * @param offset how many, negative before the base
     */
    record Shifted(TimeSpec base, Unit unit, int offset) implements TimeSpec {
        public Shifted {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(unit, "unit");
            if (!isNamedDay(base)) {
                throw new IllegalArgumentException("a day counted from another needs a day: " + base);
            }
            if (unit != Unit.DAY && unit != Unit.WEEK && unit != Unit.MONTH && unit != Unit.YEAR) {
                throw new IllegalArgumentException("a day is counted in days, weeks, months or years, not " + unit);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shifted(this);
        }
    }

    /**
     * A weekday counted from a day the text names: "the Tuesday after Labor Day", "the Friday before
     * Christmas", "the Monday after Oct. 6": the first such weekday after the day, or the last before
     * it, never the day itself.
     *
     * @param base    the day counted from: a calendar date with month and day, or a holiday
     * @param weekday the weekday meant
     * @param after   whether it follows the day rather than precedes it
     */
    record WeekdayFrom(TimeSpec base, DayOfWeek weekday, boolean after) implements TimeSpec {
        public WeekdayFrom {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(weekday, "weekday");
            if (!isYearlyDay(base) && !(base instanceof DeicticDay)) {
                throw new IllegalArgumentException("a weekday counted from a day needs a day: " + base);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.weekdayFrom(this);
        }
    }

    /**
     * The period a report is about, in a year the words name: "the 1988 period", "the 1988 quarter"
     * in a report on the third quarter of 1989 is the third quarter of 1988; the year itself when the
     * text reports on no quarter.
     *
     * @param year the year named
     */
    record ReportedPeriod(int year) implements TimeSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reportedPeriod(this);
        }
    }

    /**
     * The week, weekend or year of a day: "the week of March 6", "the weekend of Oct. 4", "Easter week",
     * "Labor Day weekend" (the weekend before a Monday, after a Thursday or Friday), "the week ended
     * Friday", "the week after Thanksgiving", "the new year" (the year of the New Year's Day meant).
     *
     * @param day  the day named: a calendar date with month and day, a holiday or a weekday, or a
     *             day counted from one
     * @param unit {@link Unit#WEEK} for the ISO week, {@link Unit#WEEKEND} or {@link Unit#YEAR}
     */
    record PeriodOf(TimeSpec day, Unit unit) implements TimeSpec {
        public PeriodOf {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(unit, "unit");
            if (!isNamedDay(day) && !(day instanceof Shifted) && !(day instanceof WeekdayFrom)) {
                throw new IllegalArgumentException("the period of a day needs a day: " + day);
            }
            if (unit != Unit.WEEK && unit != Unit.WEEKEND && unit != Unit.YEAR) {
                throw new IllegalArgumentException("the period of a day is its week, weekend or year, not " + unit);
            }
        }

        /** Whether the weekend of the day is meant. */
        public boolean weekend() {
            return unit == Unit.WEEKEND;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.periodOf(this);
        }
    }

    /**
     * A day counted from Easter Sunday, as the movable feasts are: Good Friday is two days before,
     * Pentecost 49 days after.
     *
     * @param plusDays days after Easter Sunday (negative: before)
     * @param year     the year given, or {@code null}
     * @param orthodox whether Easter is the Orthodox one, reckoned on the Julian calendar
     */
    record EasterDay(int plusDays, Integer year, boolean orthodox) implements TimeSpec {
        public EasterDay {
            if (Math.abs(plusDays) > 70) {
                throw new IllegalArgumentException("a feast too far from Easter: " + plusDays);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.easterDay(this);
        }
    }

    /**
     * A holiday on the same day every year: Christmas, Independence Day, Halloween. Unlike a month
     * and day the text writes ("Dec. 25"), the tense decides which year however far it is: "New
     * Year's Day was quiet", said in October, was this January's.
     *
     * @param day  the month and day
     * @param year the year given, or {@code null}
     */
    record FixedHoliday(MonthDay day, Integer year) implements TimeSpec {
        public FixedHoliday {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fixedHoliday(this);
        }
    }

    /**
     * A day that comes once a year, with a direction word: "last Christmas" (the last one before the
     * day of publication), "next Thanksgiving" (the first one after it), "this Easter" (this year's).
     *
     * @param day       the holiday, with no year
     * @param direction {@link Direction#LAST}, {@link Direction#NEXT} or {@link Direction#THIS}
     */
    record DirectedDay(TimeSpec day, Direction direction) implements TimeSpec {
        public DirectedDay {
            Objects.requireNonNull(day, "day");
            if (direction != Direction.LAST && direction != Direction.NEXT && direction != Direction.THIS) {
                throw new IllegalArgumentException("a holiday is last, next or this one, not " + direction);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.directedDay(this);
        }
    }

    /**
     * A school term counted from publication: "last semester" (-1), "this semester" (0), "next
     * semester" (1). Terms are the spring one, January to May, and the fall one, August to December;
     * TimeML writes each as its season.
     *
     * @param offset how many terms from the one under way at publication
     */
    record Semester(int offset) implements TimeSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.semester(this);
        }
    }

    /** The calendars whose feasts fall on a different Gregorian day each year. */
    enum FeastCalendar {
        /** The Islamic calendar, as Umm al-Qura reckons it: month 9 is Ramadan. */
        HIJRI,
        /** The Hebrew calendar, months counted from Nisan: 7 is Tishrei, 12 Adar (Adar II in a leap year). */
        HEBREW,
        /** The Chinese calendar; only its first month is reckoned. */
        CHINESE
    }

    /**
     * A feast of a lunar calendar: Eid al-Fitr, Yom Kippur, Lunar New Year; one kept for several
     * days (Passover, Hanukkah) or a month (Ramadan) is a range of days. Like a holiday, the tense
     * decides which year's.
     *
     * @param calendar the calendar the feast is kept by
     * @param month    its month in that calendar, from 1
     * @param day      its first day in the month, from 1
     * @param days     how many days it is kept, or 0 for the rest of the month
     * @param year     the Gregorian year given, or {@code null}
     */
    record CalendarFeast(FeastCalendar calendar, int month, int day, int days, Integer year) implements TimeSpec {
        public CalendarFeast {
            Objects.requireNonNull(calendar, "calendar");
            if (month < 1 || month > 13 || day < 1 || day > 30 || days < 0 || days > 30) {
                throw new IllegalArgumentException("no such feast day: " + calendar + " " + month + "-" + day
                        + " for " + days + " days");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.calendarFeast(this);
        }
    }
}

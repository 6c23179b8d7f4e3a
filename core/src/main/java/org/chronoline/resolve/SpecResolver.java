package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Tense;
import org.chronoline.model.TimeType;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.Direction;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Qualifier;
import org.chronoline.temporal.TimeSpec.Unit;
import org.threeten.extra.LocalDateRange;

/**
 * The time one expression names, worked out on the calendar from what {@link StandardResolver} has
 * settled about its place in the text: the publication time, the running date a narrative has
 * reached, the tense of the clause, the dates the text named before it (the anchors it may count
 * from) and, in a narrative, the period last named in full. The rules of direction and anchoring it
 * follows are those of {@link StandardResolver}'s class doc. The periods a report is on ("the
 * year-ago quarter") are found by {@link ReportedPeriods}, and the values of amounts of time written
 * by {@link DurationValues}.
 *
 * <p>Made for one expression and used once; not thread-safe (it keeps the tense once asked).
 */
final class SpecResolver implements TimeSpec.Visitor<ResolvedTime> {

    /** A month and day this near the reference keeps its year when the weekday written with it does not match. */
    static final int WEEKDAY_SLIP_DAYS = 60;
    /** How long after its end "this winter", told in the past, is still the season just gone, in days. */
    static final int SEASON_JUST_GONE_DAYS = 45;
    /** How far the tense may move a partial date away from the nearest reading, in days. */
    static final int MAX_TENSE_SHIFT_DAYS = 200;
    /** Before this hour, a clock time after an evening one is of the next day: the small hours. */
    static final int SMALL_HOURS_END = 6;
    private static final int NOON = 12;
    /** The last month of a spring school term and the first of a fall one. */
    private static final int SPRING_TERM_END = 5;
    private static final int FALL_TERM_START = 8;
    /** From this hour on, a clock time is of the evening: "overnight" after it is that night. */
    static final int EVENING_HOUR = 17;
    /**
     * A month and day more than this far ahead is taken from the year before in the past tense,
     * however far back; one nearer may be a slip of the tense cue (a date a week ahead in an article
     * written the day before).
     */
    static final int FAR_AHEAD_DAYS = 30;

    private final SameWeekday sameWeekday;
    private final LocalDateTime refTime;
    private final LocalDate pub;
    private final LocalDate ref;
    private final Supplier<Tense> tenseSource;
    private final List<ResolvedTime> anchors;
    private final String rule;
    /** The date a narrative last named in full, whose running date {@link #ref} is; or null. */
    private final ResolvedTime frame;
    /** The periods a report is on, among {@link #anchors}. */
    private final ReportedPeriods reports;
    private Tense tense;

    SpecResolver(SameWeekday sameWeekday, LocalDateTime refTime, LocalDate running, Tense tense,
                 List<ResolvedTime> anchors, String rule) {
        this(sameWeekday, refTime, running, () -> tense, anchors, rule, null);
    }

    SpecResolver(SameWeekday sameWeekday, LocalDateTime refTime, LocalDate running, Supplier<Tense> tense,
                 List<ResolvedTime> anchors, String rule) {
        this(sameWeekday, refTime, running, tense, anchors, rule, null);
    }

    SpecResolver(SameWeekday sameWeekday, LocalDateTime refTime, LocalDate running, Supplier<Tense> tense,
                 List<ResolvedTime> anchors, String rule, ResolvedTime frame) {
        this.sameWeekday = sameWeekday;
        this.refTime = refTime;
        this.pub = refTime.toLocalDate();
        this.ref = running;
        this.tenseSource = tense;
        this.anchors = anchors;
        this.rule = rule;
        this.frame = frame;
        this.reports = new ReportedPeriods(pub, anchors, rule);
    }

    /** One for the same expression and anchors, told from another time, running date and tense. */
    private SpecResolver moved(LocalDateTime refTime, LocalDate running, Tense tense) {
        return new SpecResolver(sameWeekday, refTime, running, tense, anchors, rule);
    }

    /** The publication day. */
    LocalDate pub() {
        return pub;
    }

    /** The periods a report is on, as they stand before this expression. */
    ReportedPeriods reports() {
        return reports;
    }

    /** The tense of the clause, found the first time a resolution needs it (most do not). */
    Tense tense() {
        if (tense == null) {
            tense = tenseSource.get();
        }
        return tense;
    }

    private Resolution none() {
        return new Resolution(Anchor.NONE, null, rule);
    }

    /** Resolved against {@code anchor}, a time the text named before. */
    private Resolution mentioned(ResolvedTime anchor) {
        return new Resolution(Anchor.PREVIOUS_MENTION, anchor.value(), rule);
    }

    private Resolution publication() {
        return new Resolution(Anchor.PUBLICATION, pub.toString(), rule);
    }

    private Resolution running() {
        return ref.equals(pub) ? publication() : new Resolution(Anchor.PREVIOUS_MENTION, ref.toString(), rule);
    }

    @Override
    public ResolvedTime calendarDate(TimeSpec.CalendarDate d) {
        if (d.year() != null) {
            int year = century(d);
            if (d.month() == null) {
                return Periods.year(year, none());
            }
            if (d.day() == null) {
                return Periods.month(YearMonth.of(year, d.month()), none());
            }
            return Periods.day(LocalDate.of(year, d.month(), d.day()), none());
        }
        if (d.month() == null) {
            return d.weekday() == null ? dayOfMonth(d.day()) : dayOfMonthOn(d.day(), d.weekday());
        }
        if (d.day() == null) {
            return yearPart(new TimeSpec.YearPart(PartKind.MONTH, d.month(), null, Direction.BARE));
        }
        if (frame != null && frame.granularity().compareTo(Granularity.DAY) > 0) {
            // a narrative's running date: "In the spring of 2014 ... on April 14" is April 14, 2014, the
            // story moving on within the period it named (its first year, or its second when the day
            // falls inside it: Jan. 5 in the winter of 2013)
            LocalDate in = dateIn(frame.startDate().getYear(), d.month(), d.day());
            LocalDate second = dateIn(frame.endDate().getYear(), d.month(), d.day());
            if (in.isBefore(frame.startDate()) && !second.isAfter(frame.endDate())) {
                in = second;
            }
            if (d.weekday() == null || in.getDayOfWeek() == d.weekday()) {
                return Periods.day(in, running());
            }
        }
        LocalDate base = ref;
        LocalDate same = dateIn(base.getYear(), d.month(), d.day());
        LocalDate nearest = same;
        long best = Math.abs(same.toEpochDay() - base.toEpochDay());
        for (int dy : new int[] {-1, 1}) {
            LocalDate c = dateIn(base.getYear() + dy, d.month(), d.day());
            long dist = Math.abs(c.toEpochDay() - base.toEpochDay());
            if (dist < best) {
                best = dist;
                nearest = c;
            }
        }
        ResolvedTime last = lastAnchor();
        if (d.weekday() != null && nearest.getDayOfWeek() != d.weekday() && last != null
                && last.granularity().compareTo(Granularity.MONTH) >= 0 && last.granularity() != Granularity.UNSPECIFIED
                && last.startDate().getYear() != base.getYear()) {
            // "A century ago this month ... on Friday, April 3": the year of the period just named, when
            // the weekday written with the date is right for it
            LocalDate then = dateIn(last.startDate().getYear(), d.month(), d.day());
            if (then.getDayOfWeek() == d.weekday()) {
                return Periods.day(then, mentioned(last));
            }
        }
        LocalDate chosen = nearest;
        if (d.weekday() != null && (nearest.getDayOfWeek() == d.weekday()
                || Math.abs(nearest.toEpochDay() - base.toEpochDay()) > WEEKDAY_SLIP_DAYS)) {
            // "Saturday, April 25": the year in which April 25 is a Saturday, nearest first; but
            // "Monday, Oct. 12" written three days before Oct. 15, a Wednesday, is a slip of the
            // weekday (Oct. 12 was a Sunday), not a date a year away
            LocalDate match = null;
            for (int dy : new int[] {0, -1, 1, -2, 2}) {
                LocalDate c = dateIn(nearest.getYear() + dy, d.month(), d.day());
                if (c.getDayOfWeek() == d.weekday()) {
                    match = c;
                    break;
                }
            }
            if (match != null) {
                return Periods.day(match, running());
            }
        }
        // the tense overrides the nearest date only when the date it points to is not far off
        if (tense() == Tense.PAST && nearest.isAfter(base)) {
            LocalDate back = dateIn(nearest.getYear() - 1, d.month(), d.day());
            // a date months ahead told in the past tense is last year's ("the year ended March 31"
            // in November); one a few days ahead may be a slip of the tense cue
            if (base.toEpochDay() - back.toEpochDay() <= MAX_TENSE_SHIFT_DAYS
                    || nearest.toEpochDay() - base.toEpochDay() > FAR_AHEAD_DAYS) {
                chosen = back;
            }
        } else if (tense() == Tense.FUTURE && nearest.isBefore(base)) {
            LocalDate ahead = dateIn(nearest.getYear() + 1, d.month(), d.day());
            if (ahead.toEpochDay() - base.toEpochDay() <= MAX_TENSE_SHIFT_DAYS
                    || base.toEpochDay() - nearest.toEpochDay() > FAR_AHEAD_DAYS) {
                chosen = ahead;
            }
        }
        return Periods.day(chosen, running());
    }

    /**
     * "Monday the sixteenth": that day of the nearest month in which it falls on that weekday, this
     * month first; the day of the month alone when no month within a year has it.
     */
    private ResolvedTime dayOfMonthOn(int day, DayOfWeek weekday) {
        YearMonth month = YearMonth.from(ref);
        for (int k = 0; k <= 12; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                YearMonth m = month.plusMonths((long) k * sign);
                if (m.isValidDay(day) && m.atDay(day).getDayOfWeek() == weekday) {
                    return Periods.day(m.atDay(day), running());
                }
            }
        }
        return dayOfMonth(day);
    }

    /**
     * "On the 4th": the day of this month or the last one in the past tense, of this month or the
     * next in the future tense, the nearer of the two otherwise.
     */
    private ResolvedTime dayOfMonth(int day) {
        ResolvedTime named = lastNamedDay();
        if (named != null && named.granularity().compareTo(Granularity.DAY) <= 0 && !named.startDate().isAfter(pub)
                && tense() != Tense.FUTURE) {
            // "began on June 12 ... at dawn on the 14th": the day of the month nearest the day the text
            // last named, as the story moves on from it, not the publication's month
            LocalDate from = named.startDate();
            LocalDate back = dayOnOrBefore(from, day);
            LocalDate ahead = dayOnOrAfter(from, day);
            boolean nearerAhead = ahead.toEpochDay() - from.toEpochDay() < from.toEpochDay() - back.toEpochDay();
            LocalDate chosen = nearerAhead && !ahead.isAfter(pub) ? ahead : back;
            return Periods.day(chosen, mentioned(named));
        }
        LocalDate base = ref;
        LocalDate back = dayOnOrBefore(base, day);
        LocalDate ahead = dayOnOrAfter(base, day);
        LocalDate chosen = switch (tense()) {
            case PAST -> back;
            case FUTURE -> ahead;
            default -> base.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - base.toEpochDay() ? back : ahead;
        };
        return Periods.day(chosen, running());
    }

    /** Day {@code day} of the latest month that has it on or before {@code from}. */
    private static LocalDate dayOnOrBefore(LocalDate from, int day) {
        LocalDate back = from;
        while (back.lengthOfMonth() < day || back.withDayOfMonth(day).isAfter(from)) {
            back = back.minusMonths(1).withDayOfMonth(1);
        }
        return back.withDayOfMonth(day);
    }

    /** Day {@code day} of the first month that has it on or after {@code from}. */
    private static LocalDate dayOnOrAfter(LocalDate from, int day) {
        LocalDate ahead = from.withDayOfMonth(1);
        while (ahead.lengthOfMonth() < day || ahead.withDayOfMonth(day).isBefore(from)) {
            ahead = ahead.plusMonths(1);
        }
        return ahead.withDayOfMonth(day);
    }

    private LocalDate dateIn(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
            if (month == 2 && day == 29) {
                return ym.atEndOfMonth();
            }
            throw new DateTimeException("no day " + day + " in month " + month);
        }
        return ym.atDay(day);
    }

    /** The century of a two-digit year: the latest one not more than ten years after the reference. */
    private int century(int twoDigits) {
        int c = pub.getYear() / 100 * 100 + twoDigits;
        return c > pub.getYear() + 10 ? c - 100 : c;
    }

    @Override
    public ResolvedTime clockTime(TimeSpec.ClockTime c) {
        LocalDate day = pub;
        Resolution r = publication();
        // a bare clock time belongs to the day last named ("killed Oct. 23 ... at 10 p.m."), but
        // what is ahead or going on is not on a day gone by ("The Oct. 6 arrest drew protests.
        // Polls close at 8 p.m.")
        boolean ahead = c.day() == null && !anchors.isEmpty() && (tense() == Tense.FUTURE || tense() == Tense.PRESENT);
        // nor is what is past on a day ahead ("the meeting is Sept. 6. The rand weakened by 5 p.m.")
        boolean behind = c.day() == null && !anchors.isEmpty() && tense() == Tense.PAST;
        for (int i = anchors.size() - 1; c.day() == null && i >= 0; i--) {
            ResolvedTime prev = anchors.get(i);
            if (prev.value().endsWith("TNI") && c.hour() > NOON && c.hour() < EVENING_HOUR) {
                // "fell sharply Thursday after a jump in yields overnight ... trading ended at 3 p.m.":
                // an afternoon is in no night, but on the day named before it
                continue;
            }
            // a bound ("had burned 12,000 acres by Wednesday morning", "delay the vote until after
            // Thanksgiving") tells when a state held, not the day things happen on: "The fire started
            // around 2:15 a.m." is on the day before
            if ((prev.granularity() == Granularity.DAY || prev.granularity().hasTimeOfDay())
                    && !isBound(prev.modifier()) && !(ahead && prev.startDate().isBefore(pub))
                    && !(behind && prev.startDate().isAfter(pub))) {
                day = prev.startDate();
                r = mentioned(prev);
                if (c.hour() < SMALL_HOURS_END && prev.granularity().hasTimeOfDay() && prev.start() != null
                        && prev.start().getHour() >= EVENING_HOUR
                        || c.hour() <= NOON && prev.value().endsWith("TNI")) {
                    // "stopped the car at 11:41 p.m. ... pronounced dead at 12:20 a.m.": the night went on
                    // into the next day; so does a morning told after a night ("treated 34 people
                    // overnight ... power was back by noon")
                    day = day.plusDays(1);
                }
                break;
            }
        }
        if (c.day() != null) {
            ResolvedTime d = c.day().accept(this);
            if (d.granularity() != Granularity.DAY) {
                throw new IllegalArgumentException("a clock time needs a day, not " + d.value());
            }
            day = d.startDate();
            r = d.resolution();
        }
        if (c.hour() == 24) {
            // "midnight Friday" ends Friday: TimeML writes it T24:00; a midnight told in the past
            // with no day named ("the shooting happened shortly after midnight") is the one that
            // began the day of publication
            if (c.day() == null && r.anchor() == Anchor.PUBLICATION && tense() == Tense.PAST) {
                day = day.minusDays(1);
            }
            return Periods.midnightEnding(day, r);
        }
        return Periods.minute(day.atTime(c.hour(), c.minute(), c.second() == null ? 0 : c.second()), r);
    }

    @Override
    public ResolvedTime relativeWeekday(TimeSpec.RelativeWeekday w) {
        DayOfWeek dow = w.weekday();
        LocalDate base = pub;
        ResolvedTime anchor = w.direction().anaphoric() ? lastNamedDay() : null;
        LocalDate d = switch (w.direction()) {
            // "last Saturday" said on a Sunday is not yesterday, which news calls "Saturday" or
            // "yesterday", but the Saturday of the week before
            case LAST -> base.with(TemporalAdjusters.previous(dow)).equals(base.minusDays(1))
                    ? base.minusDays(8) : base.with(TemporalAdjusters.previous(dow));
            case NEXT -> base.with(TemporalAdjusters.next(dow));
            case THIS -> thisWeekday(base, dow);
            case BARE -> bareWeekday(base, dow);
            case FOLLOWING -> (anchor == null ? base : anchor.endDate()).with(TemporalAdjusters.next(dow));
            case PRECEDING -> (anchor == null ? base : anchor.startDate()).with(TemporalAdjusters.previous(dow));
            case SAME -> thisWeekday(anchor == null ? base : anchor.startDate(), dow);
        };
        return Periods.day(d, anchor != null ? mentioned(anchor)
                : publication());
    }

    /** The last time the text named, or {@code null}. */
    private ResolvedTime lastAnchor() {
        return anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
    }

    /** The last time the text named to a week or better, or {@code null}: what "the following Monday" counts from. */
    private ResolvedTime lastNamedDay() {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            if (anchors.get(i).granularity().compareTo(Granularity.WEEK) <= 0) {
                return anchors.get(i);
            }
        }
        return null;
    }

    /** "This Tuesday": this week's, or the coming one in the future tense when this week's is past. */
    private LocalDate thisWeekday(LocalDate base, DayOfWeek dow) {
        LocalDate d = base.with(dow);
        if (tense() == Tense.FUTURE && d.isBefore(base)) {
            return base.with(TemporalAdjusters.next(dow));
        }
        // "the council met this Friday", said on a Monday: the Friday just gone, not this week's
        return tense() == Tense.PAST && d.isAfter(base) ? base.with(TemporalAdjusters.previous(dow)) : d;
    }

    private LocalDate bareWeekday(LocalDate base, DayOfWeek dow) {
        if (base.getDayOfWeek() == dow) {
            if (tense() == Tense.PAST && sameWeekday == SameWeekday.WEEK_BEFORE_IN_PAST) {
                return base.minusWeeks(1);
            }
            return base;
        }
        // "will meet Friday", "the rally is Saturday": ahead; "met Friday": behind
        if (tense() == Tense.FUTURE || tense() == Tense.PRESENT) {
            return base.with(TemporalAdjusters.next(dow));
        }
        if (tense() == Tense.UNKNOWN) {
            // no cue: the same weekday the text named before, within a week of publication ("the fair
            // returns Saturday ... sunshine and highs in the mid-80s Saturday"), else the last one
            for (int i = anchors.size() - 1; i >= 0; i--) {
                ResolvedTime a = anchors.get(i);
                if (a.granularity().compareTo(Granularity.DAY) <= 0 && a.startDate().getDayOfWeek() == dow
                        && Math.abs(ChronoUnit.DAYS.between(base, a.startDate())) < 7) {
                    return a.startDate();
                }
            }
            for (int i = anchors.size() - 1; i >= 0; i--) {
                ResolvedTime a = anchors.get(i);
                if ((a.granularity() == Granularity.WEEKEND || a.granularity() == Granularity.WEEK)
                        && Math.abs(ChronoUnit.DAYS.between(base, a.startDate())) < 7) {
                    // "one more swing through Iowa this weekend, holding three rallies Saturday and a
                    // town-hall meeting Sunday afternoon": the day of the weekend or week just named
                    LocalDate in = a.startDate().with(TemporalAdjusters.nextOrSame(dow));
                    if (!in.isAfter(a.endDate())) {
                        return in;
                    }
                }
            }
        }
        return base.with(TemporalAdjusters.previous(dow));
    }

    @Override
    public ResolvedTime nthWeekday(TimeSpec.NthWeekday n) {
        return yearlyDay(year -> nthIn(n, year).plusDays(n.plusDays()), n.year());
    }

    @Override
    public ResolvedTime fixedHoliday(TimeSpec.FixedHoliday h) {
        return yearlyDay(year -> h.day().atYear(year), h.year());
    }

    @Override
    public ResolvedTime easterDay(TimeSpec.EasterDay e) {
        return yearlyDay(year -> (e.orthodox() ? Periods.orthodoxEasterSunday(year) : Periods.easterSunday(year))
                .plusDays(e.plusDays()), e.year());
    }

    /**
     * A feast of a lunar calendar, chosen as a holiday is: in the year given, else the one kept
     * last (past tense) or next (future; one being kept is still to be kept), else this year's
     * nearest; a feast of several days is a range of them.
     */
    @Override
    public ResolvedTime calendarFeast(TimeSpec.CalendarFeast f) {
        int year = f.year() != null ? f.year() : ref.getYear();
        List<LocalDateRange> near = new ArrayList<>(4);
        for (int y = year - 1; y <= year + 1; y++) {
            near.addAll(LunarCalendars.occurrences(f, y));
        }
        LocalDateRange chosen = null;
        for (LocalDateRange r : near) {
            LocalDate first = r.getStart();
            boolean better;
            if (f.year() != null) {
                better = chosen == null && first.getYear() == year;
            } else if (tense() == Tense.PAST) {
                better = !first.isAfter(ref);
            } else if (tense() == Tense.FUTURE) {
                better = chosen == null && !r.getEndInclusive().isBefore(ref);
            } else {
                better = first.getYear() == year && (chosen == null || distance(r) < distance(chosen));
            }
            if (better) {
                chosen = r;
            }
        }
        if (chosen == null) {
            throw new DateTimeException("no " + f.calendar() + " feast " + f.month() + "-" + f.day() + " near " + year);
        }
        Resolution r = f.year() != null ? none() : running();
        LocalDate first = chosen.getStart();
        LocalDate last = chosen.getEndInclusive();
        return first.equals(last) ? Periods.day(first, r)
                : ResolvedTime.ofDates(first + "/" + last, first, last, Granularity.DAY, r);
    }

    /** Days from the reference to the nearest day of a range, 0 inside it. */
    private long distance(LocalDateRange r) {
        if (r.contains(ref)) {
            return 0;
        }
        return Math.min(Math.abs(ChronoUnit.DAYS.between(ref, r.getStart())),
                Math.abs(ChronoUnit.DAYS.between(ref, r.getEndInclusive())));
    }

    /**
     * A day that comes once a year (a holiday): in the year given, else this year's, or the
     * one before or after when the tense says the day has passed or is still to come.
     */
    private ResolvedTime yearlyDay(IntFunction<LocalDate> inYear, Integer year) {
        if (year != null) {
            return Periods.day(inYear.apply(year), none());
        }
        LocalDate base = ref;
        LocalDate same = inYear.apply(base.getYear());
        LocalDate chosen = same;
        if (tense() == Tense.PAST && same.isAfter(base)) {
            chosen = inYear.apply(base.getYear() - 1);
        } else if (tense() == Tense.FUTURE && same.isBefore(base)) {
            chosen = inYear.apply(base.getYear() + 1);
        }
        return Periods.day(chosen, running());
    }

    private LocalDate nthIn(TimeSpec.NthWeekday n, int year) {
        YearMonth ym = YearMonth.of(year, n.month());
        if (n.nth() < 0) {
            return ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(n.weekday()));
        }
        LocalDate d = ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n.nth(), n.weekday()));
        if (d.getMonthValue() != n.month()) {
            throw new DateTimeException("no " + n.nth() + "th " + n.weekday() + " in " + ym);
        }
        return d;
    }

    @Override
    public ResolvedTime deicticDay(TimeSpec.DeicticDay d) {
        return Periods.day(pub.plusDays(d.offset()), publication());
    }

    @Override
    public ResolvedTime relativeUnit(TimeSpec.RelativeUnit u) {
        if (u.offset() == null) {
            return Periods.unanchored(u.future() ? "FUTURE_REF" : "PAST_REF", TimeType.DATE, publication());
        }
        if (u.unit() == Unit.YEAR && u.offset() == -1 && u.counted()) {
            // "profit rose in the third quarter from a year ago": the same quarter a year before
            // (the quarter reported on, when the text reports on quarters, else the last quarter or
            // half named); "last year" names the calendar year
            ResolvedTime quarter = reports.reportedQuarterBack(-1);
            if (quarter != null) {
                return quarter;
            }
            for (int i = anchors.size() - 1; i >= 0; i--) {
                ResolvedTime prev = anchors.get(i);
                Granularity g = prev.granularity();
                if ((g == Granularity.QUARTER || g == Granularity.HALF_YEAR || g == Granularity.MONTH)
                        && prev.resolution().anchor() != Anchor.PREVIOUS_MENTION) {
                    if (prev.startDate().isAfter(pub) && tense() == Tense.PAST) {
                        // "raised its forecast for the second half and said orders had doubled from a
                        // year ago": what is told in the past is not a year before a period ahead,
                        // but the year before publication
                        break;
                    }
                    // "prices rose in July, up 6.7 percent from a year ago": July a year back
                    return ReportedPeriods.sameGranularity(prev, -1, mentioned(prev));
                }
            }
        }
        if (u.unit() == Unit.WEEKEND && u.offset() == 0 && tense() == Tense.PAST
                && pub.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
            // "protesters gathered this weekend", said on a Monday: the weekend just gone
            return Periods.weekend(pub.minusWeeks(1), publication());
        }
        return u.counted() ? counted(u.unit(), u.offset(), pub, refTime, publication())
                : shift(u.unit(), u.offset(), pub, refTime, publication());
    }

    @Override
    public ResolvedTime relativeYearPart(TimeSpec.RelativeYearPart p) {
        return part(p.kind(), p.index(), pub.getYear() + p.yearOffset(), publication());
    }

    /**
     * A time counted in units from a base: as {@link #shift}, except that decades and centuries
     * counted land on a year ("a decade ago" said in 1999 is 1989, not the 1980s).
     */
    private ResolvedTime counted(Unit unit, int n, LocalDate base, LocalDateTime baseTime, Resolution r) {
        if (n != 0 && (unit == Unit.DECADE || unit == Unit.CENTURY)) {
            return Periods.year(base.getYear() + n * (unit == Unit.DECADE ? 10 : 100), r);
        }
        return shift(unit, n, base, baseTime, r);
    }

    private ResolvedTime shift(Unit unit, int n, LocalDate base, LocalDateTime baseTime, Resolution r) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> Periods.minute(baseTime.plus(n, chrono(unit)), r);
            case DAY -> Periods.day(base.plusDays(n), r);
            case WEEK -> Periods.week(base.plusWeeks(n), r);
            case WEEKEND -> Periods.weekend(base.plusWeeks(n), r);
            case MONTH -> Periods.month(YearMonth.from(base).plusMonths(n), r);
            case QUARTER -> {
                int q = (base.getMonthValue() - 1) / 3 + n + base.getYear() * 4;
                yield Periods.quarter(Math.floorDiv(q, 4), Math.floorMod(q, 4) + 1, r);
            }
            case HALF -> {
                int h = (base.getMonthValue() - 1) / 6 + n + base.getYear() * 2;
                yield Periods.half(Math.floorDiv(h, 2), Math.floorMod(h, 2) + 1, r);
            }
            case SEASON -> {
                int[] s = Periods.seasonOf(base);
                int idx = s[0] * 4 + s[1] - 1 + n;
                yield Periods.season(Math.floorDiv(idx, 4), Math.floorMod(idx, 4) + 1, r);
            }
            case YEAR -> Periods.year(base.getYear() + n, r);
            case DECADE -> Periods.decade(Math.floorDiv(base.getYear(), 10) + n, r);
            case CENTURY -> Periods.century(Math.floorDiv(base.getYear(), 100) + n, r);
        };
    }

    private ChronoUnit chrono(Unit unit) {
        return switch (unit) {
            case SECOND -> ChronoUnit.SECONDS;
            case MINUTE -> ChronoUnit.MINUTES;
            default -> ChronoUnit.HOURS;
        };
    }

    /** Whether an anaphora names the month or the year with no count ("the end of the month", "the year"). */
    private static boolean namesMonthOrYear(TimeSpec.Anaphoric a) {
        return a.offset() == 0 && !a.comparative() && a.period() == null
                && (a.unit() == Unit.MONTH || a.unit() == Unit.YEAR || a.unit() == Unit.DECADE);
    }

    @Override
    public ResolvedTime anaphoric(TimeSpec.Anaphoric a) {
        ResolvedTime t = calendarAnaphoric(a);
        if (!a.workdays() || t.granularity() != Granularity.DAY || a.offset() == 0) {
            return t;
        }
        // "the previous session", said on a Monday: the Friday before
        LocalDate d = t.startDate();
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(Integer.signum(a.offset()));
        }
        return d.equals(t.startDate()) ? t : Periods.day(d, t.resolution());
    }

    /** An anaphor counted in calendar units. */
    private ResolvedTime calendarAnaphoric(TimeSpec.Anaphoric a) {
        if (namesMonthOrYear(a) && (tense() == Tense.FUTURE || tense() == Tense.PRESENT)) {
            // "the shuttle ends at the end of the month": what is ahead or going on is in this month,
            // not in a month named before ("through Dec. 31"); a past tense may tell of that one
            return counted(a.unit(), 0, pub, refTime, publication());
        }
        // "net for the quarter rose" after "profit in the current quarter should be as strong": the
        // quarter a report tells of in the past is one that has ended
        boolean reported = a.comparative() || a.unit() == Unit.QUARTER && a.offset() == 0 && tense() == Tense.PAST;
        List<ResolvedTime> pool = reported ? reports.reportedPeriods() : anchors;
        if (a.comparative() || (a.unit() == Unit.YEAR && a.offset() == -1)) {
            // "up from $100 million a year earlier", "the year-ago quarter", in a report on the third
            // quarter that also names the second: the latest quarter the text reports on, a year back
            ResolvedTime quarter = reports.reportedQuarterBack(a.offset());
            if (quarter != null) {
                return quarter;
            }
        }
        if (a.period() == Unit.QUARTER && a.unit() == Unit.YEAR) {
            return reports.quarterYearsBack(a, pool);
        }
        ResolvedTime fromLast = fromLastDate(a, pool, reported);
        if (fromLast != null) {
            return fromLast;
        }
        ResolvedTime fromCoarse = countedFromCoarse(a, pool);
        if (fromCoarse != null) {
            return fromCoarse;
        }
        if (a.unit() == Unit.QUARTER && a.offset() == 0) {
            // "the quarter", "the latest quarter" with none named before: the last completed one
            return shift(Unit.QUARTER, -1, pub, refTime, publication());
        }
        if (a.unit() == Unit.WEEKEND && a.offset() == 0) {
            // "the weekend" with nothing before it: the last one, or the next one in the future tense
            LocalDate day = tense() == Tense.FUTURE ? pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            return Periods.weekend(day, publication());
        }
        return counted(a.unit(), a.offset(), pub, refTime, publication());
    }

    /**
     * An anaphor counted from the last date named that is at least as fine as its unit ("that week",
     * "the next day", "a year earlier"); {@code null} when there is none to count from, or when the
     * tense points elsewhere.
     */
    private ResolvedTime fromLastDate(TimeSpec.Anaphoric a, List<ResolvedTime> pool, boolean reported) {
        Granularity needed = granularityOf(a.unit());
        // the start of the latest month named after the day looked at, when that month is over: a story
        // that has moved on to it ("had come ashore ... June 6, 1944. By December his company was dug
        // in") no longer tells of a day before it ("The next morning" is not June 7)
        LocalDate movedOn = null;
        for (int i = pool.size() - 1; i >= 0; i--) {
            ResolvedTime prev = pool.get(i);
            if (needed == Granularity.DAY && !prev.endDate().isAfter(pub) && prev.granularity() == Granularity.MONTH) {
                movedOn = movedOn == null || prev.startDate().isAfter(movedOn) ? prev.startDate() : movedOn;
            }
            if (movedOn != null && prev.granularity().compareTo(Granularity.DAY) <= 0
                    && prev.endDate().isBefore(movedOn)) {
                continue;
            }
            if (a.offset() != 0 && (a.unit() == Unit.HOUR || a.unit() == Unit.MINUTE)
                    && prev.granularity() == Granularity.DAY) {
                // "arrested Oct. 6. 48 hours later, he was freed": Oct. 8, to the day, as the day
                // named gives no hour to count from
                long hours = a.unit() == Unit.HOUR ? a.offset() : a.offset() / 60;
                return Periods.day(prev.startDate().plusDays(hours / 24),
                        mentioned(prev));
            }
            if (a.offset() == 0 && needed == Granularity.DAY && prev.granularity() == Granularity.MONTH
                    && prev.resolution().anchor() == Anchor.NONE) {
                // "In April 1992, a jury acquitted them. Riots broke out that evening": a day of
                // that month, which the text does not name
                return ReportedPeriods.samePeriod(prev, mentioned(prev));
            }
            if (prev.granularity().compareTo(needed) <= 0 && prev.granularity() != Granularity.UNSPECIFIED
                    && !(skipDerived(a, prev) && prev.resolution().anchor() == Anchor.PREVIOUS_MENTION)) {
                Resolution r = mentioned(prev);
                if (a.offset() == 0 && contradictsTense(prev, needed)) {
                    // "protesters gathered over the weekend" after "the mayor speaks this Friday":
                    // not the weekend ahead of that Friday, the one the past tense points to
                    break;
                }
                if (a.offset() == 0 && prev.granularity() == needed) {
                    // "that week", "the same weekend": the very period named before
                    return ReportedPeriods.samePeriod(prev, r);
                }
                if (a.unit() == Unit.YEAR && a.offset() != 0 && (prev.granularity() == Granularity.QUARTER
                        || prev.granularity() == Granularity.HALF_YEAR
                        || prev.granularity() == Granularity.MONTH && a.counted())) {
                    // "a year earlier" after "the third quarter" is the same quarter a year before, and
                    // after "in March 2024" March 2025; "the year before" a month names a year
                    return ReportedPeriods.sameGranularity(prev, a.offset(), r);
                }
                if (a.counted() && a.unit() == Unit.WEEK && prev.granularity().compareTo(Granularity.DAY) <= 0) {
                    // "confirmed on Jan. 21. A week later there were five": Jan. 28, as "a week after
                    // Jan. 21" is, not the week that holds it
                    return Periods.day(prev.startDate().plusWeeks(a.offset()), r);
                }
                if (a.offset() < 0 && !a.counted() && tense() == Tense.PAST && prev.endDate().isAfter(pub)) {
                    // "earnings rose 0.2 percent from the previous month", after "November's figures" are
                    // expected: what is told in the past counts back from a period that has ended
                    continue;
                }
                ResolvedTime c = counted(a.unit(), a.offset(), prev.startDate(), prev.start(), r);
                if (reported && c.endDate().isAfter(pub)) {
                    // "raised $1.3 million during the quarter", after "the Oct. 15 filing deadline": the
                    // quarter reported on has ended; the one that day lies in has not
                    continue;
                }
                return c;
            }
        }
        return null;
    }

    /**
     * "The bridge closed in March. It reopened six weeks later": a count with no date as fine as its
     * unit before it is counted from the middle of the month, quarter, season or year named last, and
     * told to that granularity, not counted from publication; {@code null} when there is none.
     */
    private ResolvedTime countedFromCoarse(TimeSpec.Anaphoric a, List<ResolvedTime> pool) {
        if (a.offset() == 0 || a.unit().compareTo(Unit.DAY) < 0 || a.comparative() || pool.isEmpty()) {
            return null;
        }
        ResolvedTime coarse = pool.get(pool.size() - 1);
        Unit unit = switch (coarse.granularity()) {
            case MONTH -> Unit.MONTH;
            case QUARTER -> Unit.QUARTER;
            case SEASON -> Unit.SEASON;
            case HALF_YEAR -> Unit.HALF;
            case YEAR -> Unit.YEAR;
            default -> null;
        };
        if (unit == null) {
            return null;
        }
        LocalDate middle = coarse.startDate().plusDays(ChronoUnit.DAYS.between(coarse.startDate(), coarse.endDate()) / 2);
        return shift(unit, 0, Periods.plusUnits(middle, a.unit(), a.offset()), refTime, mentioned(coarse));
    }

    /**
     * Whether the period of {@code needed} granularity that holds {@code prev} lies wholly after
     * publication while the clause is in the past tense, or wholly before it in the future tense.
     */
    private boolean contradictsTense(ResolvedTime prev, Granularity needed) {
        LocalDate start = prev.startDate();
        LocalDate end = prev.endDate();
        if (needed == Granularity.WEEKEND) {
            start = start.with(DayOfWeek.SATURDAY);
            end = start.plusDays(1);
        } else if (needed == Granularity.WEEK) {
            start = start.with(DayOfWeek.MONDAY);
            end = end.with(DayOfWeek.SUNDAY);
        }
        return (tense() == Tense.PAST && start.isAfter(pub)) || (tense() == Tense.FUTURE && end.isBefore(pub));
    }

    /**
     * Year shifts and "the quarter" refer to a time the text names, not to one derived by anaphora
     * ("the year" after "a year earlier" in a report); but "that year" after a day or an hour derived
     * from a day named is that day's year ("on July 20, 1969 ... that day ... who was 12 that year",
     * after "had opened the store in 1958").
     */
    private boolean skipDerived(TimeSpec.Anaphoric a, ResolvedTime prev) {
        return a.unit() == Unit.YEAR && (a.offset() != 0 || prev.granularity().compareTo(Granularity.DAY) > 0)
                || (a.unit() == Unit.QUARTER && a.offset() == 0);
    }

    private Granularity granularityOf(Unit unit) {
        return switch (unit) {
            case SECOND -> Granularity.SECOND;
            case MINUTE -> Granularity.MINUTE;
            case HOUR -> Granularity.HOUR;
            case DAY -> Granularity.DAY;
            case WEEKEND -> Granularity.WEEKEND;
            case WEEK -> Granularity.WEEK;
            case MONTH -> Granularity.MONTH;
            case QUARTER -> Granularity.QUARTER;
            case SEASON -> Granularity.SEASON;
            case HALF -> Granularity.HALF_YEAR;
            case YEAR -> Granularity.YEAR;
            case DECADE -> Granularity.DECADE;
            case CENTURY -> Granularity.CENTURY;
        };
    }

    @Override
    public ResolvedTime yearPart(TimeSpec.YearPart p) {
        if (p.year() != null) {
            return part(p.kind(), p.index(), p.year() < 100 ? century(p.year()) : p.year(), none());
        }
        LocalDate base = p.direction() == Direction.BARE ? ref : pub;
        Resolution r = p.direction() == Direction.BARE ? running() : publication();
        if (p.direction().anaphoric()) {
            // "the following spring": counted from the last date the text named
            ResolvedTime anchor = lastAnchor();
            if (anchor != null) {
                base = p.direction() == Direction.FOLLOWING ? anchor.endDate() : anchor.startDate();
                r = mentioned(anchor);
            }
        }
        int y = base.getYear();
        ResolvedTime prev = part(p.kind(), p.index(), y - 1, r);
        ResolvedTime same = part(p.kind(), p.index(), y, r);
        ResolvedTime next = part(p.kind(), p.index(), y + 1, r);
        if (p.kind() == PartKind.SEASON && p.index() == 4 && base.getMonthValue() <= 2) {
            // in January or February the current winter is the one named after last year
            next = same;
            same = prev;
            prev = part(p.kind(), p.index(), y - 2, r);
        }
        // "last February" said in March is a year before the month just ended, which would be
        // "last month"; "next April" said in March is a year after the coming one
        boolean adjacentMonth = p.kind() == PartKind.MONTH && !p.direction().anaphoric()
                && Math.abs(YearMonth.from(base).until(YearMonth.of(y, p.index()), ChronoUnit.MONTHS)) == 1;
        ResolvedTime last = lastAnchor();
        if (p.kind() == PartKind.SEASON && p.direction() == Direction.BARE && tense() == Tense.PAST && last != null
                && last.resolution().anchor() == Anchor.NONE && last.granularity().compareTo(Granularity.MONTH) <= 0
                && last.startDate().getYear() < pub.getYear()) {
            // "struck her at 2:10 a.m. Aug. 14, 2020 ... she was living with her parents for the summer":
            // the season of the date just named in full, when it lies in it
            int named = last.startDate().getYear();
            for (int in : new int[] {named, named - 1}) { // a winter is named by the year of its December
                ResolvedTime c = part(p.kind(), p.index(), in, mentioned(last));
                if (!c.startDate().isAfter(last.startDate()) && !c.endDate().isBefore(last.startDate())) {
                    return c;
                }
            }
        }
        if (p.direction() == Direction.BARE && !ref.equals(pub) && tense() != Tense.FUTURE) {
            // a narrative's running date: "In April 1992, a jury acquitted them ... In June, the
            // city began rebuilding" is June 1992, the story moving on within its year
            return same;
        }
        return switch (p.direction()) {
            case LAST, PRECEDING -> same.endDate().isBefore(base) && !adjacentMonth ? same : prev;
            case NEXT, FOLLOWING -> same.startDate().isAfter(base) && !adjacentMonth ? same : next;
            // "In June 2020, protesters filled the streets. That summer, ..." is the summer of 2020
            case SAME -> same;
            // "will open this spring" said in October is next spring; "this November" is this year's;
            // "this winter brought 91 inches of snow" said in March is the winter just gone, but a
            // summer six months gone is "last summer", whatever the tense ("would begin shooting her
            // next film, set aboard a fishing boat, this summer", said in March)
            case THIS -> tense() == Tense.FUTURE && same.endDate().isBefore(base) ? next
                    : tense() == Tense.PAST && p.kind() == PartKind.SEASON && same.startDate().isAfter(base)
                            && distance(prev, base) <= SEASON_JUST_GONE_DAYS ? prev : same;
            case BARE -> switch (tense()) {
                case PAST -> same.startDate().isAfter(base) && (p.kind() == PartKind.MONTH || within(prev, base)) ? prev : same;
                case FUTURE -> ahead(p.kind(), prev, same, next, base);
                case PRESENT -> nearest(base, prev, same, next);
                // with no cue a month is the last one that has begun, as a weekday is: news tells
                // of what happened ("In January, a bomb exploded" said in October)
                case UNKNOWN -> p.kind() != PartKind.MONTH ? nearest(base, prev, same, next)
                        : same.startDate().isAfter(base) && within(prev, base) ? prev : same;
            };
        };
    }

    /**
     * A part of a year told in the future: a month over this year is next year's, however far ("takes
     * effect in July" said in October), but the month just ended is still reported on ("economists
     * expect a gain in September"); a quarter ended within the last three months too ("will report
     * fourth-quarter results" said in January), and one further back is next year's only within
     * {@value #MAX_TENSE_SHIFT_DAYS} days.
     */
    private ResolvedTime ahead(PartKind kind, ResolvedTime prev, ResolvedTime same, ResolvedTime next, LocalDate base) {
        if (kind == PartKind.QUARTER && prev.endDate().isBefore(base) && !prev.endDate().plusMonths(3).isBefore(base)) {
            return prev;
        }
        if (kind == PartKind.MONTH && YearMonth.from(prev.startDate()).plusMonths(1).equals(YearMonth.from(base))) {
            return prev; // "releases its December jobs report next Friday", said in January
        }
        if (!same.endDate().isBefore(base)) {
            return same;
        }
        boolean monthJustEnded = YearMonth.from(same.startDate()).plusMonths(1).equals(YearMonth.from(base));
        // a season told ahead is the next one, however far: "if it happens in the summer", said in October
        return within(next, base) || kind == PartKind.MONTH && !monthJustEnded || kind == PartKind.SEASON ? next : same;
    }

    private boolean within(ResolvedTime t, LocalDate base) {
        return distance(t, base) <= MAX_TENSE_SHIFT_DAYS;
    }

    private long distance(ResolvedTime t, LocalDate base) {
        if (t.startDate().isAfter(base)) {
            return t.startDate().toEpochDay() - base.toEpochDay();
        }
        if (t.endDate().isBefore(base)) {
            return base.toEpochDay() - t.endDate().toEpochDay();
        }
        return 0;
    }

    private ResolvedTime nearest(LocalDate base, ResolvedTime... candidates) {
        ResolvedTime best = candidates[1];
        for (ResolvedTime c : candidates) {
            if (distance(c, base) < distance(best, base)) {
                best = c;
            }
        }
        return best;
    }

    private ResolvedTime part(PartKind kind, int index, int year, Resolution r) {
        return switch (kind) {
            case MONTH -> Periods.month(YearMonth.of(year, index), r);
            case SEASON -> Periods.season(year, index, r);
            case QUARTER -> Periods.quarter(year, index, r);
            case HALF -> Periods.half(year, index, r);
        };
    }

    @Override
    public ResolvedTime era(TimeSpec.Era e) {
        if (e.unit() == Unit.CENTURY) {
            return Periods.century(e.value(), none());
        }
        if (!e.shortForm()) {
            return Periods.decade(e.value(), none());
        }
        int decade = pub.getYear() / 100 * 10 + e.value();
        if (decade * 10 > pub.getYear()) {
            decade -= 10;
        }
        return Periods.decade(decade, publication());
    }

    @Override
    public ResolvedTime partOfDay(TimeSpec.PartOfDay p) {
        ResolvedTime d = p.day() == null ? Periods.day(pub, publication()) : p.day().accept(this);
        if (d.granularity() == Granularity.MONTH && d.resolution().anchor() == Anchor.PREVIOUS_MENTION) {
            return d; // "that evening" after "in April 1992": an evening of that month
        }
        if (d.granularity() != Granularity.DAY) {
            throw new IllegalArgumentException("a part of day needs a day, not " + d.value());
        }
        LocalDate day = d.startDate();
        ResolvedTime last = lastAnchor();
        if (p.part() == TimeSpec.DayPart.NIGHT && p.day() instanceof TimeSpec.Anaphoric a && a.offset() == 0
                && last != null && last.granularity().hasTimeOfDay() && last.start() != null
                && last.startDate().equals(day) && last.start().getHour() < SMALL_HOURS_END) {
            // "pronounced dead at 12:20 a.m. ... told investigators that night": the night that
            // small hour ended, written with the day it began
            day = day.minusDays(1);
        }
        return switch (p.part()) {
            case MORNING -> Periods.partOfDay(day, "MO", 6, 12, d.resolution());
            case AFTERNOON -> Periods.partOfDay(day, "AF", 12, 18, d.resolution());
            case EVENING -> Periods.partOfDay(day, "EV", 18, 22, d.resolution());
            case NIGHT -> Periods.night(day, d.resolution());
            case OVERNIGHT -> overnight(day, d.resolution());
            case DAYTIME -> Periods.partOfDay(day, "DT", 8, 18, d.resolution());
        };
    }

    /**
     * "Winds will shift overnight": the night of the day; told in the past, the night that led into it
     * ("rebels shelled the town overnight, officials said Tuesday"), or the night named just before.
     */
    private ResolvedTime overnight(LocalDate day, Resolution r) {
        LocalDate night = day;
        Resolution by = r;
        if (tense() == Tense.PAST) {
            ResolvedTime last = lastAnchor();
            // "that night", the evening ("struck at around 11 p.m. ... reached the town overnight",
            // "back online by 5:50 p.m., but engineers worked overnight") or the end of a day ("roared
            // ashore late Tuesday ... weakened overnight"): the night it began
            boolean nightNamed = last != null && r.anchor() == Anchor.PREVIOUS_MENTION && (last.value().endsWith("TNI")
                    || last.value().endsWith("TEV")
                    || last.granularity() == Granularity.DAY && last.modifier() == Modifier.END
                    || last.granularity().hasTimeOfDay() && last.start() != null
                            && last.start().getHour() >= EVENING_HOUR);
            night = nightNamed ? last.startDate() : day.minusDays(1);
            by = nightNamed ? mentioned(last) : r;
        }
        return Periods.night(night, by);
    }

    @Override
    public ResolvedTime duration(TimeSpec.Duration d) {
        String value = d.rest() != null ? DurationValues.compoundValue(d)
                : d.plusHalf() ? DurationValues.halfMoreValue(d.unit(), d.amount())
                : DurationValues.durationValue(d.unit(), d.amount());
        if (d.toward() == 0 || d.amount() == null || d.plusHalf() || d.rest() != null
                || d.unit().compareTo(Unit.DAY) < 0) {
            return Periods.unanchored(value, TimeType.DURATION, none());
        }
        // "over the past three years": the amount ends on the publication day; "the next six
        // months" starts on it. The value stays the amount, as TimeML has it.
        LocalDate first = d.toward() < 0 ? Periods.plusUnits(pub, d.unit(), -d.amount()).plusDays(1) : pub;
        LocalDate last = d.toward() < 0 ? pub : Periods.plusUnits(pub, d.unit(), d.amount()).minusDays(1);
        return new ResolvedTime(value, TimeType.DURATION, first.atStartOfDay(), last.atStartOfDay(),
                granularityOf(d.unit()), null, null, null, publication());
    }

    @Override
    public ResolvedTime recurrence(TimeSpec.Recurrence s) {
        String value;
        if (s.day() != null) {
            value = String.format(Locale.ROOT, "XXXX-%02d-%02d", s.month(), s.day());
        } else if (s.month() != null) {
            value = String.format(Locale.ROOT, "XXXX-%02d", s.month());
        } else if (s.season() != null) {
            value = "XXXX-" + Periods.SEASONS[s.season() - 1];
        } else if (s.weekday() != null || s.workdays()) {
            value = "XXXX-WXX-" + (s.workdays() ? "WD" : String.valueOf(s.weekday().getValue()))
                    + (s.part() == null ? "" : "T" + s.part().code());
        } else if (s.unit() == null) {
            value = "XXXX-XX-XXT" + s.part().code();
        } else if (s.unit() == Unit.WEEKEND && !s.every() && s.times() == null) {
            value = "XXXX-WXX-WE"; // "on weekends"
        } else {
            value = DurationValues.durationValue(s.unit(), s.period());
        }
        return new ResolvedTime(value, TimeType.SET, null, null, Granularity.UNSPECIFIED, null,
                s.every() ? "EVERY" : null, s.times() == null ? null : s.times() + "X", none());
    }

    @Override
    public ResolvedTime reference(TimeSpec.Reference r) {
        return Periods.unanchored(r.kind().value(), TimeType.DATE, publication());
    }

    @Override
    public ResolvedTime shifted(TimeSpec.Shifted s) {
        // the tense tells of the day counted to, not of the day counted from: "three weeks before
        // Election Day, the ads began", said in October, counts from this year's Election Day; a
        // weekday, "today" or "next month" is told from publication ("a week before last Tuesday", "a
        // year ago today", "the third week of next month")
        if (s.base() instanceof TimeSpec.RelativeWeekday || s.base() instanceof TimeSpec.DeicticDay
                || s.base() instanceof TimeSpec.RelativeUnit) {
            ResolvedTime day = s.base().accept(this);
            return Periods.day(Periods.plusUnits(day.startDate(), s.unit(), s.offset()), day.resolution());
        }
        LocalDateTime from = Periods.plusUnits(pub, s.unit(), -s.offset()).atTime(refTime.toLocalTime());
        SpecResolver base = moved(from, Periods.plusUnits(ref, s.unit(), -s.offset()), tense());
        ResolvedTime day = s.base().accept(base);
        Resolution r = day.resolution().anchor() == Anchor.NONE ? day.resolution() : running();
        // a day counted from a month counts from its first day; "the day after Passover" from its last
        boolean fromEnd = s.offset() > 0 && s.base() instanceof TimeSpec.CalendarFeast;
        return Periods.day(Periods.plusUnits(fromEnd ? day.endDate() : day.startDate(), s.unit(), s.offset()), r);
    }

    @Override
    public ResolvedTime reportedPeriod(TimeSpec.ReportedPeriod p) {
        ResolvedTime quarter = reports.latestReportedQuarter();
        if (quarter == null) {
            return Periods.year(p.year(), none());
        }
        return Periods.quarter(p.year(), (quarter.startDate().getMonthValue() - 1) / 3 + 1,
                mentioned(quarter));
    }

    @Override
    public ResolvedTime weekdayFrom(TimeSpec.WeekdayFrom w) {
        // the day counted from is placed by the tense, and the weekday lies within a week of it
        ResolvedTime day = w.base().accept(this);
        LocalDate d = w.after() ? day.endDate().with(TemporalAdjusters.next(w.weekday()))
                : day.startDate().with(TemporalAdjusters.previous(w.weekday()));
        return Periods.day(d, day.resolution());
    }

    @Override
    public ResolvedTime periodOf(TimeSpec.PeriodOf w) {
        if (w.unit() == Unit.YEAR) {
            // "take it into the new year", said on New Year's Eve: the year of the nearest New
            // Year's Day, whatever the tense of the verb
            ResolvedTime day = w.day().accept(moved(refTime, ref, Tense.UNKNOWN));
            LocalDate d = day.startDate();
            if (!(w.day() instanceof TimeSpec.FixedHoliday h) || h.year() != null) {
                return Periods.year(d.getYear(), day.resolution()); // "this school year": the day's year
            }
            LocalDate nearest = d;
            for (LocalDate c : new LocalDate[] {d.minusYears(1), d.plusYears(1)}) {
                if (Math.abs(ChronoUnit.DAYS.between(ref, c)) < Math.abs(ChronoUnit.DAYS.between(ref, nearest))) {
                    nearest = c;
                }
            }
            return Periods.year(nearest.getYear(), day.resolution());
        }
        ResolvedTime period = periodOf(w, w.day().accept(this));
        if (tense() == Tense.PAST && !(w.day() instanceof TimeSpec.RelativeWeekday) && !(w.day() instanceof TimeSpec.Shifted)) {
            // "as Easter week began", said on its Monday: a week that has begun is not ahead,
            // though the day it is named after is
            SpecResolver later = moved(refTime.plusDays(6), ref.plusDays(6), tense());
            ResolvedTime begun = periodOf(w, w.day().accept(later));
            if (begun.startDate().isAfter(period.startDate()) && !begun.startDate().isAfter(pub)) {
                return begun;
            }
        }
        return period;
    }

    private ResolvedTime periodOf(TimeSpec.PeriodOf w, ResolvedTime day) {
        LocalDate d = day.startDate();
        if (!w.weekend()) {
            return Periods.week(d, day.resolution());
        }
        // "Labor Day weekend" is the one before the Monday; "Thanksgiving weekend" the one after
        return Periods.weekend(d.getDayOfWeek() == DayOfWeek.MONDAY ? d.minusDays(1) : d, day.resolution());
    }

    @Override
    public ResolvedTime range(TimeSpec.Range range) {
        TimeSpec.CalendarDate from = range.from();
        TimeSpec.CalendarDate to = range.to();
        if (from.year() == null && to.year() != null) {
            // "October 30 - November 2, 2025": the start takes the year of the end, or the one before
            int y = century(to);
            boolean later = from.month() > to.month()
                    || (from.month().equals(to.month()) && from.day() != null && from.day() > to.day());
            from = new TimeSpec.CalendarDate(later ? y - 1 : y, from.month(), from.day(), false);
        }
        ResolvedTime first = calendarDate(from);
        int year = to.year() != null ? century(to) : first.startDate().getYear();
        ResolvedTime last = calendarDate(new TimeSpec.CalendarDate(year, to.month(), to.day(), false));
        if (to.year() == null && last.startDate().isBefore(first.startDate())) {
            // "Dec. 30-Jan. 2"
            last = calendarDate(new TimeSpec.CalendarDate(year + 1, to.month(), to.day(), false));
        }
        if (!last.startDate().isAfter(first.startDate())) {
            throw new IllegalArgumentException("a range that ends before it starts: " + first.value() + "/" + last.value());
        }
        if (from.day() == null && to.day() == null && first.startDate().getYear() == last.startDate().getYear()) {
            // "the April-June period" is the second quarter, "January-June" the first half
            int m = from.month();
            int span = to.month() - m + 1;
            if (span == 3 && m % 3 == 1) {
                return Periods.quarter(first.startDate().getYear(), (m + 2) / 3, first.resolution());
            }
            if (span == 6 && m % 6 == 1) {
                return Periods.half(first.startDate().getYear(), (m + 5) / 6, first.resolution());
            }
        }
        return new ResolvedTime(first.value() + "/" + last.value(), TimeType.DATE, first.start(), last.end(),
                first.granularity(), null, null, null, first.resolution());
    }

    /** The year written, with its century when it was written with two digits. */
    private int century(TimeSpec.CalendarDate d) {
        return d.shortYear() ? century(d.year()) : d.year();
    }

    @Override
    public ResolvedTime semester(TimeSpec.Semester s) {
        // terms counted in halves of a year: 2y is the spring term of year y, 2y + 1 its fall term; in
        // June and July, between the two, "this" and "next" semester are the fall ahead and "last"
        // the spring just ended
        int y = pub.getYear();
        int month = pub.getMonthValue();
        boolean between = month > SPRING_TERM_END && month < FALL_TERM_START;
        int current = month >= FALL_TERM_START ? 2 * y + 1 : 2 * y;
        int term = between ? (s.offset() < 0 ? 2 * y : 2 * y + 1 + Math.max(0, s.offset() - 1)) : current + s.offset();
        return Periods.season(Math.floorDiv(term, 2), Math.floorMod(term, 2) == 0 ? 1 : 3, publication());
    }

    @Override
    public ResolvedTime directedDay(TimeSpec.DirectedDay d) {
        // "last New Year's Eve" said on Dec. 31 is a year ago; "next Thanksgiving" said on it a year on
        SpecResolver from = switch (d.direction()) {
            case LAST -> moved(refTime.minusDays(1), pub.minusDays(1), Tense.PAST);
            case NEXT -> moved(refTime.plusDays(1), pub.plusDays(1), Tense.FUTURE);
            default -> moved(refTime, pub, Tense.UNKNOWN);
        };
        return d.day().accept(from).withResolution(publication());
    }

    @Override
    public ResolvedTime qualified(TimeSpec.Qualified q) {
        ResolvedTime inner = q.inner().accept(this);
        if (q.qualifier() == Qualifier.SINCE && inner.isAnchored() && inner.startDate().isAfter(pub)
                && tense() != Tense.PAST) {
            // "the stock is down 20% since Jan. 2", said in October: a time counted from lies behind
            inner = q.inner().accept(moved(refTime, ref, Tense.PAST));
        }
        Modifier mod = q.qualifier().mod();
        if (!inner.isAnchored() || inner.granularity().hasTimeOfDay()) {
            return inner.withModifier(mod);
        }
        LocalDate s = inner.startDate();
        LocalDate e = inner.endDate();
        long days = e.toEpochDay() - s.toEpochDay() + 1;
        long third = days / 3;
        Qualifier ql = q.qualifier();
        switch (ql) {
            case EARLY, START_OF -> {
                if (days >= 3) {
                    e = s.plusDays(third - 1);
                }
            }
            case MID -> {
                if (days >= 3) {
                    s = s.plusDays(third);
                    e = e.minusDays(third);
                }
            }
            case LATE, END_OF -> {
                if (days >= 3) {
                    s = e.minusDays(third - 1);
                }
            }
            case FIRST_HALF -> e = s.plusDays(Math.max(days / 2, 1) - 1);
            case SECOND_HALF -> s = e.minusDays(Math.max(days / 2, 1) - 1);
            case EARLIER -> {
                if (!pub.isBefore(s) && pub.isBefore(e)) {
                    e = pub;
                }
            }
            case LATER -> {
                if (pub.isAfter(s) && !pub.isAfter(e)) {
                    s = pub;
                }
            }
            case SINCE -> {
                if (pub.isAfter(e)) {
                    e = pub;
                }
            }
            case APPROX, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST, BY, UNTIL, BEFORE, AFTER -> {
                // the range stays the named period; the mod carries the meaning
            }
        }
        return new ResolvedTime(inner.value(), inner.type(), s.atStartOfDay(), e.atStartOfDay(),
                inner.granularity(), mod, inner.quant(), inner.freq(), inner.resolution());
    }

    /** A date bound rather than a date: "by Friday", "since 2019", "before May". */
    private static boolean isBound(Modifier m) {
        return m == Modifier.ON_OR_BEFORE || m == Modifier.BEFORE || m == Modifier.AFTER || m == Modifier.ON_OR_AFTER;
    }
}

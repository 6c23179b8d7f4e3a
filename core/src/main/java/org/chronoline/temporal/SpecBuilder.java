package org.chronoline.temporal;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import org.chronoline.temporal.TimeSpec.DayPart;
import org.chronoline.temporal.TimeSpec.Direction;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Unit;

/**
 * Builds the {@link TimeSpec} of a rule match from its slots: the named groups that matched, else the
 * rule's fixed values, normalized through the grammar's word lists. Throws
 * {@link IllegalArgumentException} when the words do not make a time (the finder then drops the match).
 *
 * <p>Stateless and thread-safe.
 */
final class SpecBuilder {

    private final Grammar grammar;

    SpecBuilder(Grammar grammar) {
        this.grammar = grammar;
    }

    /** The spec of a match, or {@code null} for a reject rule. */
    TimeSpec build(Rule rule, Matcher m) {
        Slots s = new Slots(rule, m);
        TimeSpec spec = core(rule, s);
        String q = s.get("qualifier");
        // a qualifier the rule's own words carry ("year-end" is the end of the year)
        return q == null || spec == null ? spec
                : new TimeSpec.Qualified(TimeSpec.Qualifier.valueOf(q.strip().toUpperCase(Locale.ROOT)), spec);
    }

    private TimeSpec core(Rule rule, Slots s) {
        return switch (rule.kind()) {
            case DATE -> dateOrEnd(s);
            case TIME -> time(s);
            case MONTH -> new TimeSpec.YearPart(PartKind.MONTH, month(s.get("month")), year(s), direction(s));
            case SEASON -> new TimeSpec.YearPart(PartKind.SEASON, index("season", s.get("season")), year(s),
                    direction(s));
            case QUARTER -> s.get("quarter") == null ? quarterEnded(s)
                    : new TimeSpec.YearPart(PartKind.QUARTER, ordinal(s.get("quarter"), 4), year(s), direction(s));
            case HALF -> new TimeSpec.YearPart(PartKind.HALF, ordinal(s.get("half"), 2), year(s), direction(s));
            case RELATIVE_YEAR_PART -> relativeYearPart(s);
            case DECADE -> {
                String raw = s.require("decade");
                String d = raw.chars().anyMatch(Character::isDigit) ? digits(raw) : spelledDecade(raw);
                yield new TimeSpec.Era(Unit.DECADE, Integer.parseInt(d), d.length() < 3);
            }
            case CENTURY -> {
                String c = s.require("century").strip();
                // "the 1800s" and "the twelve-hundreds" name their century by its first year, "the 19th
                // century" by its ordinal
                String n = Grammar.normalizeEntry(c);
                int hundreds = n.endsWith("hundreds")
                        ? count(n.substring(0, n.length() - "hundreds".length()).replace('-', ' ').strip(), 0)
                        : c.length() == 4 && digits(c).length() == 4 ? Integer.parseInt(c) / 100 : ordinal(c) - 1;
                // "the fourth century B.C." is the 300s before the era, -3
                yield new TimeSpec.Era(Unit.CENTURY, isBeforeEra(s) ? -hundreds : hundreds, false);
            }
            case WEEKDAY -> directedWeekday(s);
            // "last Christmas", "next Thanksgiving"; "Easter Sunday, April 12" is the date written
            case HOLIDAY -> s.get("month") != null ? date(s, null)
                    : s.get("dir") == null ? holiday(s) : new TimeSpec.DirectedDay(holiday(s), direction(s));
            case DEICTIC -> new TimeSpec.DeicticDay(Integer.parseInt(lookup("deictic", s.require("deictic"))));
            case RELATIVE -> relative(s);
            case ANAPHORIC -> anaphoric(s);
            case PART_OF_DAY -> new TimeSpec.PartOfDay(dayOf(s), part(s.require("part")));
            case DURATION -> {
                Integer n = count(s.get("n"), 1);
                // "two hours and 15 minutes": the smaller amount is the rest of one amount
                TimeSpec.Duration rest = amountPart(s, "restn", "restunit", amountPart(s, "thirdn", "thirdunit", null));
                yield new TimeSpec.Duration(unit(s.require("unit")), n, n != null && s.get("plushalf") != null,
                        direction(s).sign(), rest);
            }
            case SET -> recurrence(s);
            case REF -> new TimeSpec.Reference(TimeSpec.RefKind.valueOf(lookup("ref", s.require("ref"))));
            case RANGE -> range(s);
            case PERIOD_OF -> periodOf(s);
            case NTH_WEEKDAY -> new TimeSpec.NthWeekday(month(s.require("month")), weekday(s.require("weekday")),
                    ordinal(s.require("nth"), -1), year(s));
            case SHIFTED -> shifted(s);
            case REPORTED_PERIOD -> new TimeSpec.ReportedPeriod(yearValue(s.require("year")));
            case SEMESTER -> new TimeSpec.Semester(direction(s).sign());
            // the weekday is the one counted to, not the date's own
            case WEEKDAY_FROM -> new TimeSpec.WeekdayFrom(s.get("holiday") != null ? holiday(s) : date(s, null),
                    weekday(s.require("weekday")), sign(s) > 0);
            case REJECT -> null;
        };
    }

    /** The part of a compound amount in slots {@code n} and {@code unit}, followed by {@code rest}; or null. */
    private TimeSpec.Duration amountPart(Slots s, String n, String unit, TimeSpec.Duration rest) {
        return s.get(n) == null ? null : new TimeSpec.Duration(unit(s.require(unit)), count(s.get(n), 1), false, 0, rest);
    }

    /**
     * The week, weekend or year of a day; "the week after Thanksgiving" is the week of the day a week
     * later, "the weekend before Christmas" the weekend of the last Sunday before it.
     */
    private TimeSpec periodOf(Slots s) {
        Unit unit = unit(s.require("unit"));
        boolean weekend = unit == Unit.WEEKEND;
        TimeSpec day = s.get("holiday") != null ? holiday(s)
                : s.get("nth") != null && weekend && s.get("month") != null
                        // "the second weekend of October": the weekend of the month's second Saturday
                        ? new TimeSpec.NthWeekday(month(s.get("month")), DayOfWeek.SATURDAY, ordinal(s.get("nth"), -1), year(s))
                : s.get("nth") != null ? weekOfMonth(s)
                : s.get("month") == null && s.get("weekday") != null
                        ? new TimeSpec.RelativeWeekday(weekday(s.get("weekday")), direction(s)) : date(s);
        if (s.get("sign") != null) {
            boolean after = sign(s) > 0;
            day = weekend ? new TimeSpec.WeekdayFrom(day, after ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY, after)
                    : new TimeSpec.Shifted(day, Unit.WEEK, after ? 1 : -1);
        }
        return new TimeSpec.PeriodOf(day, unit);
    }

    /** A date; "the first day of March" is March 1, "the last day of February" the day before March 1. */
    private TimeSpec dateOrEnd(Slots s) {
        String d = s.get("day");
        if (d == null || !d.strip().equalsIgnoreCase("last")) {
            return date(s);
        }
        int month = month(s.require("month"));
        Integer year = year(s);
        if (month == 12 && year != null) {
            year = year + 1;
        }
        TimeSpec next = new TimeSpec.CalendarDate(year, month % 12 + 1, 1, false, null);
        return new TimeSpec.Shifted(next, Unit.DAY, -1);
    }

    private TimeSpec date(Slots s) {
        return date(s, s.get("weekday") == null ? null : weekday(s.get("weekday")));
    }

    /** The date the slots give, with {@code weekday} as the weekday written with it, or {@code null}. */
    private TimeSpec date(Slots s, DayOfWeek weekday) {
        String y = s.get("year");
        String mo = s.get("month");
        String d = s.get("day");
        String ordinal = d == null ? null : grammar.word("ordinal", d);
        if (ordinal != null) {
            d = ordinal; // "March eighth", "the first of May"
        }
        Integer year = y == null ? null : yearValue(y);
        if (year != null && isBeforeEra(s)) {
            year = 1 - year; // "250 B.C." is year -249 of the proleptic calendar java.time counts in
        }
        return new TimeSpec.CalendarDate(year,
                mo == null ? null : month(mo), d == null ? null : checkDay(Integer.parseInt(digits(d))),
                y != null && s.get("era") == null && isShortYear(y), weekday);
    }

    /**
     * A day in "the second week of January": weeks are counted as ISO weeks that have at least four
     * days in the month, so the first is the one holding the 4th and the last the one holding the
     * fourth day from the end.
     */
    private TimeSpec weekOfMonth(Slots s) {
        int nth = ordinal(s.require("nth"), -1);
        if (nth > 4) {
            throw new IllegalArgumentException("no week " + nth + " of a month");
        }
        // a day that lies in the week wanted: the n-th week (four days or more in the month) holds
        // the 4th, 11th, ... and the last one the fourth day from the end; the n-th full week holds
        // the 7th, 14th, ... (its Monday is the n-th Monday) and the last one the seventh from the end
        boolean full = s.get("full") != null;
        int fromStart = (full ? 7 : 4) + 7 * (nth - 1);
        int fromEnd = full ? 7 : 4;
        if (s.get("month") == null) {
            // "the first week of next month": that day of the month counted from publication
            int offset = direction(s).sign();
            return nth < 0 ? new TimeSpec.Shifted(new TimeSpec.RelativeUnit(Unit.MONTH, offset + 1, false, false), Unit.DAY, -fromEnd)
                    : new TimeSpec.Shifted(new TimeSpec.RelativeUnit(Unit.MONTH, offset, false, false), Unit.DAY, fromStart - 1);
        }
        int month = month(s.require("month"));
        int lastDay = month == 2 ? 28 : Month.of(month).maxLength();
        return new TimeSpec.CalendarDate(year(s), month, nth < 0 ? lastDay + 1 - fromEnd : fromStart, false);
    }

    /** "Two days after Oct. 6", "a week before Christmas", "the day before last Tuesday", "two Fridays ago". */
    private TimeSpec shifted(Slots s) {
        TimeSpec base;
        if (s.get("month") != null) {
            base = date(s);
        } else if (s.get("holiday") != null) {
            base = holiday(s);
        } else if (s.get("deictic") != null || s.get("period") != null) {
            // "a year ago today", "a year ago this week"
            base = deicticDay(s);
        } else {
            base = new TimeSpec.RelativeWeekday(weekday(s.require("weekday")), direction(s));
        }
        Integer n = count(s.get("n"), 1);
        if (n == null) {
            throw new IllegalArgumentException("a day counted from another needs a count");
        }
        if (s.get("unit") == null && base instanceof TimeSpec.RelativeWeekday) {
            // "two Fridays ago" counts the weekday itself: the last Friday is the first
            return new TimeSpec.Shifted(base, Unit.WEEK, (n - 1) * sign(s));
        }
        Unit unit = unit(s.require("unit"));
        if (unit == Unit.DECADE || unit == Unit.CENTURY) {
            // "a century ago this month" is counted in years
            n *= unit == Unit.DECADE ? 10 : 100;
            unit = Unit.YEAR;
        }
        if (s.get("period") != null) {
            // "a year ago this week" is the week of the day a year back; "a year ago this month" the month
            // twelve months back
            return switch (unit(s.get("period"))) {
                case WEEK -> new TimeSpec.PeriodOf(new TimeSpec.Shifted(base, unit, n * sign(s)), Unit.WEEK);
                // "this school year" is the year of the day seven months back, when the year began
                case YEAR -> new TimeSpec.PeriodOf(new TimeSpec.Shifted(base, unit, n * sign(s)), Unit.YEAR);
                case MONTH -> new TimeSpec.RelativeUnit(Unit.MONTH, n * sign(s) * switch (unit) {
                    case YEAR -> 12;
                    case MONTH -> 1;
                    default -> throw new IllegalArgumentException("no month " + n + " " + unit + " back");
                }, false, true);
                default -> throw new IllegalArgumentException("no period " + s.get("period") + " counted back");
            };
        }
        return new TimeSpec.Shifted(base, unit, n * sign(s));
    }

    /**
     * "The quarter ended July 31": the calendar quarter holding most of the three months that end on
     * the date; a date in the first week of a month ends the month before ("ended Oct. 1"). With no
     * day, the quarter ends with the month ("the December quarter").
     */
    private TimeSpec quarterEnded(Slots s) {
        int month = month(s.require("month"));
        String d = s.get("day");
        int day = d == null ? 31 : checkDay(Integer.parseInt(digits(d)));
        int lastMonth = day <= 7 ? month - 1 : month;
        int middle = lastMonth - 1; // 0 is December, -1 November
        Integer year = year(s); // without one, the quarter is resolved as a bare "third quarter" is
        if (middle < 1) {
            middle += 12;
            year = year == null ? null : year - 1;
        }
        return new TimeSpec.YearPart(PartKind.QUARTER, (middle - 1) / 3 + 1, year, Direction.BARE);
    }

    /** "2009-2010", "Oct. 6-7": the end borrows the month and year the writer left out. */
    private TimeSpec range(Slots s) {
        TimeSpec.CalendarDate from = (TimeSpec.CalendarDate) date(s);
        String ey = s.get("endyear");
        String em = s.get("endmonth");
        String ed = s.get("endday");
        Integer endYear = from.year();
        boolean shortYear = from.shortYear();
        if (ey != null) {
            String d = digits(ey);
            if (d.length() == 2 && from.year() != null && !from.shortYear()) {
                // "2009-10" ends in 2010 and "1999-00" in 2000; "2010-09" goes backwards (refused below)
                endYear = from.year() / 100 * 100 + Integer.parseInt(d);
                if (endYear <= from.year() && endYear + 100 - from.year() <= 10) {
                    endYear += 100;
                }
                shortYear = false;
            } else {
                endYear = yearValue(ey);
                shortYear = d.length() == 2;
            }
        }
        TimeSpec.CalendarDate to = new TimeSpec.CalendarDate(endYear,
                em != null ? Integer.valueOf(month(em)) : from.month(),
                ed != null ? Integer.valueOf(checkDay(Integer.parseInt(digits(ed)))) : null, shortYear);
        if (from.year() != null && to.year() != null && ey != null && em == null && ed == null
                && to.year() <= from.year()) {
            throw new IllegalArgumentException("a range of years that does not go forward: " + from.year() + "-" + to.year());
        }
        if (em == null && ey == null && from.day() != null && to.day() <= from.day()) {
            throw new IllegalArgumentException("a range of days that does not go forward");
        }
        return new TimeSpec.Range(from, to);
    }

    /** The last hour a bare "o'clock" is taken in the afternoon: "six o'clock" is 6 p.m. */
    private static final int LAST_AFTERNOON_HOUR = 6;

    private TimeSpec time(Slots s) {
        TimeSpec day = null;
        if (s.get("month") != null || s.get("year") != null) {
            day = date(s);
        } else if (s.get("weekday") != null) {
            day = new TimeSpec.RelativeWeekday(weekday(s.get("weekday")), Direction.BARE);
        } else if (s.get("deictic") != null) {
            day = deicticDay(s);
        }
        int hour = number(s.require("hour"));
        String mi = s.get("minute");
        String se = s.get("second");
        String ampm = s.get("ampm");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("hour " + hour + " with " + ampm);
            }
            String a = Grammar.normalizeEntry(ampm);
            if (a.equals("day")) {
                // "two o'clock" in news is in the afternoon; "ten o'clock" in the morning
                hour = hour <= LAST_AFTERNOON_HOUR ? hour + 12 : hour;
            } else {
                // "4 p.m.", "4 in the afternoon", "eight tonight"; "4 a.m.", "4 in the morning"
                boolean pm = a.charAt(0) == 'p' || a.equals("afternoon") || a.equals("evening") || a.equals("night")
                        || a.equals("tonight");
                String end = s.get("endhour");
                if (end != null && hour != 12 && hour > number(end)) {
                    pm = !pm; // "from 11 to 2 p.m.": the start is in the morning
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        return new TimeSpec.ClockTime(day, hour, mi == null ? 0 : minutes(mi), se == null ? null : Integer.valueOf(se));
    }

    /** "nineties" is "9" (a decade of any century), "nineteen-fifties" is "195". */
    private String spelledDecade(String raw) {
        String[] parts = Grammar.normalizeEntry(raw).split("[\\s-]+");
        String decade = lookup("decade-word", parts[parts.length - 1]);
        return parts.length == 1 ? decade : count(parts[0], 0) + decade;
    }

    /** An hour in digits or read out ("eight", "fourteen"). */
    private int number(String text) {
        String t = Grammar.normalizeEntry(text);
        Integer n = !t.isEmpty() && Character.isDigit(t.charAt(0)) ? Integer.valueOf(digits(t)) : count(t, null);
        if (n == null) {
            throw new IllegalArgumentException("not an hour: " + text);
        }
        return n;
    }

    /** The minutes of a clock time: "15", "fifteen", "oh-five", "half" (past), "quarter" (past). */
    private int minutes(String text) {
        String t = Grammar.normalizeEntry(text);
        if (t.equals("half")) {
            return 30;
        }
        if (t.equals("quarter")) {
            return 15;
        }
        if (t.startsWith("oh")) {
            t = t.substring(2).strip();
            t = t.startsWith("-") ? t.substring(1) : t;
        }
        return number(t);
    }

    private TimeSpec relative(Slots s) {
        Unit unit = unit(s.require("unit"));
        String dir = s.get("dir");
        if (dir != null) {
            Direction d = Direction.valueOf(lookup("direction", dir));
            int offset = d.sign();
            if (d.anaphoric()) {
                return new TimeSpec.Anaphoric(unit, offset); // "the following week": after the date named before
            }
            return new TimeSpec.RelativeUnit(unit, offset, offset > 0);
        }
        int sign = sign(s);
        Integer n = count(s.get("n"), 1);
        if (n != null && s.get("plushalf") != null) {
            // "a year and a half ago": counted in the next smaller unit; "a day and a half ago" would
            // claim an hour the writer did not give
            Unit smaller = switch (unit) {
                case CENTURY, DECADE -> Unit.YEAR;
                case YEAR -> Unit.MONTH;
                case MONTH -> Unit.WEEK;
                default -> throw new IllegalArgumentException("no half " + unit + " back to a calendar period");
            };
            int per = switch (unit) {
                case CENTURY -> 100;
                case DECADE -> 10;
                case YEAR -> 12;
                default -> 4;
            };
            return new TimeSpec.RelativeUnit(smaller, (n * per + per / 2) * sign, sign > 0, true);
        }
        return new TimeSpec.RelativeUnit(unit, n == null ? null : n * sign, sign > 0, true);
    }

    /**
     * A holiday from its word-list value: "12-25", "11-4-THURSDAY", "11-1-MONDAY+1", "EASTER-2",
     * "ORTHODOX+0"; a feast of another calendar as "HEBREW-07-10" (a day), "HEBREW-01-15*8" (eight
     * days from it) or "HIJRI-09" (the month).
     */
    private TimeSpec holiday(Slots s) {
        String v = lookup("holiday", s.require("holiday"));
        Integer year = year(s);
        for (String easter : new String[] {"EASTER", "ORTHODOX"}) {
            if (v.startsWith(easter)) {
                return new TimeSpec.EasterDay(Integer.parseInt(v.substring(easter.length()).replace("+", "")), year,
                        easter.equals("ORTHODOX"));
            }
        }
        for (TimeSpec.FeastCalendar c : TimeSpec.FeastCalendar.values()) {
            if (v.startsWith(c.name() + "-")) {
                return feast(c, v.substring(c.name().length() + 1), year);
            }
        }
        int plus = 0;
        int sign = v.lastIndexOf('+');
        if (sign > 0) {
            plus = Integer.parseInt(v.substring(sign + 1));
            v = v.substring(0, sign);
        }
        String[] parts = v.split("-", 2);
        int month = Integer.parseInt(parts[0]);
        if (parts[1].matches("\\d{2}")) {
            return new TimeSpec.FixedHoliday(MonthDay.of(month, Integer.parseInt(parts[1])), year);
        }
        int dash = parts[1].lastIndexOf('-');
        return new TimeSpec.NthWeekday(month, DayOfWeek.valueOf(parts[1].substring(dash + 1)),
                Integer.parseInt(parts[1].substring(0, dash)), plus, year);
    }

    /** "07-10", "01-15*8", "09": month, day and days kept. */
    private static TimeSpec feast(TimeSpec.FeastCalendar calendar, String v, Integer year) {
        int star = v.indexOf('*');
        int days = star < 0 ? 1 : Integer.parseInt(v.substring(star + 1));
        String[] parts = (star < 0 ? v : v.substring(0, star)).split("-");
        if (parts.length == 1) {
            return new TimeSpec.CalendarFeast(calendar, Integer.parseInt(parts[0]), 1, 0, year);
        }
        return new TimeSpec.CalendarFeast(calendar, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), days, year);
    }

    private TimeSpec relativeYearPart(Slots s) {
        int offset = Direction.valueOf(lookup("direction", s.require("dir"))).sign();
        if (s.get("quarter") != null) {
            return new TimeSpec.RelativeYearPart(PartKind.QUARTER, ordinal(s.get("quarter"), 4), offset);
        }
        if (s.get("half") != null) {
            return new TimeSpec.RelativeYearPart(PartKind.HALF, ordinal(s.get("half"), 2), offset);
        }
        if (s.get("season") != null) {
            return new TimeSpec.RelativeYearPart(PartKind.SEASON, index("season", s.get("season")), offset);
        }
        return new TimeSpec.RelativeYearPart(PartKind.MONTH, month(s.require("month")), offset);
    }

    private TimeSpec anaphoric(Slots s) {
        Unit unit = unit(s.require("unit"));
        int sign = sign(s);
        Integer n = count(s.get("n"), 1);
        String period = s.get("period");
        return new TimeSpec.Anaphoric(unit, (n == null ? 1 : n) * sign, period == null ? null : unit(period),
                s.get("comparative") != null, s.get("n") != null, s.get("workdays") != null);
    }

    private TimeSpec recurrence(Slots s) {
        String wd = s.get("weekday");
        DayOfWeek weekday = wd == null ? null : weekday(wd);
        String p = s.get("part");
        DayPart part = p == null ? null : part(p.endsWith("s") && grammar.word("daypart", p) == null
                ? p.substring(0, p.length() - 1) : p);
        Unit unit = null;
        if (s.get("freq") != null) {
            unit = Unit.valueOf(lookup("frequency", s.get("freq")));
        } else if (s.get("unit") != null) {
            unit = unit(s.get("unit"));
        }
        Integer times = times(s.get("times"));
        Integer n = count(s.get("n"), 1);
        Integer month = s.get("month") == null ? null : month(s.get("month"));
        Integer day = s.get("day") == null ? null : checkDay(Integer.parseInt(digits(s.get("day"))));
        if (s.get("holiday") != null) {
            // "every Christmas" is that day of every year, "every Thanksgiving" falls in November every
            // year, and a feast that moves between months ("every Easter") is once a year
            TimeSpec h = holiday(s);
            if (h instanceof TimeSpec.FixedHoliday f) {
                month = f.day().getMonthValue();
                day = f.day().getDayOfMonth();
            } else if (h instanceof TimeSpec.NthWeekday w) {
                month = w.month();
            } else {
                unit = Unit.YEAR;
            }
        }
        Integer season = s.get("season") == null ? null : index("season", s.get("season"));
        return new TimeSpec.Recurrence(unit, n == null ? 1 : n, weekday, part, times, s.get("every") != null, month,
                day, season, s.get("workdays") != null);
    }

    /**
     * How many times a recurrence happens per period: "twice" from the word list, "five times" from its
     * count; {@code null} when absent or vague ("several times").
     */
    private Integer times(String text) {
        if (text == null) {
            return null;
        }
        String word = grammar.word("times", text);
        if (word != null) {
            return Integer.valueOf(word);
        }
        String n = text.strip().replaceFirst("(?i)\\s+times$", "");
        return count(n, null);
    }

    private TimeSpec dayOf(Slots s) {
        if (s.get("month") != null) {
            return date(s); // "at dawn on Oct. 10"
        }
        if (s.get("holiday") != null) {
            return holiday(s); // "Christmas morning", "election night"
        }
        if (s.get("sign") != null && s.get("deictic") == null) {
            return new TimeSpec.Anaphoric(Unit.DAY, sign(s)); // "by midmorning": of the day last named
        }
        if (s.get("weekday") != null) {
            return directedWeekday(s);
        }
        return deicticDay(s);
    }

    /**
     * A weekday with its direction word; "this past Tuesday" is the last Tuesday before today, said on a
     * Wednesday yesterday, where "last Tuesday" is the Tuesday of the week before.
     */
    private TimeSpec directedWeekday(Slots s) {
        DayOfWeek weekday = weekday(s.require("weekday"));
        String dir = s.get("dir");
        if (dir != null && Grammar.normalizeEntry(dir).equals("past")) {
            return new TimeSpec.WeekdayFrom(new TimeSpec.DeicticDay(0), weekday, false);
        }
        return new TimeSpec.RelativeWeekday(weekday, direction(s));
    }

    /** "yesterday", "today", "tomorrow" as the day it names; today when the slot is empty. */
    private TimeSpec.DeicticDay deicticDay(Slots s) {
        String d = s.get("deictic");
        return new TimeSpec.DeicticDay(d == null ? 0 : Integer.parseInt(lookup("deictic", d)));
    }

    private int sign(Slots s) {
        String sign = s.get("sign");
        if (sign == null) {
            return 1;
        }
        String v = grammar.word("sign", sign);
        return Integer.parseInt(v != null ? v : sign.strip());
    }

    private Integer year(Slots s) {
        String y = s.get("year");
        return y == null ? null : yearValue(y);
    }

    /** Whether the era written with a year or century is the one before Christ ("B.C.", "BCE"). */
    private static boolean isBeforeEra(Slots s) {
        String era = s.get("era");
        return era != null && Character.toUpperCase(era.charAt(0)) == 'B';
    }

    /** A year in digits, or spelled: "nineteen ninety-six", "two thousand and one". */
    private int yearValue(String text) {
        String t = Grammar.normalizeEntry(text);
        if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || isApostrophe(t.charAt(0)))) {
            return Integer.parseInt(digits(t)); // "'98" is 98, a two-digit year
        }
        if (isSpokenShortYear(t)) {
            return count(t, 0); // "ninety-two", a two-digit year read out
        }
        if (t.startsWith("nineteen")) {
            return 1900 + count(t.substring("nineteen".length()).strip(), 0);
        }
        if (t.startsWith("two thousand")) {
            String rest = t.substring("two thousand".length()).strip();
            if (rest.startsWith("and ")) {
                rest = rest.substring(4);
            }
            return 2000 + (rest.isEmpty() ? 0 : count(rest, 0));
        }
        throw new IllegalArgumentException("not a year: " + text);
    }

    /** "98", "'98", "’98": a year given by its last two digits. */
    /** A year read out by its last two digits, normalised: "ninety-two", "eighty-nine". */
    private boolean isSpokenShortYear(String normalized) {
        return grammar.word("tens", normalized.split("[\\s-]")[0]) != null;
    }

    private boolean isShortYear(String text) {
        char c = text.strip().charAt(0);
        if (Character.isLetter(c)) {
            return isSpokenShortYear(Grammar.normalizeEntry(text));
        }
        return (Character.isDigit(c) || isApostrophe(c)) && digits(text).length() == 2;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private Direction direction(Slots s) {
        if (s.get("same") != null) {
            return Direction.SAME; // "that summer"
        }
        String d = s.get("dir");
        return d == null ? Direction.BARE : Direction.valueOf(lookup("direction", d));
    }

    private int month(String text) {
        String t = text.strip();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            int m = Integer.parseInt(digits(t));
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("no month " + m);
            }
            return m;
        }
        return Integer.parseInt(lookup("month", t));
    }

    private static int checkDay(int d) {
        if (d < 1 || d > 31) {
            throw new IllegalArgumentException("no day " + d);
        }
        return d;
    }

    /** A weekday named in the singular or the plural ("Friday", "Fridays"). */
    private DayOfWeek weekday(String text) {
        String v = grammar.word("weekday", text);
        return DayOfWeek.of(Integer.parseInt(v != null ? v : lookup("weekdays", text)));
    }

    private Unit unit(String text) {
        String v = grammar.word("unit", text);
        return Unit.valueOf(v != null ? v : text.strip().toUpperCase(Locale.ROOT));
    }

    private DayPart part(String text) {
        String v = grammar.word("daypart", text);
        return DayPart.valueOf(v != null ? v : text.strip().toUpperCase(Locale.ROOT));
    }

    private int index(String list, String text) {
        return Integer.parseInt(lookup(list, text));
    }

    /**
     * An ordinal among {@code count} parts: "third", "3rd", "3", or "last"/"final" for the last one
     * ({@code -1} when the count is not known, as for the weeks of a month).
     */
    private int ordinal(String text, int count) {
        String t = Grammar.normalizeEntry(text);
        if (t.equals("last") || t.equals("final") || t.equals("back")) {
            return count;
        }
        return t.equals("front") ? 1 : ordinal(t);
    }

    private int ordinal(String text) {
        String t = text.strip();
        if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
            return t.charAt(0) - '0';
        }
        return Integer.parseInt(lookup("ordinal", t));
    }

    /**
     * A count: digits, a number word ("twenty-four", "a"), or a vague word (then {@code null}). An
     * absent count is {@code absent}.
     */
    Integer count(String text, Integer absent) {
        if (text == null) {
            return absent;
        }
        String t = Grammar.normalizeEntry(text);
        if (t.equals("x")) {
            return null; // a fixed vague count
        }
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return Integer.valueOf(digits(t));
        }
        String vague = grammar.word("vague", t);
        if (vague != null) {
            return vague.equals("X") ? null : Integer.valueOf(vague);
        }
        String article = grammar.word("article", t);
        if (article != null) {
            return Integer.valueOf(article);
        }
        String whole = grammar.word("units", t); // "a hundred"
        if (whole != null) {
            return Integer.valueOf(whole);
        }
        int sum = 0;
        for (String part : t.split("[\\s-]+")) {
            String v = grammar.word("units", part);
            if (v == null) {
                v = grammar.word("tens", part);
            }
            if (v == null) {
                throw new IllegalArgumentException("not a number: " + text);
            }
            sum += Integer.parseInt(v);
        }
        return sum;
    }

    private String lookup(String list, String text) {
        String v = grammar.word(list, text);
        if (v == null && grammar.list(list).containsValue(text.strip())) {
            v = text.strip(); // a fixed slot value given in normalized form
        }
        if (v == null && text.strip().matches("-?\\d{1,4}")) {
            v = text.strip();
        }
        if (v == null) {
            throw new IllegalArgumentException("'" + text + "' is not in word list " + list);
        }
        return v;
    }

    private static String digits(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        if (sb.length() == 0 || sb.length() > 9) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        return sb.toString();
    }

    /** The slot values of one match. */
    private static final class Slots {
        private final Rule rule;
        private final Matcher m;

        Slots(Rule rule, Matcher m) {
            this.rule = rule;
            this.m = m;
        }

        String get(String slot) {
            for (String g : rule.groups()) {
                if (Rule.slotOf(g).equals(slot)) {
                    String v = m.group(g);
                    if (v != null) {
                        return v;
                    }
                }
            }
            return rule.fixed().get(slot);
        }

        String require(String slot) {
            String v = get(slot);
            if (v == null) {
                throw new IllegalArgumentException("rule " + rule.name() + " gives no " + slot);
            }
            return v;
        }
    }
}

package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.model.TimeType;
import org.chronoline.resolve.TextAnchors.Role;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Qualifier;
import org.chronoline.temporal.TimeSpec.Unit;
import org.chronoline.temporal.Timex;
import org.chronoline.text.TenseDetector;

/**
 * One text's resolution, expression by expression in text order: the expressions found, those
 * resolved so far and the dates they gave for later ones to count from. The special readings in
 * {@link #READINGS} are tried on each expression in turn, before its own reading.
 *
 * <p>Made for one call of {@link StandardResolver#resolve} and used by its thread only: not
 * thread-safe, and never shared.
 */
final class ResolutionPass {

    /** The word lists the patterns below are built with ({@code rules/en/anchors.rules}). */
    private static final AnchorWords WORDS = AnchorWords.ENGLISH;

    /** A plain "the month", nothing before or after it. */
    private static final Pattern THE_MONTH = Pattern.compile("(?i)the\\s+month");
    /** The months of a year up to a quarter's end: "the nine months", "the first nine months". */
    private static final Pattern NINE_MONTHS = Pattern.compile(
            "(?i)(?:(?:the|its)\\s+)?(?:(?:first|latest|past)\\s+)?(?:nine|9)\\s+months");
    /** The end of a year with no year named: "year-end", "year's end", "the year end". */
    private static final Pattern YEAR_END = Pattern.compile("(?i)(?:the\\s+)?year(?:-|\\s{1,2}|['’]s\\s{1,2})end");

    /** What joins two days whose hours a clock time after them gives: "today and Sunday", "Friday through Sunday". */
    private static final Pattern DAY_LIST = Pattern.compile("\\s*(?:,\\s*)?(?:and|through|thru|to|[-–])\\s*",
            Pattern.CASE_INSENSITIVE);
    /** What joins the two ends of a range of days ("Monday through Friday", "Oct. 3 to Tuesday"). */
    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:through|thru|to|until|till|[-–])\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A clause that runs on to a day: "come up on Thanksgiving itself and stay through Sunday". */
    private static final Pattern STAY_THROUGH = Pattern.compile("[^.;!?]{0,40}\\b(?:through|thru|until|till)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words that tell a future seen from a past day: "said Monday he would leave Tuesday". */
    private static final Pattern FUTURE_IN_PAST = Pattern.compile("\\b(?:would|until|till)\\b", Pattern.CASE_INSENSITIVE);
    /** Between the two ends of a span of hours: "10 a.m. to 7 p.m. Saturday", "9-5 Friday". */
    private static final Pattern CLOCK_RANGE_GAP = Pattern.compile("\\s*(?:to|until|till|through|-|–|and)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * Between months or days that share the year written only with the last: "October and November
     * 2019", "from March to May 2017", "Sept. 4, Oct. 3 and Nov. 5, 2014".
     */
    private static final Pattern YEAR_SHARED_GAP = Pattern.compile(
            "\\s*(?:,|,?\\s*(?:and|or|to|through|thru|until|till|into)(?:\\s+in)?|[-–—])\\s*", Pattern.CASE_INSENSITIVE);

    /** "as of" right before a clock time. */
    private static final Pattern AS_OF = Pattern.compile("\\bas\\s+of\\s+(?:about\\s+|around\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "for" right before an expression: "for about two years before the explosion" is a length. */
    private static final Pattern FOR_BEFORE = Pattern.compile("(?<![\\p{L}])for\\s{1,3}$", Pattern.CASE_INSENSITIVE);

    /**
     * "This interview was conducted", "the conversation was recorded": a text giving an interview held
     * on a day. Its nouns stay here, beside the cheap look in the constructor that tests for their
     * spellings, case and all, before this pattern searches the whole text.
     */
    private static final Pattern INTERVIEW_HELD = Pattern.compile(
            "(?<![\\p{L}])(?:interview|conversation|q\\s?&\\s?a)\\s+(?:was|were)\\s+" + WORDS.alternation("interview-verbs")
                    + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** What the period a report is on, a bare clock time and dawn or dusk pass over ({@link #passedOver}). */
    private static final Set<Role> PASSED_BY_SAME_PERIOD = Set.of(Role.COMPARED, Role.STATE_START);
    private static final Set<Role> PASSED_BY_CLOCK = Set.of(Role.BACKGROUND, Role.SAYING);
    private static final Set<Role> PASSED_BY_DAWN = Set.of(Role.BACKGROUND);
    /**
     * "the previous month" after "the smallest rise since November 2012" is the month before the one
     * reported, not before the start of a state; "the next day" after "told viewers to expect two feet
     * by Christmas Eve" is the day after the telling, not after the day something was due by; and
     * "prices edged up from the previous month" after "down from an 8.1 percent gain in June" is the
     * month before the one reported, not before the one compared with.
     */
    private static final Set<Role> PASSED_BY_NEIGHBOUR = Set.of(Role.STATE_START, Role.DEADLINE, Role.COMPARED);
    /**
     * "struck him about 7:50 p.m. Sept. 7. His license had been suspended the previous Friday ... by that
     * weekend they had identified the truck": the weekend of the story, not of its background.
     */
    private static final Set<Role> PASSED_BY_THAT_WEEK = Set.of(Role.BACKGROUND);

    /** After "the fiscal year": "that begins July 1", "beginning Monday". */
    private static final Pattern FISCAL_YEAR_BEGINS = Pattern.compile(
            "(?i),?\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("fiscal-year-beginning-verbs") + "\\b");

    /** A special reading of expression {@code i}, or {@code null} when its words are not so. */
    @FunctionalInterface
    private interface Reading {
        ResolvedTime of(ResolutionPass pass, int i, SpecResolver v);
    }

    /**
     * The special readings tried before an expression's own, in this order; the first that applies
     * wins. Each is a method of this class that looks at the words and dates around the expression,
     * with an example of the words it reads in its doc.
     */
    private static final List<Reading> READINGS = List.of(ResolutionPass::countedBack, ResolutionPass::yearShared,
            ResolutionPass::monthOfEarlierYear, ResolutionPass::countedToNext, ResolutionPass::countedFromEvent,
            ResolutionPass::sameAsEvent, ResolutionPass::partToldOf, ResolutionPass::asOf, ResolutionPass::quotedTonight,
            ResolutionPass::weekdayOfDateNamed, ResolutionPass::rangeEnd, ResolutionPass::nextInList,
            ResolutionPass::futureInThePast, ResolutionPass::countAhead, ResolutionPass::hoursOfDays,
            ResolutionPass::fiscalYearEnded, ResolutionPass::dayNearDated, ResolutionPass::laterPartOfYear,
            ResolutionPass::monthReported, ResolutionPass::yearToDateBack, ResolutionPass::yearEndToldOf);

    private final SameWeekday sameWeekday;
    private final TenseDetector tenses;
    private final ResolutionContext context;
    private final String text;
    private final List<Timex> found;
    /** The time the text is told from: its publication, or the day an interview it gives was held. */
    private LocalDateTime refTime;
    private LocalDate pub;
    /** Whether the text says anywhere that an interview was held ("This interview was conducted"). */
    private final boolean givesInterview;
    /** "This interview was conducted Monday": the day the answers after it are told from, once named. */
    private LocalDate interviewDay;
    private int interviewSentence;
    private final TextAnchors anchors;
    /** The running dates of a narrative; null when the text is news told from its publication. */
    private final List<ResolvedTime> frames;
    private final List<TemporalExpression> out;
    /** "the fiscal second quarter" of a year that ends in June falls in October to December. */
    private final Month fiscalEnd;

    ResolutionPass(ResolutionContext context, List<Timex> found, SameWeekday sameWeekday, TenseDetector tenses) {
        this.sameWeekday = sameWeekday;
        this.tenses = tenses;
        this.context = context;
        this.text = context.text();
        this.found = found;
        this.refTime = context.reference().toLocalDateTime();
        this.pub = refTime.toLocalDate();
        // a narrative's running date is set by the dates it tells its story on, not by those of its
        // background
        this.anchors = new TextAnchors(Surroundings.isNarrative(found, refTime.getYear()));
        this.frames = anchors.frames();
        this.out = new ArrayList<>(found.size());
        this.fiscalEnd = FiscalYears.yearEnd(text);
        // (the words first: a search for the pattern over the whole text costs as much as tagging it)
        this.givesInterview = (text.contains("nterview") || text.contains("onversation") || text.contains("&A")
                || text.contains("& A") || text.contains("&a") || text.contains("& a"))
                && INTERVIEW_HELD.matcher(text).find();
    }

    List<TemporalExpression> run() {
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            if (interviewDay != null && t.sentence() > interviewSentence) {
                // "This interview was conducted Monday ... On Wednesday we ran out of eggs": the
                // answers are told on the day of the interview, not of publication
                refTime = interviewDay.atTime(refTime.toLocalTime());
                pub = interviewDay;
                interviewDay = null;
            }
            SpecResolver v = visitorFor(i);
            try {
                ResolvedTime time = null;
                for (Reading r : READINGS) {
                    time = r.of(this, i, v);
                    if (time != null) {
                        break;
                    }
                }
                time = finished(t, time == null ? own(t, v) : time, v);
                out.add(TemporalExpression.resolved(t.span(), t.text(), t.sentence(), time));
                if (isInterviewDay(t, time)) {
                    interviewDay = time.startDate();
                    interviewSentence = t.sentence();
                }
                if (time.isAnchored() && time.granularity().compareTo(Granularity.CENTURY) < 0
                        && time.type() != TimeType.DURATION && time.type() != TimeType.SET) {
                    anchors.add(time, StandardResolver.roles(tenses, context, t));
                }
            } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
                out.add(TemporalExpression.unresolved(t.span(), t.text(), t.sentence(), t.rule(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Whether {@code t}, resolved to {@code time}, dates the interview the text gives ("This
     * interview was conducted Monday and has been condensed"): a day up to publication, in a
     * news text, in a sentence that says the interview was held then.
     */
    private boolean isInterviewDay(Timex t, ResolvedTime time) {
        if (!givesInterview || frames != null || !time.isAnchored() || time.type() != TimeType.DATE
                || time.granularity() != Granularity.DAY || time.startDate().isAfter(pub)) {
            return false;
        }
        Span sentence = Surroundings.sentenceSpan(context, t);
        return INTERVIEW_HELD.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** A resolver for {@code t} that counts from {@code from}. */
    private SpecResolver visitor(Timex t, List<ResolvedTime> from) {
        return StandardResolver.visitor(sameWeekday, tenses, context, t, refTime, frames, from);
    }

    /** {@code next} resolved ahead of its turn; {@code null} when it cannot be. */
    private ResolvedTime ahead(Timex next) {
        return StandardResolver.resolveAhead(sameWeekday, tenses, context, next, refTime, frames, anchors.all());
    }

    /**
     * The resolver for expression {@code i}: against the dates it does not pass over, told from the
     * year the sentence opened with, or on the day a clock time is written with.
     */
    private SpecResolver visitorFor(int i) {
        Timex t = found.get(i);
        List<ResolvedTime> pool = anchors.without(passedOver(t.spec()));
        SpecResolver v = visitor(t, pool);
        ResolvedTime sentenceYear = frames == null && Specs.isYearlessDate(t.spec())
                ? Surroundings.openingYear(context, found, out, i) : null;
        if (sentenceYear != null && (v.tense() != Tense.FUTURE || sentenceYear.startDate().isAfter(pub))
                && (v.tense() != Tense.PAST || sentenceYear.startDate().isBefore(pub))) {
            // "Last year, we got 8 inches on April 15": the year the sentence named before the date
            SpecResolver told = v;
            v = new SpecResolver(sameWeekday, refTime, sentenceYear.endDate(), told::tense, pool, t.rule(),
                    sentenceYear);
        }
        Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
        // "10:35 a.m. (0735 GMT) Friday": the day comes after the time given again in another zone
        Timex dayNext = next != null && Specs.isBareClock(next.spec()) && i + 2 < found.size()
                && text.substring(t.span().end(), next.span().start()).strip().endsWith("(")
                ? found.get(i + 2) : next;
        if (dayNext != null && (Specs.isBareClock(t.spec()) || Specs.isDawnOrDusk(t.spec()))
                && Surroundings.dayFollows(text, t, dayNext)) {
            // "at 11:45 p.m. on Oct. 3", "at dawn on the 14th": the time is on the day named right after it
            ResolvedTime day = ahead(dayNext);
            if (day != null && day.granularity() == Granularity.DAY) {
                v = visitor(t, anchors.with(day));
            }
        } else if (next != null && Specs.isBareClock(t.spec()) && Surroundings.joined(text, t, next, CLOCK_RANGE_GAP)
                && (Specs.isClockOfDay(next.spec()) || i + 2 < found.size() && Specs.isBareClock(next.spec())
                        && Surroundings.dayFollows(text, next, found.get(i + 2)))) {
            // "from 10 a.m. to 7 p.m. Saturday", "from 1 to 4 p.m. next Saturday": the start of the
            // hours is on the day of their end
            ResolvedTime end = ahead(Specs.isClockOfDay(next.spec()) ? next : found.get(i + 2));
            if (end != null && end.isAnchored() && end.start() != null) {
                ResolvedTime day = Periods.day(end.startDate(), end.resolution());
                v = visitor(t, anchors.with(day));
            }
        }
        return v;
    }

    /**
     * "The bill was signed Friday, a day after the Senate passed it": a count of days, weeks, months
     * or years right after a dated expression and a comma, and before "after" or "before" with no
     * date of its own, dates the happening it introduces, counted from that expression.
     */
    private ResolvedTime countedBack(int i, SpecResolver v) {
        if (i == 0) {
            return null;
        }
        Timex t = found.get(i);
        Timex before = found.get(i - 1);
        ResolvedTime previous = out.get(i - 1).time();
        boolean fromEvent = t.spec() instanceof TimeSpec.Anaphoric a && a.counted() && Surroundings.eventNoun(t) != null;
        if (previous == null || !previous.isAnchored() || previous.type() == TimeType.DURATION
                || before.sentence() != t.sentence() || !Specs.isCalendarCount(t) && !fromEvent
                || !text.substring(before.span().end(), t.span().start()).strip().equals(",")) {
            return null;
        }
        if (fromEvent) {
            // "captured Tuesday, three days after the shooting": the shooting was three days before Tuesday
            TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) t.spec();
            return countFrom(Specs.lengthOf(a), -Integer.signum(a.offset()), previous, t.rule());
        }
        Matcher m = Surroundings.AFTER_OR_BEFORE.matcher(text).region(t.span().end(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        if (i + 1 < found.size() && found.get(i + 1).span().start() <= m.end(2)) {
            return null; // "a day after Oct. 6" is a day the rules read whole
        }
        return countFrom((TimeSpec.Duration) t.spec(), -Surroundings.direction(m), previous, t.rule());
    }

    /**
     * "meetings in October and November 2019": October 2019, the year written once for both;
     * "December and January 2020" is December 2019.
     */
    private ResolvedTime yearShared(int i, SpecResolver v) {
        Timex t = found.get(i);
        ResolvedTime yearGiver = Specs.isYearlessDate(Specs.unqualified(t.spec())) ? yearGiver(i) : null;
        if (yearGiver == null) {
            return null;
        }
        int year = yearGiver.startDate().getYear();
        ResolvedTime time = Specs.withYear(t.spec(), year).accept(v);
        return time.startDate().isAfter(yearGiver.startDate()) ? Specs.withYear(t.spec(), year - 1).accept(v) : time;
    }

    /**
     * The month or day with its year written that expression {@code i}, a month or day without one,
     * is joined to, through any others without one ("in October and November 2019", "Sept. 4, Oct. 3
     * and Nov. 5, 2014"); {@code null} when there is none.
     */
    private ResolvedTime yearGiver(int i) {
        for (int j = i + 1; j < found.size(); j++) {
            Timex before = found.get(j - 1);
            Timex n = found.get(j);
            if (!Surroundings.joined(text, before, n, YEAR_SHARED_GAP)) {
                return null;
            }
            if (!Specs.isYearlessDate(Specs.unqualified(n.spec()))) {
                ResolvedTime dated = ahead(n);
                boolean written = dated != null && dated.isAnchored() && dated.type() == TimeType.DATE
                        && dated.resolution().anchor() == Anchor.NONE
                        && (dated.granularity() == Granularity.MONTH || dated.granularity() == Granularity.DAY);
                return written ? dated : null;
            }
        }
        return null;
    }

    /**
     * "Her lawyers requested the video in September 2014. The city denied the request in October":
     * the story goes on in the year it just named.
     */
    private ResolvedTime monthOfEarlierYear(int i, SpecResolver v) {
        ResolvedTime monthBefore = frames == null ? Surroundings.earlierMonthOfYear(found, out, i, pub) : null;
        // the tense last: it is the costly part
        return monthBefore == null || v.tense() == Tense.FUTURE ? null
                : Specs.withYear(found.get(i).spec(), monthBefore.startDate().getYear()).accept(v);
    }

    /** "two days after the Oct. 6 arrest": counted from the day named next. */
    private ResolvedTime countedToNext(int i, SpecResolver v) {
        Timex t = found.get(i);
        Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
        Matcher toNext = next != null ? Surroundings.countToNext(text, t, next) : null;
        if (toNext == null) {
            return null;
        }
        ResolvedTime day = ahead(next);
        return day != null && day.isAnchored() && day.type() != TimeType.DURATION
                ? countFrom((TimeSpec.Duration) t.spec(), Surroundings.direction(toNext), day, t.rule()) : null;
    }

    /**
     * "two days after the vote", "the week after the vote": counted from the day of the sentence
     * that told of the vote; when none did, a count is only a length ("two years after the fire,
     * the town is still rebuilding").
     */
    private ResolvedTime countedFromEvent(int i, SpecResolver v) {
        Timex t = found.get(i);
        String event = Specs.unqualified(t.spec()) instanceof TimeSpec.Anaphoric ? Surroundings.eventNoun(t) : null;
        if (event == null) {
            return null;
        }
        TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) Specs.unqualified(t.spec());
        // "had cut staffing for about two years before the explosion": how long, whenever it was
        ResolvedTime dated = Surroundings.foundBefore(FOR_BEFORE, text, t, 5)
                ? null : Surroundings.datedEvent(context, found, out, i, event, v.tense() == Tense.PAST ? pub : null);
        ResolvedTime time = null;
        if (dated != null) {
            time = a.accept(visitor(t, List.of(dated)));
        } else if (a.counted()) {
            time = Specs.lengthOf(a).accept(v);
        }
        if (time != null && t.spec() instanceof TimeSpec.Qualified q && q.qualifier() == Qualifier.APPROX) {
            time = time.withModifier(Modifier.APPROX); // "about two years before the explosion"
        }
        return time;
    }

    /**
     * "they began collecting signatures the same night the full council voted": the day of the
     * sentence that dated the voting, not the last date named.
     */
    private ResolvedTime sameAsEvent(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (!Specs.isSameAs(t.spec())) {
            return null;
        }
        String verb = Surroundings.verbAfter(text, t);
        // the same form first ("voted"), then any of its stem ("a public vote")
        ResolvedTime dated = verb == null ? null : Surroundings.datedEvent(context, found, out, i, verb, null);
        String stem = verb == null ? null : Surroundings.stemOf(verb);
        if (dated == null && stem != null) {
            dated = Surroundings.datedEvent(context, found, out, i, stem, null);
        }
        return dated == null ? null : t.spec().accept(visitor(t, List.of(dated)));
    }

    /**
     * "last seen leaving at about 11 p.m. Aug. 14, 1987. Her body was found two days later ...
     * drinking at a tavern near the apartment that night": the night the text told of, not the
     * last day named.
     */
    private ResolvedTime partToldOf(int i, SpecResolver v) {
        Timex t = found.get(i);
        TimeSpec.DayPart part = Specs.thatPart(t);
        ResolvedTime toldPart = part == null ? null
                : Surroundings.lastPart(found, out, i, part, v.tense() == Tense.PAST ? refTime : null);
        return toldPart == null ? null : t.spec().accept(visitor(t, List.of(toldPart)));
    }

    /** "1,200 homes remained dark as of 10 a.m.": a count as it stands, on the day of publication. */
    private ResolvedTime asOf(int i, SpecResolver v) {
        Timex t = found.get(i);
        return Specs.isBareClock(t.spec())
                && Surroundings.foundBefore(AS_OF, text, t, 12)
                ? t.spec().accept(visitor(t, List.of())) : null;
    }

    /**
     * "a spending plan presented at Tuesday night's meeting ... 'Nothing is decided tonight,' she
     * said", published Wednesday: the night the words were said.
     */
    private ResolvedTime quotedTonight(int i, SpecResolver v) {
        Timex t = found.get(i);
        return Specs.isTonight(t.spec()) && Surroundings.isQuoted(text, t.span().start())
                ? Surroundings.quotedNight(out, pub, t.rule()) : null;
    }

    /**
     * "Stores are open Monday through Friday", said on a Wednesday, "come up on Thanksgiving and
     * stay through Sunday", "lane restrictions lifted from noon Wednesday until 6 a.m. Monday", said
     * on a Monday: a bare weekday (or a part or an hour of one) that ends a range begun by a day or
     * a time of a day named right before it, and that the tense would put before that day, is the
     * first such weekday after it; not when the tense's day already follows the start ("from Sept.
     * 14 to Thursday").
     */
    private ResolvedTime rangeEnd(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (i == 0 || !Specs.isOnBareWeekday(t.spec())) {
            return null;
        }
        Timex start = found.get(i - 1);
        ResolvedTime from = out.get(i - 1).time();
        if (from == null || !from.isAnchored() || from.granularity().compareTo(Granularity.DAY) > 0
                || !Surroundings.joined(text, start, t, RANGE_TO) && !Surroundings.joined(text, start, t, STAY_THROUGH)
                || !t.spec().accept(v).startDate().isBefore(from.startDate())) {
            return null;
        }
        return aheadOf(t, from);
    }

    /**
     * "Comets: At Detroit Thursday night, home against Milwaukee Saturday": a weekday with no tense
     * of its own, after a day ahead of publication named before it in the sentence, is the first
     * such weekday after that day.
     */
    private ResolvedTime nextInList(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (i == 0 || !Specs.isOnBareWeekday(t.spec()) || v.tense() != Tense.UNKNOWN
                || found.get(i - 1).sentence() != t.sentence()) {
            return null;
        }
        ResolvedTime before = out.get(i - 1).time();
        if (before == null || !before.isAnchored() || before.start() == null
                || before.granularity().compareTo(Granularity.DAY) > 0 || !before.startDate().isAfter(pub)) {
            return null;
        }
        return aheadOf(t, before);
    }

    /**
     * "He appeared in court Monday, where a judge postponed the hearing until Tuesday", published on
     * Wednesday: a bare weekday told as the future of a day named earlier in the sentence ("would",
     * "until" between the two) is the first such weekday after that day, when that falls before
     * publication; otherwise it is the next one from publication, as "will" is.
     */
    private ResolvedTime futureInThePast(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (!Specs.isBareWeekday(t.spec()) || v.tense() != Tense.FUTURE) {
            return null;
        }
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == t.sentence(); j--) {
            ResolvedTime told = out.get(j).time();
            if (told == null || !told.isAnchored() || told.type() == TimeType.DURATION
                    || told.type() == TimeType.SET) {
                continue;
            }
            if (told.granularity() != Granularity.DAY || !told.startDate().isBefore(pub)
                    || !FUTURE_IN_PAST.matcher(text).region(found.get(j).span().end(), t.span().start()).find()) {
                return null;
            }
            ResolvedTime time = aheadOf(t, told);
            return !time.isAnchored() || time.startDate().isAfter(pub) ? null : time;
        }
        return null;
    }

    /**
     * "On June 12, 1997, Brody threw the only perfect game in the club's history, retiring 27
     * straight batters on a humid Thursday night": a bare weekday (or a part or an hour of one)
     * after a day more than a week from publication that the sentence named and that falls on that
     * weekday is that day; not the day something was said on ("expects to introduce the bill by
     * March 20, its chairwoman said Friday"), nor one after a day that starts a range or a state
     * ("from Sept. 14 to Thursday") or that something is due by.
     */
    private ResolvedTime weekdayOfDateNamed(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (!Specs.isOnBareWeekday(t.spec()) || Surroundings.isSaying(tenses, text, t)) {
            return null;
        }
        DayOfWeek weekday = Specs.weekdayOf(t.spec());
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == t.sentence(); j--) {
            ResolvedTime named = out.get(j).time();
            if (named != null && named.isAnchored() && named.type() == TimeType.DATE
                    && named.granularity() == Granularity.DAY && named.startDate().getDayOfWeek() == weekday
                    && Math.abs(ChronoUnit.DAYS.between(pub, named.startDate())) > 7
                    && (v.tense() != Tense.PAST || named.startDate().isBefore(pub))
                    && (v.tense() != Tense.FUTURE || named.startDate().isAfter(pub))
                    && !Surroundings.joined(text, found.get(j), t, RANGE_TO)
                    && !Surroundings.isStateStart(context, found.get(j))
                    && !Surroundings.isDueBy(text, found.get(j))) {
                return toldFrom(t, named, SameWeekday.SAME_DAY, Tense.UNKNOWN);
            }
        }
        return null;
    }

    /** {@code t} told as the future of the day {@code told}, and resolved against it. */
    private ResolvedTime aheadOf(Timex t, ResolvedTime told) {
        return toldFrom(t, told, sameWeekday, Tense.FUTURE);
    }

    /** {@code t} resolved as if told on the day {@code told}, in {@code tense}, and anchored to it. */
    private ResolvedTime toldFrom(Timex t, ResolvedTime told, SameWeekday same, Tense tense) {
        LocalDate day = told.startDate();
        ResolvedTime time = t.spec().accept(new SpecResolver(same, day.atTime(refTime.toLocalTime()), day, tense,
                anchors.all(), t.rule()));
        return time.withResolution(new Resolution(Anchor.PREVIOUS_MENTION, told.value(), t.rule()));
    }

    /**
     * "the case will go to trial in two weeks", "the vote is in two weeks' time": the date two
     * weeks after publication.
     */
    private ResolvedTime countAhead(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (!Surroundings.isCountAhead(text, t) || v.tense() != Tense.FUTURE && !t.text().endsWith("time")) {
            return null;
        }
        TimeSpec.Duration d = (TimeSpec.Duration) t.spec();
        return new TimeSpec.RelativeUnit(d.unit(), d.amount(), true, true).accept(v);
    }

    /**
     * "open 10 a.m. to 4 p.m. weekdays", "buses every 15 minutes from 6 a.m. on weekdays", "runs
     * today and Sunday, with studios open from 10 a.m.": a time of every such day, not of one.
     */
    private ResolvedTime hoursOfDays(int i, SpecResolver v) {
        Timex t = found.get(i);
        // "searched the woods Friday and Saturday and found him at 3 a.m." is one of those days, told of
        if (!Specs.isBareClock(t.spec())
                || !Surroundings.nearDaySet(text, found, i) && !(afterDayList(i) && v.tense() != Tense.PAST)) {
            return null;
        }
        TimeSpec.ClockTime c = (TimeSpec.ClockTime) Specs.unqualified(t.spec());
        // "until 9 p.m. on Thursdays": the hour keeps its mod
        Modifier mod = t.spec() instanceof TimeSpec.Qualified q ? q.qualifier().mod() : null;
        return new ResolvedTime(String.format(Locale.ROOT, "XXXX-XX-XXT%02d:%02d", c.hour(), c.minute()),
                TimeType.TIME, null, null, Granularity.UNSPECIFIED, mod, null, null,
                new Resolution(Anchor.NONE, null, t.rule()));
    }

    /**
     * Whether the last expression before clock time {@code i} in its sentence, other clock times
     * passed over, is the second of two days joined by "and" or "through" ("runs today and Sunday,
     * with studios open from 10 a.m. to 5 p.m."): the hours of each of those days, unless told in the
     * past.
     */
    private boolean afterDayList(int i) {
        Timex t = found.get(i);
        int k = i - 1;
        while (k >= 0 && found.get(k).sentence() == t.sentence() && Specs.isBareClock(found.get(k).spec())) {
            k--;
        }
        if (k < 1 || found.get(k).sentence() != t.sentence()
                || !Surroundings.joined(text, found.get(k - 1), found.get(k), DAY_LIST)) {
            return false;
        }
        ResolvedTime last = out.get(k).time();
        ResolvedTime first = out.get(k - 1).time();
        return Specs.isDay(last) && Specs.isDay(first) && !first.startDate().equals(last.startDate());
    }

    /** "the fiscal year that ended Dec. 31, 2021": the one that day ends, named by its year. */
    private ResolvedTime fiscalYearEnded(int i, SpecResolver v) {
        Timex t = found.get(i);
        Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
        if (next == null || !Surroundings.isFiscalYearEnded(text, t, next)) {
            return null;
        }
        ResolvedTime end = ahead(next);
        return end != null && end.isAnchored() && end.granularity() == Granularity.DAY
                ? FiscalYears.year(end.startDate().getYear(), end.startDate().getMonth(),
                        new Resolution(Anchor.NONE, null, t.rule()))
                : null;
    }

    /**
     * "his famous broadcast came on Dec. 23, 1982, when he told viewers to expect two feet by
     * Christmas Eve": the day nearest a date of another year the sentence named in full.
     */
    private ResolvedTime dayNearDated(int i, SpecResolver v) {
        Timex t = found.get(i);
        ResolvedTime dated = frames == null && Specs.isYearlessDay(Specs.unqualified(t.spec()))
                ? Surroundings.datedDayBefore(found, out, i, pub) : null;
        return dated == null ? null : t.spec().accept(new SpecResolver(sameWeekday, refTime, dated.startDate(),
                Tense.UNKNOWN, anchors.without(passedOver(t.spec())), t.rule()));
    }

    /**
     * "stocks may struggle in the first half of next year, followed by a recovery in the second
     * half": a later part of the year the sentence just named a part of.
     */
    private ResolvedTime laterPartOfYear(int i, SpecResolver v) {
        ResolvedTime earlierPart = Surroundings.earlierPartOfYear(found, out, i);
        return earlierPart == null ? null
                : Specs.withYear(found.get(i).spec(), earlierPart.startDate().getYear()).accept(v);
    }

    /**
     * "reduced manufacturing payrolls by about 33,000 in the month", told in the past in an October
     * jobs report that has also named April's low: the month the report is on, the latest of those
     * named that has ended, not the last named. Only the plain "the month": "through the end of the
     * month" and "that month" keep their own readings.
     */
    private ResolvedTime monthReported(int i, SpecResolver v) {
        Timex t = found.get(i);
        return t.spec() instanceof TimeSpec.Anaphoric a && a.unit() == Unit.MONTH && a.offset() == 0
                && THE_MONTH.matcher(t.text()).matches() && v.tense() == Tense.PAST ? v.reports().reportedMonth() : null;
    }

    /**
     * "For the nine months, losses totaled $212 million, compared with net income of $48.7
     * million a year earlier", "In the first nine months, net was $306 million, compared with a
     * loss in the 1988 period": a comparison with the year before, told of the months of a year
     * up to the quarter reported, is with that year's same months, named by the year; after "the
     * first half of the fiscal year", with that half a year back. Only when that stretch is the
     * last period named before it, in its sentence or the one before.
     */
    private ResolvedTime yearToDateBack(int i, SpecResolver v) {
        Timex t = found.get(i);
        boolean yearBack = t.spec() instanceof TimeSpec.Anaphoric a && a.period() != Unit.QUARTER
                && (a.comparative() || a.unit() == Unit.YEAR && a.offset() == -1);
        if (!yearBack && !(t.spec() instanceof TimeSpec.ReportedPeriod)) {
            return null;
        }
        for (int k = i - 1; k >= 0 && found.get(k).sentence() >= t.sentence() - 1; k--) {
            ResolvedTime r = out.get(k).time();
            if (r == null || r.type() == TimeType.DATE && r.granularity().compareTo(Granularity.DAY) <= 0) {
                continue; // "the nine months ended Sept. 30": the day that ends it
            }
            if (r.type() == TimeType.DURATION && NINE_MONTHS.matcher(found.get(k).text()).matches()) {
                ResolvedTime year = v.reports().reportedYear();
                return t.spec() instanceof TimeSpec.ReportedPeriod p
                        ? Periods.year(p.year(), year.resolution())
                        : Periods.year(year.startDate().getYear() - 1, year.resolution());
            }
            if (yearBack && r.type() == TimeType.DATE && r.granularity() == Granularity.HALF_YEAR) {
                return v.reports().yearBack(r);
            }
            return null;
        }
        return null;
    }

    /**
     * "more than half of the aides on the payroll in January 2022 had left by year's end", "adding
     * a few of the year's winners before year-end reports": a year-end told in the past, after a
     * year before publication's named in its sentence or the one before, is that year's end, not
     * the end of the year of publication.
     */
    private ResolvedTime yearEndToldOf(int i, SpecResolver v) {
        Timex t = found.get(i);
        if (!YEAR_END.matcher(t.text()).matches() || v.tense() != Tense.PAST) {
            return null;
        }
        for (int k = i - 1; k >= 0 && found.get(k).sentence() >= t.sentence() - 1; k--) {
            ResolvedTime r = out.get(k).time();
            if (r != null && r.isAnchored() && r.type() == TimeType.DATE
                    && r.granularity().compareTo(Granularity.YEAR) <= 0) {
                int year = r.startDate().getYear();
                return year < pub.getYear() && r.endDate().getYear() == year
                        ? Specs.withYear(t.spec(), year).accept(v)
                                .withResolution(new Resolution(Anchor.PREVIOUS_MENTION, r.value(), t.rule()))
                        : null;
            }
        }
        return null;
    }

    /** The expression's own reading, when no special one applied. */
    private ResolvedTime own(Timex t, SpecResolver v) {
        ResolvedTime time = t.spec().accept(v);
        if (Specs.isSamePeriod(t.spec()) && time.isAnchored() && v.tense() == Tense.PAST
                && time.resolution().anchor() == Anchor.PREVIOUS_MENTION && time.startDate().isAfter(pub)) {
            // "signaled it would keep raising rates into next year. The Fed left rates unchanged for
            // most of the first half of the year": what was done is not in a year ahead, so the year
            // is the one of publication
            ResolvedTime mine = t.spec().accept(visitor(t, List.of()));
            time = mine.isAnchored() && !mine.startDate().isAfter(pub) ? mine : time;
        }
        if (Surroundings.isStartAhead(text, t, time, pub) && v.tense() == Tense.FUTURE) {
            // "would receive a raise beginning in January", said in February: not the month just
            // ended, which a report ahead may be on ("the jobs report for January")
            time = Specs.withYear(t.spec(), time.startDate().getYear() + 1).accept(v);
        }
        LocalDate monday = Surroundings.longWeekendFrom(t, time);
        if (monday != null) {
            // "will return Tuesday, after the Memorial Day holiday ... planned to spend the holiday
            // weekend calling voters": the weekend that Monday ends, not the one after it
            time = Periods.weekend(monday.minusWeeks(1), time.resolution());
        }
        return time;
    }

    /**
     * The time as written out: a fiscal period placed in the text's fiscal year, a count of hours
     * or a vague one as TimeML writes it; a time too far off for any front end is refused.
     */
    private ResolvedTime finished(Timex t, ResolvedTime time, SpecResolver v) {
        if (fiscalEnd != null && time.isAnchored() && Surroundings.FISCAL.matcher(t.text()).find()) {
            time = fiscal(text, t, time, fiscalEnd, v);
        }
        boolean vague = Specs.isVagueCount(t);
        if ((vague || Specs.isClockCount(t)) && time.type() != TimeType.DURATION) {
            // "Forty minutes later, embers crossed the highway", "A few days later, she came": TimeML
            // writes the amount (PT40M, PXD); the time it reaches still places what it dates
            TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) Specs.unqualified(t.spec());
            time = new ResolvedTime(DurationValues.durationValue(a.unit(), vague ? null : Math.abs(a.offset())),
                    TimeType.DURATION, time.start(), time.end(), time.granularity(), time.modifier(), null, null,
                    time.resolution());
        }
        if (time.isAnchored() && (Math.abs(time.start().getYear()) > StandardResolver.MAX_YEAR
                || Math.abs(time.end().getYear()) > StandardResolver.MAX_YEAR)) {
            // "formed 999,999,999 years ago": no front end can place it (JavaScript's dates end at
            // year 275,760), and a time so far off is no date of a news story
            throw new DateTimeException("a time more than " + StandardResolver.MAX_YEAR + " years from the era: "
                    + time.value());
        }
        return time;
    }

    /**
     * The dates an expression passes over when it looks back: the period a report is on is not the
     * one it compares with, nor a state's start ("sales for the year", after "down from $21.7 million
     * in fiscal 1992"); a bare clock time is on the story's day, not on one a past perfect told of
     * or one things were said on ("by 7 a.m. the town was emptied", after "forecasters had warned of
     * it the day before"); dawn and dusk likewise pass over the background.
     */
    private static Set<Role> passedOver(TimeSpec spec) {
        return Specs.isSamePeriod(spec) ? PASSED_BY_SAME_PERIOD : Specs.isBareClock(spec) ? PASSED_BY_CLOCK
                : Specs.isDawnOrDusk(spec) ? PASSED_BY_DAWN
                : Specs.unqualified(spec) instanceof TimeSpec.Anaphoric a && !a.counted() && a.offset() != 0
                        ? PASSED_BY_NEIGHBOUR
                : Specs.unqualified(spec) instanceof TimeSpec.Anaphoric a && !a.counted() && a.offset() == 0
                        && (a.unit() == Unit.WEEK || a.unit() == Unit.WEEKEND) ? PASSED_BY_THAT_WEEK
                : Set.of();
    }

    /**
     * {@code sign} times the amount of {@code d} from the start of {@code from}, to the unit's
     * granularity (a week counted lands on a day); {@code null} when {@code from} is coarser.
     */
    private static ResolvedTime countFrom(TimeSpec.Duration d, int sign, ResolvedTime from, String rule) {
        Granularity g = switch (d.unit()) {
            case DAY, WEEK -> Granularity.DAY;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
            default -> null;
        };
        if (g == null || from.granularity().compareTo(g) > 0) {
            return null;
        }
        Resolution r = new Resolution(Anchor.PREVIOUS_MENTION, from.value(), rule);
        LocalDate day = Periods.plusUnits(from.startDate(), d.unit(), (long) sign * d.amount());
        return switch (g) {
            case DAY -> Periods.day(day, r);
            case MONTH -> Periods.month(YearMonth.from(day), r);
            default -> Periods.year(day.getYear(), r);
        };
    }

    /**
     * A fiscal quarter, half or year of a report whose fiscal year ends in {@code end}: named as the
     * expression names it, placed where it falls; one named without its year is the one the tense
     * points to (the last ended in the past tense, the next not ended in the future, else the last
     * begun). Any other expression is returned as it is.
     */
    private static ResolvedTime fiscal(String text, Timex t, ResolvedTime time, Month end, SpecResolver v) {
        TimeSpec u = Specs.unqualified(t.spec());
        ResolvedTime placed;
        if (u instanceof TimeSpec.Anaphoric a && a.unit() == Unit.YEAR && a.offset() == 0
                && FISCAL_YEAR_BEGINS.matcher(text).region(t.span().end(), text.length()).lookingAt()) {
            // "the fiscal year that begins July 1": the next one, named by the year it ends in
            placed = FiscalYears.year(FiscalYears.yearOf(v.pub(), end) + 1, end, time.resolution());
        } else if (u instanceof TimeSpec.YearPart p && (p.kind() == PartKind.QUARTER || p.kind() == PartKind.HALF)) {
            IntFunction<ResolvedTime> of = fy -> p.kind() == PartKind.QUARTER
                    ? FiscalYears.quarter(fy, p.index(), end, time.resolution())
                    : FiscalYears.half(fy, p.index(), end, time.resolution());
            if (p.year() != null) {
                placed = of.apply(p.year());
            } else {
                LocalDate pub = v.pub();
                int now = FiscalYears.yearOf(pub, end);
                ResolvedTime ended = null;
                ResolvedTime begun = null;
                ResolvedTime ahead = null;
                for (int fy = now - 1; fy <= now + 1; fy++) {
                    ResolvedTime c = of.apply(fy);
                    if (c.endDate().isBefore(pub)) {
                        ended = c;
                    }
                    if (!c.startDate().isAfter(pub)) {
                        begun = c;
                    }
                    if (ahead == null && !c.endDate().isBefore(pub)) {
                        ahead = c;
                    }
                }
                placed = switch (v.tense()) {
                    case PAST -> ended != null ? ended : begun;
                    case FUTURE -> ahead;
                    default -> begun != null ? begun : ahead;
                };
            }
        } else if (u instanceof TimeSpec.CalendarDate d && d.year() != null && d.month() == null) {
            placed = FiscalYears.year(d.year(), end, time.resolution());
        } else {
            return time;
        }
        return placed == null ? time : new ResolvedTime(placed.value(), placed.type(), placed.start(), placed.end(),
                placed.granularity(), time.modifier(), time.quant(), time.freq(), placed.resolution());
    }
}

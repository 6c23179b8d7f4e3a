package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Modifier;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.model.TimeType;
import org.chronoline.resolve.TextAnchors.Role;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.Direction;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Qualifier;
import org.chronoline.temporal.TimeSpec.Unit;
import org.chronoline.temporal.Timex;
import org.chronoline.text.TenseDetector;

/**
 * The standard resolver, for news.
 *
 * <ul>
 *   <li>Deictic expressions ("Tuesday", "last week", "this fall", "in August") resolve against the
 *       publication time, in its own offset's local date.</li>
 *   <li>Anaphoric ones ("the next day", "two days later", "that week", "the same weekend") resolve
 *       against the last resolved date of the text that is at least as fine as their unit, or the
 *       publication time when there is none, or when the period it gives ("the weekend" after "this
 *       Friday") lies after publication in the past tense or before it in the future tense.</li>
 *   <li>Direction comes from the tense of the clause ({@link TenseDetector}): a bare weekday is the
 *       last such day before publication in the past tense, the next one in the future or present
 *       tense ("the rally is Saturday"), and with no cue the same weekday the text named within a
 *       week of publication, else the last one; a bare month is the last one that has
 *       begun in the past tense however far back; a season or quarter the last one within
 *       {@value SpecResolver#MAX_TENSE_SHIFT_DAYS} days in the past tense; in the future tense the next one that
 *       has not ended within that distance (a season: the next, however far); with no cue, a month
 *       is the last one that has begun
 *       (within that distance) and a season or quarter the nearest. A month and
 *       day without a year, or a holiday, is the nearest such date unless the tense says which way:
 *       the past tense moves it back a year when it lies more than {@value SpecResolver#FAR_AHEAD_DAYS} days
 *       ahead or the year-earlier date is within {@value SpecResolver#MAX_TENSE_SHIFT_DAYS} days (the year
 *       ended Jan. 31, said in October, is this year's), the future tense likewise.</li>
 *   <li>"The following Monday", "the previous Friday", "the following spring" count from the last
 *       date the text named; "year-ago" and "year-earlier" from the period being reported on (over
 *       by publication, begun within the year before it), not from a forecast.</li>
 *   <li>A day counted from another day the text names is one expression ("two days before
 *       Christmas"), the tense placing the day counted to; "signed Friday, a day after the Senate
 *       passed it" dates the happening after "after" a day before Friday, and "two days after the
 *       Oct. 6 arrest" the day two days after it: the count becomes a date (not a count of business
 *       days, which skip weekends). A count after "in" in the future tense is the date that far
 *       after publication, to the count's unit ("will reopen in two weeks"); "the highest in two
 *       years", "sales doubled in two years" stay amounts.
 *       A bare weekday told as the future of a day named before it in the sentence ("said
 *       Monday he would leave Tuesday", "postponed until Tuesday") is the first after that day when
 *       that is before publication.
 *       A clock time before "on Oct. 3" is on that day; "midnight Friday" ends Friday (T24:00).
 *       Months and days joined to one that has its year share it ("in October and November 2019",
 *       "between December and January 2020": December 2019). A clock time before 6 a.m. after an
 *       evening one is of the next day ("at 11:41 p.m. ... at 12:20 a.m."), and "that night" right
 *       after such an hour began the day before. A season told in the past after a date named in
 *       full in an earlier year is the season that date lies in.</li>
 *   <li>A text that gives an interview held before publication ("This interview was conducted
 *       Monday") is told from that day in the sentences after the one that says so.</li>
 *   <li>A range written as one expression ("Oct. 6-7", "2009-2010") has an ISO 8601 interval of
 *       its first and last period for its value, both included. A duration placed by its words
 *       ("the past three years", "the next six months") keeps its value and ends or starts on the
 *       publication day.</li>
 *   <li>Narrative text: when at least five expressions name years two or more before the publication
 *       year, and they are 80% of the expressions that name a year, the text tells history; then
 *       partial dates (months, days, seasons, weekdays) resolve against the running reference, the
 *       last date resolved in the text, instead of the publication time, and a bare month or season
 *       not in the future tense is the one in the running reference's year ("In April 1992 ... In
 *       June" is June 1992). "That day", "that evening" after a month named with its year ("In April
 *       1992, a jury acquitted them. Riots broke out that evening") is that month: the text names no
 *       day.</li>
 *   <li>"Earlier this month" keeps the month's value with no TIMEX3 mod (TimeML has none for it) and
 *       the range from the month's start to the publication day; "since January 2023" is mod
 *       {@code ON_OR_AFTER} with a range up to the publication day, and a date after "since" lies
 *       behind publication whatever the tense ("is down 20% since Jan. 2"); "by October 3" is mod
 *       {@code ON_OR_BEFORE} with the day's own range.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class StandardResolver implements TimeResolver {

    /** The word lists the patterns below are built with ({@code rules/en/anchors.rules}). */
    private static final AnchorWords WORDS = AnchorWords.ENGLISH;

    /** A period and a word that ends it, right before a date: "the quarter ended", "the year ending on". */
    private static final Pattern PERIOD_ENDED = Pattern.compile("(?i)\\b" + WORDS.alternation("ended-periods")
            + "\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("period-ending-verbs") + "\\s+(?:on\\s+)?$");
    /** A plain "the month", nothing before or after it. */
    private static final Pattern THE_MONTH = Pattern.compile("(?i)the\\s+month");
    /** The months of a year up to a quarter's end: "the nine months", "the first nine months". */
    private static final Pattern NINE_MONTHS = Pattern.compile(
            "(?i)(?:(?:the|its)\\s+)?(?:(?:first|latest|past)\\s+)?(?:nine|9)\\s+months");
    /** The end of a year with no year named: "year-end", "year's end", "the year end". */
    private static final Pattern YEAR_END = Pattern.compile("(?i)(?:the\\s+)?year(?:-|\\s{1,2}|['’]s\\s{1,2})end");
    /** An expression that opens with "the". */
    private static final Pattern THE = Pattern.compile("(?i)the\\s");

    /**
     * "after" or "before" after a count ("signed Friday, a day after ..."), then perhaps a determiner
     * before the day it counts from ("two days after the Oct. 6 arrest"): group 1 the word, group 2
     * the space after it.
     */
    private static final Pattern AFTER_OR_BEFORE = Pattern.compile(
            "\\s{1,3}(after|before)(\\s{1,3})(?:(?:the|his|her|its|their)\\s{1,3})?", Pattern.CASE_INSENSITIVE);

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
    /** What may stand before a year that opens a sentence: "In 2019, ...", "Back in 2019, ...". */
    private static final Pattern OPENING_PREPOSITION = Pattern.compile("(?i)(?:back\\s+)?(?:in|during|by|through|throughout)");
    /** Between the two ends of a span of hours: "10 a.m. to 7 p.m. Saturday", "9-5 Friday". */
    private static final Pattern CLOCK_RANGE_GAP = Pattern.compile("\\s*(?:to|until|till|through|-|–|and)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * Between months or days that share the year written only with the last: "October and November
     * 2019", "from March to May 2017", "Sept. 4, Oct. 3 and Nov. 5, 2014".
     */
    private static final Pattern YEAR_SHARED_GAP = Pattern.compile(
            "\\s*(?:,|,?\\s*(?:and|or|to|through|thru|until|till|into)(?:\\s+in)?|[-–—])\\s*", Pattern.CASE_INSENSITIVE);
    /** What may stand between a clock time and the day it is on. */
    private static final Pattern DAY_GAP = Pattern.compile(
            "\\)?\\s*(?:\\(?" + WORDS.alternation("time-zones") + "\\s+(?:(?:standard|daylight)\\s+)?"
                    + "time\\)?\\s*)?(?:\\([^()]{1,20}\\)\\s*)?,?\\s*(?:on|of)?\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * An amount of things right before "in" and a count: "can test about 40 people in a day", "open
     * three stores in two years": how much a stretch holds, not a date ahead.
     */
    private static final Pattern AMOUNT_IN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
                    + "\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]{3,}\\s+in\\s+$", Pattern.CASE_INSENSITIVE);
    /** "in" right before a count, and the word before it. */
    private static final Pattern IN_BEFORE = Pattern.compile("(?:(\\S+)\\s+)?(?<![\\p{L}\\p{N}])in\\s+$", Pattern.CASE_INSENSITIVE);
    /** Words after a count that make it part of a longer noun phrase: "a quarter that ...", "a year of ...". */
    private static final Pattern NOUN_PHRASE_GOES_ON = Pattern.compile(
            "\\s+(?:that|which|when|where|of|in\\s+which|ending|ended)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before "in" that make the count a stretch: "the highest in", "the first time in". */
    private static final Pattern STRETCH = Pattern.compile("(?i)\\p{L}+est|" + WORDS.alternation("stretch-words"));

    /** "as of" right before a clock time. */
    private static final Pattern AS_OF = Pattern.compile("\\bas\\s+of\\s+(?:about\\s+|around\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * A saying told with where it was said, right before an expression: "the bank said in its quarterly
     * bulletin Thursday", "said in a statement on Monday"; group 1 the verb.
     */
    private static final Set<String> SAYING_PLACES = WORDS.words("saying-places");
    /**
     * For each word of a kind of happening ("murder"), a pattern that finds any word of its kind
     * ("shot", "slain", "killed"), whole.
     */
    private static final Map<String, Pattern> SAME_HAPPENING = sameHappening(WORDS.classes("same-happening"));
    private static final Pattern SAID_IN = Pattern.compile(
            "([\\p{L}'’]+)\\s+(?:in|on)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + WORDS.alternation("saying-places") + "\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** How far before an expression {@link #SAID_IN} looks, in characters. */
    static final int SAID_IN_REACH = 60;

    /** The word right before an expression, "on" passed over: "officials said (on) Wednesday". */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+)\\s+(?:on\\s+)?$");
    /** A clause after "the same night": "(that) the full council voted". */
    private static final Pattern CLAUSE_VERB_AFTER = Pattern.compile(
            "\\s+(?:that\\s+|when\\s+)?(?:(?:the|a|an|his|her|its|their|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(\\p{Ll}{3,}ed)\\b");
    /** "Two days after the vote": the happening an anaphoric count names, "vote" (its last word). */
    private static final Pattern EVENT_AFTER = Pattern.compile("(?:after|before)\\s+(?:the|his|her|their|its)\\s+.*?([\\p{L}]{3,})$",
            Pattern.CASE_INSENSITIVE);

    /** "up from $36.1 million in", "compared with 77 cents a share in": what a period is compared with. */
    private static final Pattern COMPARED = Pattern.compile(
            "\\b(?:from|compared\\s{1,3}(?:with|to)|versus|vs\\.|against(?!\\s{1,3}(?:earnings|income|profits?|revenues?)\\b))"
                    + "\\s[^;]*\\b(?:in|for)\\s{1,3}(?:the\\s{1,3})?$",
            Pattern.CASE_INSENSITIVE);
    /** How far before an expression {@link #COMPARED} looks, in characters ("a charge against earnings" compares nothing). */
    static final int COMPARED_REACH = 60;
    /** How far from the words of a day a word of the same kind of happening may stand, in characters. */
    static final int HAPPENING_REACH = 60;
    /** How far before an expression {@link #PAST_PERFECT} looks, in characters. */
    static final int PAST_PERFECT_REACH = 80;

    /** "A couple of days": two, as TimeML counts them. */
    private static final Pattern COUPLE = Pattern.compile("(?:(?:about|some|nearly|almost|roughly)\\s+)?a\\s+couple\\b",
            Pattern.CASE_INSENSITIVE);
    /** A count that gives no number: "a few hours later", "several minutes after". */
    private static final Pattern VAGUE_COUNT = Pattern.compile(
            "(?:(?:about|some|nearly|almost|roughly)\\s+)?(?:a\\s+few|a\\s+couple|several|some|many|few|hours|minutes)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The word that makes a period a fiscal one. */
    private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal\\b");
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
    /** After "the fiscal year": ", which ended", "that ended on", "ending". */
    private static final Pattern FISCAL_YEAR_ENDED = Pattern.compile(
            "(?i),?\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("fiscal-year-ending-verbs") + "\\s+(?:on\\s+)?");
    /** After "the fiscal year": "that begins July 1", "beginning Monday". */
    private static final Pattern FISCAL_YEAR_BEGINS = Pattern.compile(
            "(?i),?\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("fiscal-year-beginning-verbs") + "\\b");

    /** How many characters may stand between a clock time and the set of days it holds on. */
    static final int DAY_SET_GAP = 40;
    /**
     * What may join hours and the days they hold on: "10 a.m. to 4 p.m. on weekdays", "daily, from 9",
     * "every day at 7 a.m.".
     */
    private static final Pattern HOURS_JOINER = Pattern.compile(
            "[\\s,–-]*(?:(?:from|on|at|to|and|between|until|till|through)(?![\\p{L}])[\\s,–-]*)*", Pattern.CASE_INSENSITIVE);

    /**
     * "This interview was conducted", "the conversation was recorded": a text giving an interview held
     * on a day. Its nouns stay here, beside the cheap look in {@link Pass} that tests for their
     * spellings, case and all, before this pattern searches the whole text.
     */
    private static final Pattern INTERVIEW_HELD = Pattern.compile(
            "(?<![\\p{L}])(?:interview|conversation|q\\s?&\\s?a)\\s+(?:was|were)\\s+" + WORDS.alternation("interview-verbs")
                    + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** A weekend joined to a day off: "the holiday weekend", "the long weekend", "a three-day weekend". */
    private static final Pattern LONG_WEEKEND = Pattern.compile("(?i)" + WORDS.alternation("long-weekends") + "\\s+weekend");
    /** A day written out, as a resolution names its anchor: "2009-05-25". */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A clause that tells of the days just named: "on Thursdays, when admission is free after 5 p.m.". */
    private static final Pattern DAY_SET_CLAUSE = Pattern.compile(
            "\\s*,\\s*when\\s[^.;:!?]*?(?<![\\p{L}])(?:at|after|before|from|until|till|by)\\s*", Pattern.CASE_INSENSITIVE);

    /** "from" or "since" right before an expression: the start of a state. */
    private static final Pattern STATE_START = Pattern.compile("(?<![\\p{L}])(?:from|since)\\s{1,3}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A present perfect and "since" before an expression in its sentence: "has drawn 9,000 visitors
     * since it opened in March" tells of a state that reaches publication.
     */
    private static final Pattern PERFECT_SINCE = Pattern.compile(
            "(?<![\\p{L}])(?:has|have|'s|’s)\\s{1,3}(?:(?:not|never|already|now|also)\\s{1,3})?\\p{L}+(?:ed|en|wn|ne|un|ht|ld)(?![\\p{L}])"
                    + "[^.;!?]{0,80}(?<![\\p{L}])since(?![\\p{L}])[^.;!?]*$",
            Pattern.CASE_INSENSITIVE);
    /** What starts a stretch ahead right before a month: "a pay raise beginning in January". */
    private static final Pattern START_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:beginning|starting|effective)\\s{1,3}(?:in\\s{1,3})?$", Pattern.CASE_INSENSITIVE);
    /** "for" right before an expression: "for about two years before the explosion" is a length. */
    private static final Pattern FOR_BEFORE = Pattern.compile("(?<![\\p{L}])for\\s{1,3}$", Pattern.CASE_INSENSITIVE);
    /** "by" right before an expression: "had declared 27 buildings unsafe by Monday afternoon". */
    private static final Pattern BY_BEFORE = Pattern.compile("(?<![\\p{L}])by\\s{1,3}$", Pattern.CASE_INSENSITIVE);
    /** A past perfect in the words before an expression, in its clause: "had been", "had closed". */
    private static final Pattern PAST_PERFECT = Pattern.compile(
            "(?<![\\p{L}'’])had\\s{1,3}(?:(?:not|never|already|long|once|since)\\s{1,3})?(?:been|\\p{L}+ed|\\p{L}+en)\\b[^.;:,]*$",
            Pattern.CASE_INSENSITIVE);


    /** The farthest year, either side of the era, that a resolved time may reach. */
    static final int MAX_YEAR = 270_000;

    static final StandardResolver INSTANCE = new StandardResolver(SameWeekday.SAME_DAY, TenseDetector.english());

    private final SameWeekday sameWeekday;
    private final TenseDetector tenses;

    StandardResolver(SameWeekday sameWeekday, TenseDetector tenses) {
        this.sameWeekday = Objects.requireNonNull(sameWeekday, "sameWeekday");
        this.tenses = Objects.requireNonNull(tenses, "tenses");
    }

    @Override
    public List<TemporalExpression> resolve(ResolutionContext context, List<Timex> found) {
        return new Pass(context, found).run();
    }

    /** A special reading of expression {@code i}, or {@code null} when its words are not so. */
    @FunctionalInterface
    private interface Reading {
        ResolvedTime of(Pass pass, int i, SpecResolver v);
    }

    /**
     * The special readings tried before an expression's own, in this order; the first that applies
     * wins. Each is a method of {@link Pass} that looks at the words and dates around the expression,
     * with an example of the words it reads in its doc.
     */
    private static final List<Reading> READINGS = List.of(Pass::countedBack, Pass::yearShared, Pass::monthOfEarlierYear,
            Pass::countedToNext, Pass::countedFromEvent, Pass::sameAsEvent, Pass::partToldOf, Pass::asOf,
            Pass::quotedTonight, Pass::weekdayOfDateNamed, Pass::rangeEnd, Pass::nextInList, Pass::futureInThePast,
            Pass::countAhead, Pass::hoursOfDays, Pass::fiscalYearEnded, Pass::dayNearDated, Pass::laterPartOfYear,
            Pass::monthReported, Pass::yearToDateBack, Pass::yearEndToldOf);

    /**
     * One text's resolution, expression by expression in text order: the expressions found, those
     * resolved so far and the dates they gave for later ones to count from. Made for one call of
     * {@link #resolve} and used by its thread only.
     */
    private final class Pass {

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

        Pass(ResolutionContext context, List<Timex> found) {
            this.context = context;
            this.text = context.text();
            this.found = found;
            this.refTime = context.reference().toLocalDateTime();
            this.pub = refTime.toLocalDate();
            // a narrative's running date is set by the dates it tells its story on, not by those of its
            // background
            this.anchors = new TextAnchors(isNarrative(found, refTime.getYear()));
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
                        anchors.add(time, roles(context, t));
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
            Span sentence = sentenceSpan(context, t);
            return INTERVIEW_HELD.matcher(text).region(sentence.start(), sentence.end()).find();
        }

        /** A resolver for {@code t} that counts from {@code from}. */
        private SpecResolver visitor(Timex t, List<ResolvedTime> from) {
            return StandardResolver.this.visitor(context, t, refTime, frames, from);
        }

        /** {@code next} resolved ahead of its turn; {@code null} when it cannot be. */
        private ResolvedTime ahead(Timex next) {
            return resolveAhead(context, next, refTime, frames, anchors.all());
        }

        /**
         * The resolver for expression {@code i}: against the dates it does not pass over, told from the
         * year the sentence opened with, or on the day a clock time is written with.
         */
        private SpecResolver visitorFor(int i) {
            Timex t = found.get(i);
            List<ResolvedTime> pool = anchors.without(passedOver(t.spec()));
            SpecResolver v = visitor(t, pool);
            ResolvedTime sentenceYear = frames == null && isYearlessDate(t.spec())
                    ? openingYear(context, found, out, i) : null;
            if (sentenceYear != null && (v.tense() != Tense.FUTURE || sentenceYear.startDate().isAfter(pub))
                    && (v.tense() != Tense.PAST || sentenceYear.startDate().isBefore(pub))) {
                // "Last year, we got 8 inches on April 15": the year the sentence named before the date
                SpecResolver told = v;
                v = new SpecResolver(sameWeekday, refTime, sentenceYear.endDate(), told::tense, pool, t.rule(),
                        sentenceYear);
            }
            Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
            // "10:35 a.m. (0735 GMT) Friday": the day comes after the time given again in another zone
            Timex dayNext = next != null && isBareClock(next.spec()) && i + 2 < found.size()
                    && text.substring(t.span().end(), next.span().start()).strip().endsWith("(")
                    ? found.get(i + 2) : next;
            if (dayNext != null && (isBareClock(t.spec()) || isDawnOrDusk(t.spec())) && dayFollows(text, t, dayNext)) {
                // "at 11:45 p.m. on Oct. 3", "at dawn on the 14th": the time is on the day named right after it
                ResolvedTime day = ahead(dayNext);
                if (day != null && day.granularity() == Granularity.DAY) {
                    v = visitor(t, anchors.with(day));
                }
            } else if (next != null && isBareClock(t.spec()) && joined(text, t, next, CLOCK_RANGE_GAP)
                    && (isClockOfDay(next.spec()) || i + 2 < found.size() && isBareClock(next.spec())
                            && dayFollows(text, next, found.get(i + 2)))) {
                // "from 10 a.m. to 7 p.m. Saturday", "from 1 to 4 p.m. next Saturday": the start of the
                // hours is on the day of their end
                ResolvedTime end = ahead(isClockOfDay(next.spec()) ? next : found.get(i + 2));
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
            boolean fromEvent = t.spec() instanceof TimeSpec.Anaphoric a && a.counted() && eventNoun(t) != null;
            if (previous == null || !previous.isAnchored() || previous.type() == TimeType.DURATION
                    || before.sentence() != t.sentence() || !isCalendarCount(t) && !fromEvent
                    || !text.substring(before.span().end(), t.span().start()).strip().equals(",")) {
                return null;
            }
            if (fromEvent) {
                // "captured Tuesday, three days after the shooting": the shooting was three days before Tuesday
                TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) t.spec();
                return countFrom(lengthOf(a), -Integer.signum(a.offset()), previous, t.rule());
            }
            Matcher m = AFTER_OR_BEFORE.matcher(text).region(t.span().end(), text.length());
            if (!m.lookingAt()) {
                return null;
            }
            if (i + 1 < found.size() && found.get(i + 1).span().start() <= m.end(2)) {
                return null; // "a day after Oct. 6" is a day the rules read whole
            }
            return countFrom((TimeSpec.Duration) t.spec(), -direction(m), previous, t.rule());
        }

        /**
         * "meetings in October and November 2019": October 2019, the year written once for both;
         * "December and January 2020" is December 2019.
         */
        private ResolvedTime yearShared(int i, SpecResolver v) {
            Timex t = found.get(i);
            ResolvedTime yearGiver = isYearlessDate(unqualified(t.spec())) ? yearGiver(i) : null;
            if (yearGiver == null) {
                return null;
            }
            int year = yearGiver.startDate().getYear();
            ResolvedTime time = withYear(t.spec(), year).accept(v);
            return time.startDate().isAfter(yearGiver.startDate()) ? withYear(t.spec(), year - 1).accept(v) : time;
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
                if (!joined(text, before, n, YEAR_SHARED_GAP)) {
                    return null;
                }
                if (!isYearlessDate(unqualified(n.spec()))) {
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
            ResolvedTime monthBefore = frames == null ? earlierMonthOfYear(found, out, i, pub) : null;
            // the tense last: it is the costly part
            return monthBefore == null || v.tense() == Tense.FUTURE ? null
                    : withYear(found.get(i).spec(), monthBefore.startDate().getYear()).accept(v);
        }

        /** "two days after the Oct. 6 arrest": counted from the day named next. */
        private ResolvedTime countedToNext(int i, SpecResolver v) {
            Timex t = found.get(i);
            Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
            Matcher toNext = next != null ? countToNext(text, t, next) : null;
            if (toNext == null) {
                return null;
            }
            ResolvedTime day = ahead(next);
            return day != null && day.isAnchored() && day.type() != TimeType.DURATION
                    ? countFrom((TimeSpec.Duration) t.spec(), direction(toNext), day, t.rule()) : null;
        }

        /**
         * "two days after the vote", "the week after the vote": counted from the day of the sentence
         * that told of the vote; when none did, a count is only a length ("two years after the fire,
         * the town is still rebuilding").
         */
        private ResolvedTime countedFromEvent(int i, SpecResolver v) {
            Timex t = found.get(i);
            String event = unqualified(t.spec()) instanceof TimeSpec.Anaphoric ? eventNoun(t) : null;
            if (event == null) {
                return null;
            }
            TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) unqualified(t.spec());
            // "had cut staffing for about two years before the explosion": how long, whenever it was
            ResolvedTime dated = FOR_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 5), t.span().start()).find()
                    ? null : datedEvent(context, found, out, i, event, v.tense() == Tense.PAST ? pub : null);
            ResolvedTime time = null;
            if (dated != null) {
                time = a.accept(visitor(t, List.of(dated)));
            } else if (a.counted()) {
                time = lengthOf(a).accept(v);
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
            if (!isSameAs(t.spec())) {
                return null;
            }
            String verb = verbAfter(text, t);
            // the same form first ("voted"), then any of its stem ("a public vote")
            ResolvedTime dated = verb == null ? null : datedEvent(context, found, out, i, verb, null);
            String stem = verb == null ? null : stemOf(verb);
            if (dated == null && stem != null) {
                dated = datedEvent(context, found, out, i, stem, null);
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
            TimeSpec.DayPart part = thatPart(t);
            ResolvedTime toldPart = part == null ? null
                    : lastPart(found, out, i, part, v.tense() == Tense.PAST ? refTime : null);
            return toldPart == null ? null : t.spec().accept(visitor(t, List.of(toldPart)));
        }

        /** "1,200 homes remained dark as of 10 a.m.": a count as it stands, on the day of publication. */
        private ResolvedTime asOf(int i, SpecResolver v) {
            Timex t = found.get(i);
            return isBareClock(t.spec())
                    && AS_OF.matcher(text).region(Math.max(0, t.span().start() - 12), t.span().start()).find()
                    ? t.spec().accept(visitor(t, List.of())) : null;
        }

        /**
         * "a spending plan presented at Tuesday night's meeting ... 'Nothing is decided tonight,' she
         * said", published Wednesday: the night the words were said.
         */
        private ResolvedTime quotedTonight(int i, SpecResolver v) {
            Timex t = found.get(i);
            return isTonight(t.spec()) && isQuoted(text, t.span().start()) ? quotedNight(out, pub, t.rule()) : null;
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
            if (i == 0 || !isOnBareWeekday(t.spec())) {
                return null;
            }
            Timex start = found.get(i - 1);
            ResolvedTime from = out.get(i - 1).time();
            if (from == null || !from.isAnchored() || from.granularity().compareTo(Granularity.DAY) > 0
                    || !joined(text, start, t, RANGE_TO) && !joined(text, start, t, STAY_THROUGH)
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
            if (i == 0 || !isOnBareWeekday(t.spec()) || v.tense() != Tense.UNKNOWN
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
            if (!isBareWeekday(t.spec()) || v.tense() != Tense.FUTURE) {
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
            if (!isOnBareWeekday(t.spec()) || isSaying(text, t)) {
                return null;
            }
            DayOfWeek weekday = weekdayOf(t.spec());
            for (int j = i - 1; j >= 0 && found.get(j).sentence() == t.sentence(); j--) {
                ResolvedTime named = out.get(j).time();
                if (named != null && named.isAnchored() && named.type() == TimeType.DATE
                        && named.granularity() == Granularity.DAY && named.startDate().getDayOfWeek() == weekday
                        && Math.abs(ChronoUnit.DAYS.between(pub, named.startDate())) > 7
                        && (v.tense() != Tense.PAST || named.startDate().isBefore(pub))
                        && (v.tense() != Tense.FUTURE || named.startDate().isAfter(pub))
                        && !joined(text, found.get(j), t, RANGE_TO) && !isStateStart(context, found.get(j))
                        && !isDueBy(text, found.get(j))) {
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
            if (!isCountAhead(text, t) || v.tense() != Tense.FUTURE && !t.text().endsWith("time")) {
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
            if (!isBareClock(t.spec()) || !nearDaySet(text, found, i) && !(afterDayList(i) && v.tense() != Tense.PAST)) {
                return null;
            }
            TimeSpec.ClockTime c = (TimeSpec.ClockTime) unqualified(t.spec());
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
            while (k >= 0 && found.get(k).sentence() == t.sentence() && isBareClock(found.get(k).spec())) {
                k--;
            }
            if (k < 1 || found.get(k).sentence() != t.sentence()
                    || !joined(text, found.get(k - 1), found.get(k), DAY_LIST)) {
                return false;
            }
            ResolvedTime last = out.get(k).time();
            ResolvedTime first = out.get(k - 1).time();
            return isDay(last) && isDay(first) && !first.startDate().equals(last.startDate());
        }

        /** "the fiscal year that ended Dec. 31, 2021": the one that day ends, named by its year. */
        private ResolvedTime fiscalYearEnded(int i, SpecResolver v) {
            Timex t = found.get(i);
            Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (next == null || !isFiscalYearEnded(text, t, next)) {
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
            ResolvedTime dated = frames == null && isYearlessDay(unqualified(t.spec()))
                    ? datedDayBefore(found, out, i, pub) : null;
            return dated == null ? null : t.spec().accept(new SpecResolver(sameWeekday, refTime, dated.startDate(),
                    Tense.UNKNOWN, anchors.without(passedOver(t.spec())), t.rule()));
        }

        /**
         * "stocks may struggle in the first half of next year, followed by a recovery in the second
         * half": a later part of the year the sentence just named a part of.
         */
        private ResolvedTime laterPartOfYear(int i, SpecResolver v) {
            ResolvedTime earlierPart = earlierPartOfYear(found, out, i);
            return earlierPart == null ? null
                    : withYear(found.get(i).spec(), earlierPart.startDate().getYear()).accept(v);
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
                    && THE_MONTH.matcher(t.text()).matches() && v.tense() == Tense.PAST ? v.reportedMonth() : null;
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
                    ResolvedTime year = v.reportedYear();
                    return t.spec() instanceof TimeSpec.ReportedPeriod p
                            ? Periods.year(p.year(), year.resolution())
                            : Periods.year(year.startDate().getYear() - 1, year.resolution());
                }
                if (yearBack && r.type() == TimeType.DATE && r.granularity() == Granularity.HALF_YEAR) {
                    return v.yearBack(r);
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
                    if (year >= pub.getYear() || r.endDate().getYear() != year || !(t.spec() instanceof TimeSpec.Qualified q)) {
                        return null;
                    }
                    TimeSpec yearEnd = new TimeSpec.Qualified(q.qualifier(), new TimeSpec.CalendarDate(year, null, null, false));
                    return yearEnd.accept(v).withResolution(new Resolution(Anchor.PREVIOUS_MENTION, r.value(), t.rule()));
                }
            }
            return null;
        }

        /** The expression's own reading, when no special one applied. */
        private ResolvedTime own(Timex t, SpecResolver v) {
            ResolvedTime time = t.spec().accept(v);
            if (isSamePeriod(t.spec()) && time.isAnchored() && v.tense() == Tense.PAST
                    && time.resolution().anchor() == Anchor.PREVIOUS_MENTION && time.startDate().isAfter(pub)) {
                // "signaled it would keep raising rates into next year. The Fed left rates unchanged for
                // most of the first half of the year": what was done is not in a year ahead, so the year
                // is the one of publication
                ResolvedTime mine = t.spec().accept(visitor(t, List.of()));
                time = mine.isAnchored() && !mine.startDate().isAfter(pub) ? mine : time;
            }
            if (isStartAhead(text, t, time, pub) && v.tense() == Tense.FUTURE) {
                // "would receive a raise beginning in January", said in February: not the month just
                // ended, which a report ahead may be on ("the jobs report for January")
                time = withYear(t.spec(), time.startDate().getYear() + 1).accept(v);
            }
            LocalDate monday = longWeekendFrom(t, time);
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
            if (fiscalEnd != null && time.isAnchored() && FISCAL.matcher(t.text()).find()) {
                time = fiscal(text, t, time, fiscalEnd, v);
            }
            boolean vague = isVagueCount(t);
            if ((vague || isClockCount(t)) && time.type() != TimeType.DURATION) {
                // "Forty minutes later, embers crossed the highway", "A few days later, she came": TimeML
                // writes the amount (PT40M, PXD); the time it reaches still places what it dates
                TimeSpec.Anaphoric a = (TimeSpec.Anaphoric) unqualified(t.spec());
                time = new ResolvedTime(SpecResolver.durationValue(a.unit(), vague ? null : Math.abs(a.offset())),
                        TimeType.DURATION, time.start(), time.end(), time.granularity(), time.modifier(), null, null,
                        time.resolution());
            }
            if (time.isAnchored() && (Math.abs(time.start().getYear()) > MAX_YEAR
                    || Math.abs(time.end().getYear()) > MAX_YEAR)) {
                // "formed 999,999,999 years ago": no front end can place it (JavaScript's dates end at
                // year 275,760), and a time so far off is no date of a news story
                throw new DateTimeException("a time more than " + MAX_YEAR + " years from the era: " + time.value());
            }
            return time;
        }
    }

    /**
     * The dates an expression passes over when it looks back: the period a report is on is not the
     * one it compares with, nor a state's start ("sales for the year", after "down from $21.7 million
     * in fiscal 1992"); a bare clock time is on the story's day, not on one a past perfect told of
     * or one things were said on ("by 7 a.m. the town was emptied", after "forecasters had warned of
     * it the day before"); dawn and dusk likewise pass over the background.
     */
    private static Set<Role> passedOver(TimeSpec spec) {
        return isSamePeriod(spec) ? PASSED_BY_SAME_PERIOD : isBareClock(spec) ? PASSED_BY_CLOCK
                : isDawnOrDusk(spec) ? PASSED_BY_DAWN
                : unqualified(spec) instanceof TimeSpec.Anaphoric a && !a.counted() && a.offset() != 0 ? PASSED_BY_NEIGHBOUR
                : unqualified(spec) instanceof TimeSpec.Anaphoric a && !a.counted() && a.offset() == 0
                        && (a.unit() == Unit.WEEK || a.unit() == Unit.WEEKEND) ? PASSED_BY_THAT_WEEK
                : Set.of();
    }

    /** The parts the date of {@code t} plays in the text, beyond dating what it dates. */
    private Set<Role> roles(ResolutionContext context, Timex t) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (isCompared(context, t)) {
            roles.add(Role.COMPARED);
        }
        boolean stateStart = isStateStart(context, t);
        if (stateStart) {
            roles.add(Role.STATE_START);
        }
        if (isSaying(context.text(), t)) {
            roles.add(Role.SAYING);
        }
        if (stateStart || isPastPerfect(context, t) || endsPeriod(context.text(), t) || isSessionBefore(t)) {
            roles.add(Role.BACKGROUND);
        }
        if (isDueBy(context.text(), t)) {
            roles.add(Role.DEADLINE);
        }
        return roles;
    }

    /**
     * Whether {@code t} is the day a period ends ("production fell in the quarter ended June 30"): a
     * bound of what a report is on, no happening of the story.
     */
    private static boolean endsPeriod(String text, Timex t) {
        return PERIOD_ENDED.matcher(text).region(Math.max(0, t.span().start() - 40), t.span().start()).find();
    }

    /**
     * Whether {@code t} is a trading day counted back ("after slipping 0.4 percent in the previous
     * session"): what a market report measures the day from, not a happening of the story, so a bare
     * clock time later on ("The rand weakened by 5 p.m.") is not of that day.
     */
    private static boolean isSessionBefore(Timex t) {
        return t.spec() instanceof TimeSpec.Anaphoric a && a.workdays() && a.offset() < 0;
    }

    /** Whether "by" stands right before {@code t}: a day something is due by ("expect two feet by Christmas Eve"). */
    private static boolean isDueBy(String text, Timex t) {
        return BY_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 6), t.span().start()).find();
    }

    private SpecResolver visitor(ResolutionContext context, Timex t, LocalDateTime refTime, List<ResolvedTime> frames,
                            List<ResolvedTime> anchors) {
        Supplier<Tense> tense = () -> tenses.tenseAt(context.text(), sentenceSpan(context, t), t.span());
        if (frames == null) {
            return new SpecResolver(sameWeekday, refTime, refTime.toLocalDate(), tense, anchors, t.rule()); // the tense only when asked
        }
        // a narrative's running date serves the past; what is ahead is still told from publication, and
        // so is the start of a state that reaches it ("it burned in 1951 ... the exhibit has drawn 9,000
        // visitors since it opened in March")
        Tense known = tense.get();
        Span sentence = sentenceSpan(context, t);
        boolean toPublication = PERFECT_SINCE.matcher(context.text()).region(sentence.start(), t.span().start()).find();
        ResolvedTime frame = (known == Tense.PAST || known == Tense.UNKNOWN) && !toPublication
                ? lastFrame(frames, refTime.toLocalDate()) : null;
        if (frame == null) {
            return new SpecResolver(sameWeekday, refTime, refTime.toLocalDate(), () -> known, anchors, t.rule());
        }
        // a bare year stands for the whole year: "in 1989 ... in November" is November 1989
        LocalDate running = frame.granularity() == Granularity.YEAR ? frame.endDate() : frame.startDate();
        return new SpecResolver(sameWeekday, refTime, running, () -> known, anchors, t.rule(), frame);
    }

    /**
     * The expression after the one being resolved, resolved ahead of its turn (its own turn still
     * comes, and reports it if it cannot be resolved); {@code null} when it cannot be.
     */
    private ResolvedTime resolveAhead(ResolutionContext context, Timex next, LocalDateTime refTime,
                                      List<ResolvedTime> frames,
                                      List<ResolvedTime> anchors) {
        try {
            return next.spec().accept(visitor(context, next, refTime, frames, anchors));
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * A count of calendar units that may date something: "two days", not "two business days" (which
     * skip weekends), "two and a half days", "the past two days" or "four seasons" (of play).
     */
    private static boolean isCalendarCount(Timex t) {
        if (!(t.spec() instanceof TimeSpec.Duration d) || d.amount() == null || d.plusHalf() || d.toward() != 0) {
            return false;
        }
        String words = t.text().toLowerCase(Locale.ROOT);
        // "may compete in four seasons": how many seasons of play, not a stretch of the calendar
        return !words.contains("trading") && !words.contains("business") && !words.contains("working")
                && !words.endsWith("seasons");
    }

    /**
     * Whether {@code t} is a count of days, weeks, months or years right after "in" ("will reopen in
     * two weeks"), not after a superlative or "time" ("the highest in two years", "the first time in
     * a decade"), which measure a stretch, nor one that a noun phrase goes on from ("in a quarter that
     * produced a loss").
     */
    private static boolean isCountAhead(String text, Timex t) {
        if (!isCalendarCount(t) || ((TimeSpec.Duration) t.spec()).unit().compareTo(Unit.DAY) < 0
                || t.text().regionMatches(true, 0, "the", 0, 3)
                || NOUN_PHRASE_GOES_ON.matcher(text).region(t.span().end(), text.length()).lookingAt()) {
            return false; // "in the year ending June 30", "in a quarter that produced a loss"
        }
        Matcher m = IN_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 40), t.span().start());
        return m.find() && (m.group(1) == null || !STRETCH.matcher(m.group(1)).matches())
                && !Stretches.ENGLISH.measuresStretch(text, t.span().start())
                && !AMOUNT_IN.matcher(text).region(Math.max(0, t.span().start() - 40), t.span().start()).find();
    }

    /**
     * The match of "after the", "before his" or "after" between a count and the expression
     * {@code next} right after it ("two days after the Oct. 6 arrest", "a week after Tuesday's
     * vote"), or {@code null}.
     */
    private static Matcher countToNext(String text, Timex count, Timex next) {
        if (!isCalendarCount(count) || next.sentence() != count.sentence() || THE.matcher(count.text()).lookingAt()) {
            // "a crunch in the 10 days before Christmas": a stretch that ends there, not a day
            return null;
        }
        Matcher m = AFTER_OR_BEFORE.matcher(text).region(count.span().end(), text.length());
        return m.lookingAt() && m.end() == next.span().start() ? m : null;
    }

    /** 1 for "after", -1 for "before". */
    private static int direction(Matcher afterOrBefore) {
        return afterOrBefore.group(1).equalsIgnoreCase("after") ? 1 : -1;
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


    /** What a spec says without its qualifiers ("until Tuesday" is "Tuesday"). */
    private static TimeSpec unqualified(TimeSpec spec) {
        while (spec instanceof TimeSpec.Qualified q) {
            spec = q.inner();
        }
        return spec;
    }

    /** "tonight": the night of the day of publication. */
    private static boolean isTonight(TimeSpec spec) {
        return spec instanceof TimeSpec.PartOfDay p && p.part() == TimeSpec.DayPart.NIGHT
                && p.day() instanceof TimeSpec.DeicticDay d && d.offset() == 0;
    }

    /**
     * Whether {@code at} lies inside a quotation of its paragraph: after an odd number of straight
     * double quotes, or after more opening curly quotes than closing ones.
     */
    private static boolean isQuoted(String text, int at) {
        int from = text.lastIndexOf("\n\n", at);
        int straight = 0;
        int open = 0;
        for (int k = Math.max(0, from); k < at; k++) {
            char c = text.charAt(k);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /**
     * The night before publication when the text, before quoting someone, told of it as the night of
     * its story ("at the board's meeting Tuesday night", published Wednesday); {@code null} otherwise.
     */
    private static ResolvedTime quotedNight(List<TemporalExpression> out, LocalDate pub, String rule) {
        LocalDate eve = pub.minusDays(1);
        for (TemporalExpression e : out) {
            ResolvedTime r = e.time();
            if (r != null && r.granularity() == Granularity.PART_OF_DAY && r.start() != null
                    && r.startDate().equals(eve) && (r.value().endsWith("TNI") || r.value().endsWith("TEV"))) {
                return Periods.night(eve, new Resolution(Anchor.PREVIOUS_MENTION, r.value(), rule));
            }
        }
        return null;
    }

    /** A weekday with no direction of its own ("Tuesday", "until Tuesday"). */
    private static boolean isBareWeekday(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.RelativeWeekday w && w.direction() == Direction.BARE;
    }

    /** The weekday of a bare weekday or of a part or an hour of one ({@link #isOnBareWeekday}). */
    private static DayOfWeek weekdayOf(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        TimeSpec day = s instanceof TimeSpec.PartOfDay p ? p.day() : s instanceof TimeSpec.ClockTime c ? c.day() : s;
        return ((TimeSpec.RelativeWeekday) unqualified(day)).weekday();
    }

    /** A bare weekday, or a part or an hour of one ("Tuesday morning", "6 a.m. Monday"). */
    private static boolean isOnBareWeekday(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        return isBareWeekday(s) || s instanceof TimeSpec.PartOfDay p && p.day() != null && isBareWeekday(p.day())
                || s instanceof TimeSpec.ClockTime c && c.day() != null && isBareWeekday(c.day());
    }

    /**
     * Whether a set of days ("weekdays", "Sundays", "daily", "every Tuesday") stands next to expression
     * {@code i}, with only the other end of a range of hours and words such as "from", "on", "to"
     * between ("10 a.m. to 4 p.m. weekdays", "daily from 9 a.m.", not "runs daily, crashed at 7:40"),
     * or before it with a clause of those days between ("on Thursdays, when admission is free after 5
     * p.m.").
     */
    private static boolean nearDaySet(String text, List<Timex> found, int i) {
        Timex t = found.get(i);
        for (int j = Math.max(0, i - 2); j < Math.min(found.size(), i + 3); j++) {
            Timex o = found.get(j);
            if (j == i || o.sentence() != t.sentence()
                    || !(unqualified(o.spec()) instanceof TimeSpec.Recurrence r && isDaySet(r))) {
                continue;
            }
            int from = Math.min(t.span().end(), o.span().end());
            int to = Math.max(t.span().start(), o.span().start());
            if (to - from > DAY_SET_GAP) {
                continue;
            }
            // the expressions between the two (the other end of a range of hours) are blanked out
            StringBuilder between = new StringBuilder(text.substring(from, to));
            for (int k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
                Span x = found.get(k).span();
                for (int c = Math.max(x.start(), from); c < Math.min(x.end(), to); c++) {
                    between.setCharAt(c - from, ' ');
                }
            }
            if (HOURS_JOINER.matcher(between).matches() || j < i && DAY_SET_CLAUSE.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code r} is one whole day ("Sunday", "today", "Oct. 3"). */
    private static boolean isDay(ResolvedTime r) {
        return r != null && r.isAnchored() && r.type() == TimeType.DATE && r.granularity() == Granularity.DAY;
    }

    /** A recurrence of whole days: a weekday, the weekdays, the weekend, every day. */
    private static boolean isDaySet(TimeSpec.Recurrence r) {
        return r.part() == null && (r.weekday() != null || r.workdays()
                || r.unit() == Unit.DAY && r.period() == 1 || r.unit() == Unit.WEEKEND);
    }

    /** Whether {@code t} is "the fiscal year" and {@code next} the day it ended on ("that ended Dec. 31, 2021"). */
    private static boolean isFiscalYearEnded(String text, Timex t, Timex next) {
        return unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.unit() == Unit.YEAR && a.offset() == 0
                && FISCAL.matcher(t.text()).find() && joined(text, t, next, FISCAL_YEAR_ENDED);
    }

    /**
     * A fiscal quarter, half or year of a report whose fiscal year ends in {@code end}: named as the
     * expression names it, placed where it falls; one named without its year is the one the tense
     * points to (the last ended in the past tense, the next not ended in the future, else the last
     * begun). Any other expression is returned as it is.
     */
    private static ResolvedTime fiscal(String text, Timex t, ResolvedTime time, Month end, SpecResolver v) {
        TimeSpec u = unqualified(t.spec());
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

    /**
     * "Twenty minutes later", "an hour earlier": a count of hours, minutes or seconds from a time named
     * before, with the count given ("hours later" is a vague duration of its own).
     */
    private static boolean isClockCount(Timex t) {
        return unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.counted() && a.offset() != 0
                && a.unit().compareTo(Unit.HOUR) <= 0 && !VAGUE_COUNT.matcher(t.text()).lookingAt();
    }

    /** A count of days or more with no number ("a few days later", "several weeks earlier"). */
    private static boolean isVagueCount(Timex t) {
        return unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.counted() && a.offset() != 0
                && a.unit().compareTo(Unit.DAY) >= 0 && VAGUE_COUNT.matcher(t.text()).lookingAt()
                && !COUPLE.matcher(t.text()).lookingAt();
    }

    /** "The year", "the quarter", "the second half of the year": in the same period as one named before. */
    private static boolean isSamePeriod(TimeSpec spec) {
        TimeSpec u = unqualified(spec);
        return u instanceof TimeSpec.Anaphoric a && a.offset() == 0 && !a.comparative()
                && (a.unit() == Unit.YEAR || a.unit() == Unit.QUARTER)
                || u instanceof TimeSpec.YearPart p && p.direction() == Direction.SAME;
    }

    /**
     * The part of "that night", "that same morning", "the same evening": a part of a day named before;
     * {@code null} for others ("in the morning", "by late afternoon" are of the day last named).
     */
    private static TimeSpec.DayPart thatPart(Timex t) {
        if (!(unqualified(t.spec()) instanceof TimeSpec.PartOfDay p) || !(p.day() instanceof TimeSpec.Anaphoric a)
                || a.offset() != 0 || a.counted() || p.part() == TimeSpec.DayPart.DAYTIME
                || p.part() == TimeSpec.DayPart.OVERNIGHT) {
            return null;
        }
        String words = t.text().toLowerCase(Locale.ROOT);
        return words.startsWith("that") || words.startsWith("the same") ? p.part() : null;
    }

    /**
     * The last time named before expression {@code i} that lies in {@code part} of a day (a night, "the
     * night of June 12", a clock time from 8 p.m. to 4 a.m.; a morning, 6:45 a.m.), passing over days
     * counted or told from publication ("two days later", "Sunday") but not a day written with its
     * month in the sentence or the one before ("The valve was not shut until 12:15 p.m. Thursday, June
     * 10. That night, ...": June 10's night), nor, for a part told in the past, one after {@code
     * pastOf} ("before Saturday night's game"); {@code null} when there is none.
     */
    private static ResolvedTime lastPart(List<Timex> found, List<TemporalExpression> out, int i,
                                         TimeSpec.DayPart part, LocalDateTime pastOf) {
        String named = "T" + part.code(); // "1987-08-14TNI"
        for (int k = i - 1; k >= 0; k--) {
            ResolvedTime r = out.get(k).time();
            if (r == null || !r.isAnchored() || r.start() == null || r.type() == TimeType.DURATION
                    || r.type() == TimeType.SET || pastOf != null && r.start().isAfter(pastOf)) {
                continue;
            }
            Timex e = found.get(k);
            boolean clock = r.granularity().compareTo(Granularity.HOUR) <= 0; // an hour, a minute or a second
            if (r.value().endsWith(named) || clock && inPart(r.start().getHour(), part)) {
                return r;
            }
            if (namesMonthDay(e.spec()) && e.sentence() >= found.get(i).sentence() - 1) {
                return null;
            }
        }
        return null;
    }

    /** Whether an hour of the clock lies in a part of the day: morning 4 to 12, night 8 p.m. to 4 a.m. */
    private static boolean inPart(int hour, TimeSpec.DayPart part) {
        return switch (part) {
            case MORNING -> hour >= 4 && hour < 12;
            case AFTERNOON -> hour >= 12 && hour < 17;
            case EVENING -> hour >= 17 && hour < 21;
            default -> hour >= 20 || hour < 4;
        };
    }

    /** A day written with its month ("June 10", "12:15 p.m. Thursday, June 10"). */
    private static boolean namesMonthDay(TimeSpec spec) {
        TimeSpec s = unqualified(spec);
        if (s instanceof TimeSpec.ClockTime c && c.day() != null) {
            s = unqualified(c.day());
        }
        return s instanceof TimeSpec.CalendarDate d && d.month() != null && d.day() != null;
    }

    /** A part of a day told of the day last named ("at dawn", "by nightfall"). */
    private static boolean isDawnOrDusk(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.PartOfDay p && p.day() instanceof TimeSpec.Anaphoric a
                && a.offset() == 0;
    }

    /** A day of the year with no year: "Dec. 24", "Christmas Eve", "Thanksgiving", "Easter". */
    private static boolean isYearlessDay(TimeSpec spec) {
        return spec instanceof TimeSpec.CalendarDate c && c.year() == null && c.month() != null && c.day() != null
                || spec instanceof TimeSpec.FixedHoliday h && h.year() == null
                || spec instanceof TimeSpec.NthWeekday n && n.year() == null
                || spec instanceof TimeSpec.EasterDay e && e.year() == null;
    }

    /**
     * A day written with its year, two or more years from publication, that an earlier expression of
     * the sentence of expression {@code i} named; {@code null} when none.
     */
    private static ResolvedTime datedDayBefore(List<Timex> found, List<TemporalExpression> out, int i, LocalDate pub) {
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == found.get(i).sentence(); j--) {
            ResolvedTime r = out.get(j).time();
            if (r != null && r.granularity() == Granularity.DAY && r.resolution().anchor() == Anchor.NONE
                    && Math.abs(r.startDate().getYear() - pub.getYear()) >= 2) {
                return r;
            }
        }
        return null;
    }

    /** A month, or a month and day, with no year ("April 15", "in April"). */
    private static boolean isYearlessDate(TimeSpec spec) {
        return spec instanceof TimeSpec.CalendarDate c && c.year() == null && c.month() != null
                || spec instanceof TimeSpec.YearPart p && p.kind() == PartKind.MONTH && p.year() == null
                        && p.direction() == Direction.BARE;
    }

    /**
     * The year that opens the sentence of expression {@code i}, as a plain date followed by a comma
     * ("Last year, we got 8 inches on April 15", "In 2019, ..."); {@code null} when none does.
     */
    private ResolvedTime openingYear(ResolutionContext context, List<Timex> found, List<TemporalExpression> out,
                                     int i) {
        int j = i - 1;
        while (j >= 0 && found.get(j).sentence() == found.get(i).sentence()) {
            j--;
        }
        Timex first = found.get(j + 1);
        ResolvedTime r = j + 1 < i ? out.get(j + 1).time() : null;
        if (r == null || !r.isAnchored() || r.type() != TimeType.DATE || r.granularity() != Granularity.YEAR
                || r.modifier() != null) {
            return null;
        }
        String text = context.text();
        Span sentence = sentenceSpan(context, first);
        String before = text.substring(sentence.start(), first.span().start()).replaceAll("[\"“‘'(]", "").strip();
        boolean opens = before.isEmpty() || OPENING_PREPOSITION.matcher(before).matches();
        return opens && text.startsWith(",", first.span().end()) ? r : null;
    }

    /**
     * For a quarter or half with no year ("the second half"), the quarter or half of a year that the
     * same sentence named before it with its year and that comes earlier in the year ("the first half
     * of next year", "the first quarter of 2023"); {@code null} when there is none.
     */
    private static ResolvedTime earlierPartOfYear(List<Timex> found, List<TemporalExpression> out, int i) {
        Timex t = found.get(i);
        if (!(unqualified(t.spec()) instanceof TimeSpec.YearPart p) || p.year() != null || p.direction() != Direction.BARE
                || p.kind() != PartKind.QUARTER && p.kind() != PartKind.HALF) {
            return null;
        }
        Granularity g = p.kind() == PartKind.QUARTER ? Granularity.QUARTER : Granularity.HALF_YEAR;
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == t.sentence(); j--) {
            ResolvedTime r = out.get(j).time();
            TimeSpec named = unqualified(found.get(j).spec());
            if (r != null && r.isAnchored() && r.granularity() == g && r.type() == TimeType.DATE
                    && (named instanceof TimeSpec.RelativeYearPart || named instanceof TimeSpec.YearPart n && n.year() != null)) {
                int index = r.value().charAt(r.value().length() - 1) - '0';
                // (not a fiscal one, named by another year than the one it starts in)
                return index < p.index() && r.value().length() == 7
                        && r.value().startsWith(Periods.yearText(r.startDate().getYear())) ? r : null;
            }
        }
        return null;
    }

    /**
     * For a bare month ("in October") not told ahead, the month or day written with its year, of a year
     * before publication and earlier in that year, that is the last date named, in the sentence or the
     * one before ("in September 2014. The city denied the request in October"), or that month of a
     * season of an earlier year so named ("last spring. After a warm March"); {@code null} otherwise.
     */
    private static ResolvedTime earlierMonthOfYear(List<Timex> found, List<TemporalExpression> out, int i,
                                                   LocalDate pub) {
        Timex t = found.get(i);
        if (i == 0 || !(unqualified(t.spec()) instanceof TimeSpec.YearPart p) || p.kind() != PartKind.MONTH
                || p.year() != null || p.direction() != Direction.BARE || found.get(i - 1).sentence() < t.sentence() - 1) {
            return null;
        }
        ResolvedTime r = out.get(i - 1).time();
        if (r == null || !r.isAnchored() || r.type() != TimeType.DATE || r.startDate().getYear() >= pub.getYear()) {
            return null;
        }
        if (r.granularity() == Granularity.SEASON) {
            // "what happened last spring. After a warm March ...": the month of that spring
            YearMonth in = YearMonth.of(r.startDate().getYear(), p.index());
            for (YearMonth m : List.of(in, in.plusYears(1))) { // a winter runs into the next year
                if (!m.atDay(1).isBefore(r.startDate()) && !m.atEndOfMonth().isAfter(r.endDate())) {
                    return Periods.month(m, r.resolution());
                }
            }
            return null;
        }
        return r.resolution().anchor() == Anchor.NONE
                && (r.granularity() == Granularity.MONTH || r.granularity() == Granularity.DAY) && r.modifier() == null
                && r.startDate().getMonthValue() < p.index() ? r : null;
    }

    /**
     * Whether {@code t} is a bare month, resolved to the one just ended, that a stretch starts in
     * ("beginning in January"): a start told ahead is the coming one.
     */
    private static boolean isStartAhead(String text, Timex t, ResolvedTime time, LocalDate pub) {
        return unqualified(t.spec()) instanceof TimeSpec.YearPart p && p.kind() == PartKind.MONTH && p.year() == null
                && p.direction() == Direction.BARE && time.isAnchored() && time.granularity() == Granularity.MONTH
                && YearMonth.from(time.startDate()).plusMonths(1).equals(YearMonth.from(pub))
                && START_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 20), t.span().start()).find();
    }

    /**
     * The Monday a long weekend ("the holiday weekend", "the long weekend") was counted from, as
     * {@code time}; {@code null} when it is another expression or was counted from another day.
     */
    private static LocalDate longWeekendFrom(Timex t, ResolvedTime time) {
        if (!t.text().endsWith("weekend") || !LONG_WEEKEND.matcher(t.text()).find()) {
            return null;
        }
        String from = time.resolution().anchorValue();
        if (time.granularity() != Granularity.WEEKEND || time.resolution().anchor() != Anchor.PREVIOUS_MENTION
                || from == null || !ISO_DAY.matcher(from).matches()) {
            return null;
        }
        LocalDate day = LocalDate.parse(from);
        return day.getDayOfWeek() == DayOfWeek.MONDAY ? day : null;
    }

    /** A month or day without a year ("October", "early Oct. 3"), given {@code year}. */
    private static TimeSpec withYear(TimeSpec spec, int year) {
        if (spec instanceof TimeSpec.Qualified q) {
            return new TimeSpec.Qualified(q.qualifier(), withYear(q.inner(), year));
        }
        if (spec instanceof TimeSpec.CalendarDate c) {
            return new TimeSpec.CalendarDate(year, c.month(), c.day(), false, c.weekday());
        }
        if (spec instanceof TimeSpec.YearPart p) {
            return new TimeSpec.YearPart(p.kind(), p.index(), year, p.direction());
        }
        return spec;
    }

    /** A clock time with a day of its own ("7 p.m. Saturday", "5 p.m. EST, Nov. 6"). */
    private static boolean isClockOfDay(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.ClockTime c && c.day() != null;
    }

    /** A clock time with no day of its own ("at 10 p.m.", "about 4:30"). */
    private static boolean isBareClock(TimeSpec spec) {
        return unqualified(spec) instanceof TimeSpec.ClockTime c && c.day() == null;
    }

    /**
     * Whether {@code next} follows {@code clock} with only "on", "of" or a comma between, after "local
     * time" or a short parenthesis if written ("3:15 a.m. local time on Sunday", "10:35 a.m. (0735
     * GMT) Friday").
     */
    private static boolean dayFollows(String text, Timex clock, Timex next) {
        return joined(text, clock, next, DAY_GAP);
    }

    /** Whether {@code second} follows {@code first} in its sentence with only what {@code gap} matches between. */
    private static boolean joined(String text, Timex first, Timex second, Pattern gap) {
        return first.sentence() == second.sentence() && second.span().start() >= first.span().end()
                && gap.matcher(text).region(first.span().end(), second.span().start()).matches();
    }

    /** The happening an anaphoric count's words name ("vote" in "two days after the vote"), or {@code null}. */
    private static String eventNoun(Timex t) {
        Matcher m = EVENT_AFTER.matcher(t.text());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether {@code t} dates a saying ("killing 14, officials said Wednesday"): the day of the report,
     * which a bare clock time after it ("struck at around 11 p.m.") is not on.
     */
    private boolean isSaying(String text, Timex t) {
        Matcher m = WORD_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 24), t.span().start());
        if (!m.find()) {
            return false;
        }
        if (tenses.isReporting(m.group(1))) {
            return true;
        }
        if (!SAYING_PLACES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return false; // the costlier look below only where it may find something
        }
        Matcher in = SAID_IN.matcher(text).region(Math.max(0, t.span().start() - SAID_IN_REACH), t.span().start());
        return in.find() && tenses.isReporting(in.group(1));
    }

    /** "The same day", "that night": the day or part of day of a date named before. */
    private static boolean isSameAs(TimeSpec spec) {
        TimeSpec u = unqualified(spec);
        if (u instanceof TimeSpec.PartOfDay p) {
            u = p.day();
        }
        return u instanceof TimeSpec.Anaphoric a && a.offset() == 0 && !a.comparative() && a.unit() == Unit.DAY;
    }

    /**
     * The past-tense verb of a clause right after {@code t} that tells what happened on it ("the same
     * night the full council voted": "voted"); {@code null} when none follows.
     */
    private static String verbAfter(String text, Timex t) {
        Matcher m = CLAUSE_VERB_AFTER.matcher(text).region(t.span().end(), text.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** "voted": "vote"; "arrested": "arrest". */
    private static String stemOf(String verb) {
        String stem = verb.substring(0, verb.length() - 2);
        return stem.length() >= 4 ? stem : verb.substring(0, verb.length() - 1);
    }

    /** The length an anaphoric count gives ("two days" of "two days after the vote"). */
    private static TimeSpec.Duration lengthOf(TimeSpec.Anaphoric a) {
        return new TimeSpec.Duration(a.unit(), Math.abs(a.offset()), false, 0);
    }

    /**
     * The time of the happening {@code noun} an anaphoric count is told from ("two days after the
     * vote"): the last time before it, of a day or finer, in a sentence that names the happening
     * ("the council voted on Aug. 20") and not after {@code notAfter} when that is given ("A jogger saw
     * his car 10 days before the murder" passes over "a news conference Thursday on the murder
     * investigation"); {@code null} when no sentence does.
     */
    private static ResolvedTime datedEvent(ResolutionContext context, List<Timex> found, List<TemporalExpression> out,
                                           int i, String noun, LocalDate notAfter) {
        // the noun or its stem at the start of a word: "vote" meets "voted", "shooting" meets "shoot"
        String stem = noun.endsWith("ing") ? noun.substring(0, noun.length() - 3)
                : noun.endsWith("s") || noun.endsWith("e") ? noun.substring(0, noun.length() - 1) : noun;
        if (stem.length() < 3) {
            return null; // "die": too short a stem to tell one happening from another word
        }
        ResolvedTime dated = datedBy(context, found, out, i, Pattern.compile("\\b" + Pattern.quote(stem), Pattern.CASE_INSENSITIVE),
                Integer.MAX_VALUE, notAfter);
        if (dated != null) {
            return dated;
        }
        // then in other words for the same kind of happening: "10 days before the murder" after "was shot
        // to death on Oct. 23"
        // near the date it names, as "was shot to death on the night of Oct. 23" is, not a mention of it in a
        // sentence dated by something else ("On April 8, investigators searched the site of the shooting")
        Pattern kind = SAME_HAPPENING.get(noun.toLowerCase(Locale.ROOT));
        return kind == null ? null : datedBy(context, found, out, i, kind, HAPPENING_REACH, notAfter);
    }

    private static Map<String, Pattern> sameHappening(List<Set<String>> kinds) {
        Map<String, Pattern> out = new HashMap<>();
        for (Set<String> kind : kinds) {
            List<String> words = kind.stream().sorted().map(Pattern::quote).toList();
            Pattern any = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE);
            kind.forEach(w -> out.put(w, any));
        }
        return Map.copyOf(out);
    }

    /**
     * The last day before expression {@code i} named in a sentence where {@code named} finds words
     * (before {@code i} in its own), at most {@code reach} characters from the day's words, and not
     * after {@code notAfter} when that is given (what a past count was told from is no day ahead).
     */
    private static ResolvedTime datedBy(ResolutionContext context, List<Timex> found, List<TemporalExpression> out,
                                        int i, Pattern named, int reach, LocalDate notAfter) {
        Timex t = found.get(i);
        for (int j = i - 1; j >= 0; j--) {
            ResolvedTime prev = out.get(j).time();
            if (prev == null || !prev.isAnchored() || prev.granularity().compareTo(Granularity.DAY) > 0
                    || notAfter != null && prev.startDate().isAfter(notAfter)) {
                continue;
            }
            Span sentence = sentenceSpan(context, found.get(j));
            // the words before the count, when it is in the same sentence ("voted Aug. 20, and two days after the vote")
            int end = found.get(j).sentence() == t.sentence() ? t.span().start() : sentence.end();
            Span day = found.get(j).span();
            int from = (int) Math.max(sentence.start(), (long) day.start() - reach);
            int to = (int) Math.min(end, (long) day.end() + reach);
            if (from < to && named.matcher(context.text()).region(from, to).find()) {
                return prev;
            }
        }
        return null;
    }

    private static Span sentenceSpan(ResolutionContext context, Timex t) {
        List<Sentence> sentences = context.sentences();
        if (t.sentence() >= 0 && t.sentence() < sentences.size() && sentences.get(t.sentence()).index() == t.sentence()) {
            return sentences.get(t.sentence()).span(); // sentences are numbered in order
        }
        for (Sentence s : sentences) {
            if (s.index() == t.sentence()) {
                return s.span();
            }
        }
        return Span.of(0, context.text().length());
    }

    /** The documented heuristic: many absolute years well before the publication year. */
    static boolean isNarrative(List<Timex> found, int refYear) {
        int withYear = 0;
        int old = 0;
        for (Timex t : found) {
            Integer y = null;
            TimeSpec spec = unqualified(t.spec());
            if (spec instanceof TimeSpec.CalendarDate d && !d.shortYear()) {
                y = d.year();
            } else if (spec instanceof TimeSpec.YearPart p) {
                y = p.year();
            } else {
                int back = yearsBack(spec); // "a century ago this month", "ten years ago this week"
                y = back >= 2 ? refYear - back : null;
            }
            if (y != null) {
                withYear++;
                if (y <= refYear - 2) {
                    old++;
                }
            }
        }
        return old >= 5 && old * 5 >= withYear * 4;
    }

    /**
     * How many years back from publication an anniversary count names ("a century ago this month"
     * 100, "ten years ago this week" 10), or 0: news that is not history says "five years ago" too.
     */
    private static int yearsBack(TimeSpec spec) {
        if (spec instanceof TimeSpec.PeriodOf p) {
            spec = p.day();
        }
        int n = 0;
        Unit unit = null;
        if (spec instanceof TimeSpec.Shifted s && s.offset() < 0 && s.base() instanceof TimeSpec.DeicticDay) {
            n = -s.offset();
            unit = s.unit();
        } else if (spec instanceof TimeSpec.RelativeUnit u && u.unit() == Unit.MONTH && u.offset() != null
                && u.offset() < 0) {
            n = -u.offset(); // "a century ago this month"; a plain "five years ago" tells no history
            unit = u.unit();
        }
        return unit == null ? 0 : switch (unit) {
            case MONTH -> n / 12; // "a century ago this month" counts 1,200 months back
            case YEAR -> n;
            case DECADE -> n * 10;
            case CENTURY -> n * 100;
            default -> 0;
        };
    }

    /**
     * Whether a past perfect in the clause before an expression tells of it as earlier than the story's
     * time ("the mill had closed in 1987", "forecasters had warned of it the day before"), not one
     * that tells what was done by the time ("had declared 27 buildings unsafe by Monday afternoon"):
     * with the start of a state ({@link #isStateStart}) it is the background of a narrative, not its
     * story.
     */
    static boolean isPastPerfect(ResolutionContext context, Timex t) {
        int start = t.span().start();
        int from = Math.max(sentenceSpan(context, t).start(), start - PAST_PERFECT_REACH);
        String text = context.text();
        int had = text.indexOf("had", from);
        // "80 aftershocks had rattled the area by early Monday": what was done by a time is told at it
        return had >= 0 && had < start && PAST_PERFECT.matcher(text).region(from, start).find()
                && !BY_BEFORE.matcher(text).region(from, start).find();
    }

    /** "up from $36.1 million in the third quarter": a period a report compares with. */
    private static boolean isCompared(ResolutionContext context, Timex t) {
        String text = context.text();
        int start = t.span().start();
        int from = Math.max(sentenceSpan(context, t).start(), start - COMPARED_REACH);
        char before = start >= 2 ? Character.toLowerCase(text.charAt(start - 2)) : ' ';
        // the words before end in "in" or "for" (and perhaps "the"): a cheap look first
        return (before == 'n' || before == 'r' || before == 'e') && COMPARED.matcher(text).region(from, start).find();
    }

    /** Whether "from" or "since" stands right before an expression: it dates the start of a state. */
    static boolean isStateStart(ResolutionContext context, Timex t) {
        int start = t.span().start();
        return STATE_START.matcher(context.text()).region(Math.max(0, start - 8), start).find();
    }

    /**
     * The last date a narrative named in full or counted from publication ("last spring"), or a month
     * or longer counted on from one ("In March 2024 ... Eleven months later ... in October" is October
     * 2025), a year or finer, that has begun by publication (what is told in the past is not set in a
     * year ahead); {@code null} when none.
     */
    private static ResolvedTime lastFrame(List<ResolvedTime> frames, LocalDate pub) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            ResolvedTime a = frames.get(i);
            if ((a.resolution().anchor() == Anchor.NONE || a.resolution().anchor() == Anchor.PUBLICATION
                    || a.resolution().anchor() == Anchor.PREVIOUS_MENTION && a.granularity().compareTo(Granularity.MONTH) >= 0)
                    && a.granularity().compareTo(Granularity.YEAR) <= 0
                    && !a.startDate().isAfter(pub)) {
                return a;
            }
        }
        return null;
    }


}

package org.chronoline.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.resolve.TextAnchors.Role;
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

    /**
     * A present perfect and "since" before an expression in its sentence: "has drawn 9,000 visitors
     * since it opened in March" tells of a state that reaches publication.
     */
    private static final Pattern PERFECT_SINCE = Pattern.compile(
            "(?<![\\p{L}])(?:has|have|'s|’s)\\s{1,3}(?:(?:not|never|already|now|also)\\s{1,3})?\\p{L}+(?:ed|en|wn|ne|un|ht|ld)(?![\\p{L}])"
                    + "[^.;!?]{0,80}(?<![\\p{L}])since(?![\\p{L}])[^.;!?]*$",
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
        return new ResolutionPass(context, found, sameWeekday, tenses).run();
    }

    /** The parts the date of {@code t} plays in the text, beyond dating what it dates. */
    static Set<Role> roles(TenseDetector tenses, ResolutionContext context, Timex t) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (Surroundings.isCompared(context, t)) {
            roles.add(Role.COMPARED);
        }
        boolean stateStart = Surroundings.isStateStart(context, t);
        if (stateStart) {
            roles.add(Role.STATE_START);
        }
        if (Surroundings.isSaying(tenses, context.text(), t)) {
            roles.add(Role.SAYING);
        }
        if (stateStart || Surroundings.isPastPerfect(context, t) || Surroundings.endsPeriod(context.text(), t)
                || Specs.isSessionBefore(t)) {
            roles.add(Role.BACKGROUND);
        }
        if (Surroundings.isDueBy(context.text(), t)) {
            roles.add(Role.DEADLINE);
        }
        return roles;
    }

    /**
     * The resolver for {@code t}, told from {@code refTime} (or, in a narrative, from its running date)
     * and counting from {@code anchors}; {@code frames} is null for news told from its publication.
     */
    static SpecResolver visitor(SameWeekday sameWeekday, TenseDetector tenses, ResolutionContext context, Timex t,
                                LocalDateTime refTime, List<ResolvedTime> frames, List<ResolvedTime> anchors) {
        Supplier<Tense> tense = () -> tenses.tenseAt(context.text(), Surroundings.sentenceSpan(context, t), t.span());
        if (frames == null) {
            return new SpecResolver(sameWeekday, refTime, refTime.toLocalDate(), tense, anchors, t.rule()); // the tense only when asked
        }
        // a narrative's running date serves the past; what is ahead is still told from publication, and
        // so is the start of a state that reaches it ("it burned in 1951 ... the exhibit has drawn 9,000
        // visitors since it opened in March")
        Tense known = tense.get();
        Span sentence = Surroundings.sentenceSpan(context, t);
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
    static ResolvedTime resolveAhead(SameWeekday sameWeekday, TenseDetector tenses, ResolutionContext context, Timex next,
                                     LocalDateTime refTime, List<ResolvedTime> frames, List<ResolvedTime> anchors) {
        try {
            return next.spec().accept(visitor(sameWeekday, tenses, context, next, refTime, frames, anchors));
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
            return null;
        }
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

package org.chronoline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.Anchor;
import org.chronoline.model.Granularity;
import org.chronoline.model.Resolution;
import org.chronoline.model.ResolvedTime;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.TimeType;
import org.chronoline.temporal.TimeSpec;
import org.chronoline.temporal.TimeSpec.Direction;
import org.chronoline.temporal.TimeSpec.PartKind;
import org.chronoline.temporal.TimeSpec.Unit;
import org.chronoline.temporal.Timex;
import org.chronoline.text.TenseDetector;

/**
 * What the words around an expression say: the part its date plays in the text (a saying, a
 * comparison, the start of a state, a past perfect's background), the words that join it to the
 * expressions next to it, the happening it is told from, and the dates named before it that it may
 * be of. Static helpers over the text and the expressions resolved so far; the patterns they use are
 * built from the word lists of {@code rules/en/anchors.rules} ({@link AnchorWords}).
 *
 * <p>Stateless, holding only compiled patterns: immutable and thread-safe.
 */
final class Surroundings {

    /** The word lists the patterns below are built with ({@code rules/en/anchors.rules}). */
    private static final AnchorWords WORDS = AnchorWords.ENGLISH;

    /** A period and a word that ends it, right before a date: "the quarter ended", "the year ending on". */
    private static final Pattern PERIOD_ENDED = Pattern.compile("(?i)\\b" + WORDS.alternation("ended-periods")
            + "\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("period-ending-verbs") + "\\s+(?:on\\s+)?$");
    /** "from" or "since" right before an expression: the start of a state. */
    private static final Pattern STATE_START = Pattern.compile("(?<![\\p{L}])(?:from|since)\\s{1,3}$",
            Pattern.CASE_INSENSITIVE);
    /** "by" right before an expression: "had declared 27 buildings unsafe by Monday afternoon". */
    private static final Pattern BY_BEFORE = Pattern.compile("(?<![\\p{L}])by\\s{1,3}$", Pattern.CASE_INSENSITIVE);
    /** A past perfect in the words before an expression, in its clause: "had been", "had closed". */
    private static final Pattern PAST_PERFECT = Pattern.compile(
            "(?<![\\p{L}'’])had\\s{1,3}(?:(?:not|never|already|long|once|since)\\s{1,3})?(?:been|\\p{L}+ed|\\p{L}+en)\\b[^.;:,]*$",
            Pattern.CASE_INSENSITIVE);
    /** How far before an expression {@link #PAST_PERFECT} looks, in characters. */
    static final int PAST_PERFECT_REACH = 80;
    /** "up from $36.1 million in", "compared with 77 cents a share in": what a period is compared with. */
    private static final Pattern COMPARED = Pattern.compile(
            "\\b(?:from|compared\\s{1,3}(?:with|to)|versus|vs\\.|against(?!\\s{1,3}(?:earnings|income|profits?|revenues?)\\b))"
                    + "\\s[^;]*\\b(?:in|for)\\s{1,3}(?:the\\s{1,3})?$",
            Pattern.CASE_INSENSITIVE);
    /** How far before an expression {@link #COMPARED} looks, in characters ("a charge against earnings" compares nothing). */
    static final int COMPARED_REACH = 60;
    /** The word right before an expression, "on" passed over: "officials said (on) Wednesday". */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+)\\s+(?:on\\s+)?$");
    /** The places a saying is made in ("statement", "bulletin"): a cheap look before {@link #SAID_IN}. */
    private static final Set<String> SAYING_PLACES = WORDS.words("saying-places");
    /**
     * A saying told with where it was said, right before an expression: "the bank said in its quarterly
     * bulletin Thursday", "said in a statement on Monday"; group 1 the verb.
     */
    private static final Pattern SAID_IN = Pattern.compile(
            "([\\p{L}'’]+)\\s+(?:in|on)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + WORDS.alternation("saying-places") + "\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** How far before an expression {@link #SAID_IN} looks, in characters. */
    static final int SAID_IN_REACH = 60;

    /** An expression that opens with "the". */
    private static final Pattern THE = Pattern.compile("(?i)the\\s");
    /**
     * "after" or "before" after a count ("signed Friday, a day after ..."), then perhaps a determiner
     * before the day it counts from ("two days after the Oct. 6 arrest"): group 1 the word, group 2
     * the space after it.
     */
    static final Pattern AFTER_OR_BEFORE = Pattern.compile(
            "\\s{1,3}(after|before)(\\s{1,3})(?:(?:the|his|her|its|their)\\s{1,3})?", Pattern.CASE_INSENSITIVE);
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

    /** What may stand between a clock time and the day it is on. */
    private static final Pattern DAY_GAP = Pattern.compile(
            "\\)?\\s*(?:\\(?" + WORDS.alternation("time-zones") + "\\s+(?:(?:standard|daylight)\\s+)?"
                    + "time\\)?\\s*)?(?:\\([^()]{1,20}\\)\\s*)?,?\\s*(?:on|of)?\\s*", Pattern.CASE_INSENSITIVE);
    /** How many characters may stand between a clock time and the set of days it holds on. */
    static final int DAY_SET_GAP = 40;
    /**
     * What may join hours and the days they hold on: "10 a.m. to 4 p.m. on weekdays", "daily, from 9",
     * "every day at 7 a.m.".
     */
    private static final Pattern HOURS_JOINER = Pattern.compile(
            "[\\s,–-]*(?:(?:from|on|at|to|and|between|until|till|through)(?![\\p{L}])[\\s,–-]*)*", Pattern.CASE_INSENSITIVE);
    /** A clause that tells of the days just named: "on Thursdays, when admission is free after 5 p.m.". */
    private static final Pattern DAY_SET_CLAUSE = Pattern.compile(
            "\\s*,\\s*when\\s[^.;:!?]*?(?<![\\p{L}])(?:at|after|before|from|until|till|by)\\s*", Pattern.CASE_INSENSITIVE);
    /** What may stand before a year that opens a sentence: "In 2019, ...", "Back in 2019, ...". */
    private static final Pattern OPENING_PREPOSITION = Pattern.compile("(?i)(?:back\\s+)?(?:in|during|by|through|throughout)");

    /** "Two days after the vote": the happening an anaphoric count names, "vote" (its last word). */
    private static final Pattern EVENT_AFTER = Pattern.compile("(?:after|before)\\s+(?:the|his|her|their|its)\\s+.*?([\\p{L}]{3,})$",
            Pattern.CASE_INSENSITIVE);
    /** A clause after "the same night": "(that) the full council voted". */
    private static final Pattern CLAUSE_VERB_AFTER = Pattern.compile(
            "\\s+(?:that\\s+|when\\s+)?(?:(?:the|a|an|his|her|its|their|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(\\p{Ll}{3,}ed)\\b");
    /**
     * For each word of a kind of happening ("murder"), a pattern that finds any word of its kind
     * ("shot", "slain", "killed"), whole.
     */
    private static final Map<String, Pattern> SAME_HAPPENING = sameHappening(WORDS.classes("same-happening"));
    /** How far from the words of a day a word of the same kind of happening may stand, in characters. */
    static final int HAPPENING_REACH = 60;

    /** The word that makes a period a fiscal one. */
    static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal\\b");
    /** After "the fiscal year": ", which ended", "that ended on", "ending". */
    private static final Pattern FISCAL_YEAR_ENDED = Pattern.compile(
            "(?i),?\\s+(?:that\\s+|which\\s+)?" + WORDS.alternation("fiscal-year-ending-verbs") + "\\s+(?:on\\s+)?");
    /** What starts a stretch ahead right before a month: "a pay raise beginning in January". */
    private static final Pattern START_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:beginning|starting|effective)\\s{1,3}(?:in\\s{1,3})?$", Pattern.CASE_INSENSITIVE);
    /** A weekend joined to a day off: "the holiday weekend", "the long weekend", "a three-day weekend". */
    private static final Pattern LONG_WEEKEND = Pattern.compile("(?i)" + WORDS.alternation("long-weekends") + "\\s+weekend");
    /** A day written out, as a resolution names its anchor: "2009-05-25". */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Surroundings() {
    }

    /** The span of the sentence {@code t} is in; the whole text when the sentences do not list it. */
    static Span sentenceSpan(ResolutionContext context, Timex t) {
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

    /**
     * Whether {@code t} is the day a period ends ("production fell in the quarter ended June 30"): a
     * bound of what a report is on, no happening of the story.
     */
    static boolean endsPeriod(String text, Timex t) {
        return foundBefore(PERIOD_ENDED, text, t, 40);
    }

    /**
     * Whether {@code pattern} finds a match in the {@code reach} characters of {@code text} right before
     * {@code t} (a pattern anchored with {@code $} there: the words that end right before it).
     */
    static boolean foundBefore(Pattern pattern, String text, Timex t, int reach) {
        int start = t.span().start();
        return pattern.matcher(text).region(Math.max(0, start - reach), start).find();
    }

    /** Whether "by" stands right before {@code t}: a day something is due by ("expect two feet by Christmas Eve"). */
    static boolean isDueBy(String text, Timex t) {
        return foundBefore(BY_BEFORE, text, t, 6);
    }

    /** Whether "from" or "since" stands right before an expression: it dates the start of a state. */
    static boolean isStateStart(ResolutionContext context, Timex t) {
        return foundBefore(STATE_START, context.text(), t, 8);
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
    static boolean isCompared(ResolutionContext context, Timex t) {
        String text = context.text();
        int start = t.span().start();
        int from = Math.max(sentenceSpan(context, t).start(), start - COMPARED_REACH);
        char before = start >= 2 ? Character.toLowerCase(text.charAt(start - 2)) : ' ';
        // the words before end in "in" or "for" (and perhaps "the"): a cheap look first
        return (before == 'n' || before == 'r' || before == 'e') && COMPARED.matcher(text).region(from, start).find();
    }

    /**
     * Whether {@code t} dates a saying ("killing 14, officials said Wednesday"): the day of the report,
     * which a bare clock time after it ("struck at around 11 p.m.") is not on.
     */
    static boolean isSaying(TenseDetector tenses, String text, Timex t) {
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

    /**
     * Whether {@code t} is a count of days, weeks, months or years right after "in" ("will reopen in
     * two weeks"), not after a superlative or "time" ("the highest in two years", "the first time in
     * a decade"), which measure a stretch, nor one that a noun phrase goes on from ("in a quarter that
     * produced a loss").
     */
    static boolean isCountAhead(String text, Timex t) {
        if (!Specs.isCalendarCount(t) || ((TimeSpec.Duration) t.spec()).unit().compareTo(Unit.DAY) < 0
                || t.text().regionMatches(true, 0, "the", 0, 3)
                || NOUN_PHRASE_GOES_ON.matcher(text).region(t.span().end(), text.length()).lookingAt()) {
            return false; // "in the year ending June 30", "in a quarter that produced a loss"
        }
        Matcher m = IN_BEFORE.matcher(text).region(Math.max(0, t.span().start() - 40), t.span().start());
        return m.find() && (m.group(1) == null || !STRETCH.matcher(m.group(1)).matches())
                && !Stretches.ENGLISH.measuresStretch(text, t.span().start())
                && !foundBefore(AMOUNT_IN, text, t, 40);
    }

    /**
     * The match of "after the", "before his" or "after" between a count and the expression
     * {@code next} right after it ("two days after the Oct. 6 arrest", "a week after Tuesday's
     * vote"), or {@code null}.
     */
    static Matcher countToNext(String text, Timex count, Timex next) {
        if (!Specs.isCalendarCount(count) || next.sentence() != count.sentence() || THE.matcher(count.text()).lookingAt()) {
            // "a crunch in the 10 days before Christmas": a stretch that ends there, not a day
            return null;
        }
        Matcher m = AFTER_OR_BEFORE.matcher(text).region(count.span().end(), text.length());
        return m.lookingAt() && m.end() == next.span().start() ? m : null;
    }

    /** 1 for "after", -1 for "before". */
    static int direction(Matcher afterOrBefore) {
        return afterOrBefore.group(1).equalsIgnoreCase("after") ? 1 : -1;
    }

    /** Whether {@code second} follows {@code first} in its sentence with only what {@code gap} matches between. */
    static boolean joined(String text, Timex first, Timex second, Pattern gap) {
        return first.sentence() == second.sentence() && second.span().start() >= first.span().end()
                && gap.matcher(text).region(first.span().end(), second.span().start()).matches();
    }

    /**
     * Whether {@code next} follows {@code clock} with only "on", "of" or a comma between, after "local
     * time" or a short parenthesis if written ("3:15 a.m. local time on Sunday", "10:35 a.m. (0735
     * GMT) Friday").
     */
    static boolean dayFollows(String text, Timex clock, Timex next) {
        return joined(text, clock, next, DAY_GAP);
    }

    /**
     * Whether a set of days ("weekdays", "Sundays", "daily", "every Tuesday") stands next to expression
     * {@code i}, with only the other end of a range of hours and words such as "from", "on", "to"
     * between ("10 a.m. to 4 p.m. weekdays", "daily from 9 a.m.", not "runs daily, crashed at 7:40"),
     * or before it with a clause of those days between ("on Thursdays, when admission is free after 5
     * p.m.").
     */
    static boolean nearDaySet(String text, List<Timex> found, int i) {
        Timex t = found.get(i);
        for (int j = Math.max(0, i - 2); j < Math.min(found.size(), i + 3); j++) {
            Timex o = found.get(j);
            if (j == i || o.sentence() != t.sentence()
                    || !(Specs.unqualified(o.spec()) instanceof TimeSpec.Recurrence r && Specs.isDaySet(r))) {
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

    /** The happening an anaphoric count's words name ("vote" in "two days after the vote"), or {@code null}. */
    static String eventNoun(Timex t) {
        Matcher m = EVENT_AFTER.matcher(t.text());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The past-tense verb of a clause right after {@code t} that tells what happened on it ("the same
     * night the full council voted": "voted"); {@code null} when none follows.
     */
    static String verbAfter(String text, Timex t) {
        Matcher m = CLAUSE_VERB_AFTER.matcher(text).region(t.span().end(), text.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** "voted": "vote"; "arrested": "arrest". */
    static String stemOf(String verb) {
        String stem = verb.substring(0, verb.length() - 2);
        return stem.length() >= 4 ? stem : verb.substring(0, verb.length() - 1);
    }

    /**
     * The time of the happening {@code noun} an anaphoric count is told from ("two days after the
     * vote"): the last time before it, of a day or finer, in a sentence that names the happening
     * ("the council voted on Aug. 20") and not after {@code notAfter} when that is given ("A jogger saw
     * his car 10 days before the murder" passes over "a news conference Thursday on the murder
     * investigation"); {@code null} when no sentence does.
     */
    static ResolvedTime datedEvent(ResolutionContext context, List<Timex> found, List<TemporalExpression> out,
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

    /**
     * The year that opens the sentence of expression {@code i}, as a plain date followed by a comma
     * ("Last year, we got 8 inches on April 15", "In 2019, ..."); {@code null} when none does.
     */
    static ResolvedTime openingYear(ResolutionContext context, List<Timex> found, List<TemporalExpression> out,
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
     * A day written with its year, two or more years from publication, that an earlier expression of
     * the sentence of expression {@code i} named; {@code null} when none.
     */
    static ResolvedTime datedDayBefore(List<Timex> found, List<TemporalExpression> out, int i, LocalDate pub) {
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == found.get(i).sentence(); j--) {
            ResolvedTime r = out.get(j).time();
            if (r != null && r.granularity() == Granularity.DAY && r.resolution().anchor() == Anchor.NONE
                    && Math.abs(r.startDate().getYear() - pub.getYear()) >= 2) {
                return r;
            }
        }
        return null;
    }

    /**
     * For a quarter or half with no year ("the second half"), the quarter or half of a year that the
     * same sentence named before it with its year and that comes earlier in the year ("the first half
     * of next year", "the first quarter of 2023"); {@code null} when there is none.
     */
    static ResolvedTime earlierPartOfYear(List<Timex> found, List<TemporalExpression> out, int i) {
        Timex t = found.get(i);
        if (!(Specs.unqualified(t.spec()) instanceof TimeSpec.YearPart p) || p.year() != null
                || p.direction() != Direction.BARE || p.kind() != PartKind.QUARTER && p.kind() != PartKind.HALF) {
            return null;
        }
        Granularity g = p.kind() == PartKind.QUARTER ? Granularity.QUARTER : Granularity.HALF_YEAR;
        for (int j = i - 1; j >= 0 && found.get(j).sentence() == t.sentence(); j--) {
            ResolvedTime r = out.get(j).time();
            TimeSpec named = Specs.unqualified(found.get(j).spec());
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
    static ResolvedTime earlierMonthOfYear(List<Timex> found, List<TemporalExpression> out, int i,
                                                   LocalDate pub) {
        Timex t = found.get(i);
        if (i == 0 || !(Specs.unqualified(t.spec()) instanceof TimeSpec.YearPart p) || p.kind() != PartKind.MONTH
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
     * The last time named before expression {@code i} that lies in {@code part} of a day (a night, "the
     * night of June 12", a clock time from 8 p.m. to 4 a.m.; a morning, 6:45 a.m.), passing over days
     * counted or told from publication ("two days later", "Sunday") but not a day written with its
     * month in the sentence or the one before ("The valve was not shut until 12:15 p.m. Thursday, June
     * 10. That night, ...": June 10's night), nor, for a part told in the past, one after {@code
     * pastOf} ("before Saturday night's game"); {@code null} when there is none.
     */
    static ResolvedTime lastPart(List<Timex> found, List<TemporalExpression> out, int i,
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
            if (Specs.namesMonthDay(e.spec()) && e.sentence() >= found.get(i).sentence() - 1) {
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

    /**
     * Whether {@code at} lies inside a quotation of its paragraph: after an odd number of straight
     * double quotes, or after more opening curly quotes than closing ones.
     */
    static boolean isQuoted(String text, int at) {
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
    static ResolvedTime quotedNight(List<TemporalExpression> out, LocalDate pub, String rule) {
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

    /** Whether {@code t} is "the fiscal year" and {@code next} the day it ended on ("that ended Dec. 31, 2021"). */
    static boolean isFiscalYearEnded(String text, Timex t, Timex next) {
        return Specs.unqualified(t.spec()) instanceof TimeSpec.Anaphoric a && a.unit() == Unit.YEAR && a.offset() == 0
                && FISCAL.matcher(t.text()).find() && joined(text, t, next, FISCAL_YEAR_ENDED);
    }

    /**
     * Whether {@code t} is a bare month, resolved to the one just ended, that a stretch starts in
     * ("beginning in January"): a start told ahead is the coming one.
     */
    static boolean isStartAhead(String text, Timex t, ResolvedTime time, LocalDate pub) {
        return Specs.unqualified(t.spec()) instanceof TimeSpec.YearPart p && p.kind() == PartKind.MONTH && p.year() == null
                && p.direction() == Direction.BARE && time.isAnchored() && time.granularity() == Granularity.MONTH
                && YearMonth.from(time.startDate()).plusMonths(1).equals(YearMonth.from(pub))
                && foundBefore(START_BEFORE, text, t, 20);
    }

    /**
     * The Monday a long weekend ("the holiday weekend", "the long weekend") was counted from, as
     * {@code time}; {@code null} when it is another expression or was counted from another day.
     */
    static LocalDate longWeekendFrom(Timex t, ResolvedTime time) {
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

    /** The documented heuristic: many absolute years well before the publication year. */
    static boolean isNarrative(List<Timex> found, int refYear) {
        int withYear = 0;
        int old = 0;
        for (Timex t : found) {
            Integer y = null;
            TimeSpec spec = Specs.unqualified(t.spec());
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
}

package org.chronoline.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Span;
import org.chronoline.model.Tense;

/**
 * Guesses the tense of the clause around a temporal expression from cue words in its sentence
 * ({@code rules/en/tense.rules}): "warned Tuesday" is past, "will meet Tuesday" future. The first
 * cue on each side of the expression is found, and the nearer one wins; a cue after the expression
 * counts as two words farther than one before it, and a name of several capitalised words counts as
 * one word. Words ending in "-ed" count as past unless the cue list says otherwise ("succeed"), as one
 * word farther than a listed cue.
 *
 * <p>A few word lists stand in for a parser: a cue right after a form of "be" or a determiner is no
 * verb ("would be paid", "a reported rise", "the votes Tuesday"); the "to" of an infinitive after a
 * word that looks ahead ("agreed to buy", "set to resume") makes the clause future unless "had" puts
 * it in the past; a future cue after "had" is past ("had been scheduled to expire Friday"); with a
 * cue on the left, the search on the right stops at "and" or "but"; a reporting verb after a comma
 * on the right ("..., an official said") dates the saying and is passed over when the expression has
 * a verb on its left; a participle after "if" is a condition ("if approved Thursday, would take
 * effect"); the plural present of a schedule verb is a cue right after a plural subject ("lawmakers
 * return Monday", not "failed to return Monday"); "as early as" and "ahead of" look ahead; a modal
 * before a possessive day dates the verb it governs, not the day ("would try to get around
 * Wednesday's ruling"); "May" capitalised is the month, not the modal.
 *
 * <p>A heuristic without a parser: good enough to pick the direction of "Tuesday" or "in August".
 *
 * <p>Immutable and thread-safe.
 */
public final class TenseDetector {

    static final String RESOURCE = "/org/chronoline/rules/en/tense.rules";
    private static final int WINDOW = 12;
    /** After a present "are": "going to" makes it a future. */
    private static final Pattern GOING_TO = Pattern.compile("\\s+going\\s+to\\b");
    /** How many words back from "until" a "not" may stand ("were not told to boil their water until"). */
    private static final int NOT_UNTIL_WORDS = 8;
    /** How many words of an object may stand between a verb of putting off and its "for" or "to". */
    private static final int DEFERRAL_OBJECT_WORDS = 5;
    private static final int AFTER_PENALTY = 2;
    /** How many words may stand between a verb of asking and the "to" of what is asked ("asked both sides to"). */
    private static final int REQUEST_OBJECT_WORDS = 3;
    /** How many words may stand between an expression in a subject and the past verb after it. */
    private static final int SUBJECT_VERB_WORDS = 4;
    /** A word that names a month or weekday or counts a day: "in March and April would help" joins two dates. */
    private static final Pattern DATE_WORD = Pattern.compile(
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
            + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:days?)?)"
            + "|\\d{1,4}");
    /** Words that put a start right before a date: "beginning April 1", "starting in January". */
    private static final Set<String> STARTING = Set.of("beginning", "starting");
    /** Modals that with "have" tell of what did not happen: "would have closed", "could have won". */
    private static final Set<String> COUNTERFACTUAL = Set.of("would", "could", "might", "should");
    private static final String PASSIVE_AUXILIARIES = "passive-auxiliaries";
    private static final String DETERMINERS = "determiners";
    private static final String PROSPECTIVE = "prospective-governors";
    private static final String REPORTING = "reporting-verbs";
    private static final String FUTURE_NOUNS = "future-nouns";
    private static final String CONDITIONALS = "conditionals";
    private static final String PLURAL_SCHEDULE = "plural-schedule-verbs";
    private static final String PRONOUNS = "plural-subjects";
    private static final String MODALS = "modals";
    private static final String DEFERRALS = "deferral-verbs";
    private static final String RELATIVES = "relative-pronouns";
    private static final String COMPLEMENT_VERBS = "complement-verbs";
    private static final String PAST_ABILITY = "past-ability";
    private static final String VERB_PREFIXES = "verb-prefixes";
    private static final String TIME_PREPOSITIONS = "time-prepositions";
    private static final String DATE_SETTING = "date-setting-verbs";
    private static final String CLAUSE_OPENERS = "clause-openers";
    private static final String SUBJECT_PRONOUNS = "subject-pronouns";
    private static final String SUBORDINATORS = "subordinators";
    private static final String SCHEDULED = "scheduled-events";
    private static final String PREPOSITIONS = "prepositions";
    private static final String COMPARISONS = "comparisons";
    private static final String REQUESTS = "request-verbs";
    private static final String IMPERATIVES = "imperative-verbs";
    private static final String IMPERATIVE_OBJECTS = "imperative-objects";
    private static final String LOOKING_AHEAD = "looking-ahead-phrases";
    private static final String FAR_MODALS = "far-modals";
    private static final Set<String> LISTS = Set.of(PASSIVE_AUXILIARIES, DETERMINERS, PROSPECTIVE, REPORTING,
            FUTURE_NOUNS, CONDITIONALS, PLURAL_SCHEDULE, PRONOUNS, MODALS, DEFERRALS, RELATIVES, COMPLEMENT_VERBS,
            PAST_ABILITY, CLAUSE_OPENERS, SUBJECT_PRONOUNS, VERB_PREFIXES, TIME_PREPOSITIONS,
            DATE_SETTING, SUBORDINATORS, SCHEDULED, PREPOSITIONS, COMPARISONS, REQUESTS, IMPERATIVES,
            IMPERATIVE_OBJECTS, LOOKING_AHEAD, FAR_MODALS);

    private static final class Holder {
        static final TenseDetector ENGLISH = new TenseDetector(RuleFile.load(TenseDetector.class, RESOURCE));
    }

    private final Map<String, Tense> cues;
    /** Forms of "be" after which a past cue is a participle ("would be paid"), not a past tense. */
    private final Set<String> passiveAuxiliaries;
    /** Words after which an "-ed" word is an adjective ("a planned rally"), not a past tense. */
    private final Set<String> determiners;
    /** Words whose "to" and verb look ahead ("agreed to buy it in February"). */
    private final Set<String> prospective;
    /** Verbs that report ("an official said"): after a comma they date the saying, not what was said. */
    private final Set<String> reporting;
    /** Future cues that are nouns after a determiner ("announced the plan Aug. 21"). */
    private final Set<String> futureNouns;
    /** Words after which a participle is a condition, not a past tense ("if approved Thursday"). */
    private final Set<String> conditionals;
    /** Plural present verbs of a schedule ("lawmakers return Monday"), cues only after a plural subject. */
    private final Set<String> pluralSchedule;
    /** Pronouns that are plural subjects ("they meet Monday"). */
    private final Set<String> pluralSubjects;
    /** Modal verbs: they tell of the verb they govern, not of a day owning a noun ("Wednesday's ruling"). */
    private final Set<String> modals;
    /**
     * Verbs that put a thing off to a later day ("rescheduled for Dec. 3", "postponed until Monday"),
     * and nouns of what is expected ("its forecast for the second half").
     */
    private final Set<String> deferrals;
    /** Verbs that ask someone to do a thing ("asked both sides to return Saturday"). */
    /** Verbs that open a sentence bidding the reader do something ahead ("Ask me again in January"). */
    private final Set<String> imperatives;
    /** What may follow such a verb when it bids the reader: "Ask me", "Join us", "Check back". */
    private final Set<String> imperativeObjects;
    /** A word and the preposition after it, joined by a hyphen: "worried-about", "counting-on". */
    private final Set<String> lookingAhead;
    /** Modals that govern a clause past the window: what they tell of lies ahead. */
    private final Set<String> farModals;
    private final Set<String> requests;
    /** Words that open a relative clause after a comma (", where volunteers are serving meals"). */
    private final Set<String> relatives;
    /** Verbs whose object a participle describes ("keep the stores closed", "have the road reopened"). */
    private final Set<String> complementVerbs;
    /** Words after "could" that tell of what one could do then ("could not reach him", "could see"). */
    private final Set<String> pastAbility;
    /** Words that cannot be inside the object of "keep ... closed": they start a clause of their own. */
    private final Set<String> clauseOpeners;
    /** Pronouns that, after a comma, start a clause with a verb of its own (", it is worth $540 million"). */
    private final Set<String> subjectPronouns;
    /** Prefixes after which a hyphenated word is still a verb ("re-elected", "co-founded"). */
    private final Set<String> verbPrefixes;
    /** Prepositions that make an expression an adverbial of the clause after it ("Until Thursday, they"). */
    private final Set<String> timePrepositions;
    /** Verbs whose object is a day fixed for later ("set Oct. 15 as the deadline"). */
    private final Set<String> dateSetting;
    /** Words that open a subordinate clause after an expression ("by April so families have time"). */
    private final Set<String> subordinators;
    /** Events held on a day fixed ahead: a modal before "Saturday's final" dates the day. */
    private final Set<String> scheduled;
    /** Prepositions, after which no finite verb stands ("with displaced tenants", "by armed men"). */
    private final Set<String> prepositions;
    /** Words that open, after a comma, a comparison with another time ("will travel for Thanksgiving, up from"). */
    private final Set<String> comparisons;

    TenseDetector(RuleFile file) {
        Map<String, Tense> map = new LinkedHashMap<>();
        for (RuleFile.Block b : file.blocks()) {
            if (LISTS.contains(b.name())) {
                continue; // word lists, read below
            }
            for (Map.Entry<String, List<String>> e : b.fields().entrySet()) {
                String v = e.getValue().get(0);
                if (e.getValue().size() > 1) {
                    throw b.error(e.getKey(), "cue listed twice");
                }
                Tense t = v.equals("NONE") ? Tense.UNKNOWN : parse(b, e.getKey(), v);
                map.put(e.getKey(), t);
            }
        }
        this.cues = Map.copyOf(map);
        this.passiveAuxiliaries = file.words(PASSIVE_AUXILIARIES);
        this.determiners = file.words(DETERMINERS);
        this.prospective = file.words(PROSPECTIVE);
        this.reporting = file.words(REPORTING);
        this.futureNouns = file.words(FUTURE_NOUNS);
        this.conditionals = file.words(CONDITIONALS);
        this.pluralSchedule = file.words(PLURAL_SCHEDULE);
        this.pluralSubjects = file.words(PRONOUNS);
        this.modals = file.words(MODALS);
        this.deferrals = file.words(DEFERRALS);
        this.requests = file.words(REQUESTS);
        this.imperatives = file.words(IMPERATIVES);
        this.imperativeObjects = file.words(IMPERATIVE_OBJECTS);
        this.lookingAhead = file.words(LOOKING_AHEAD);
        this.farModals = file.words(FAR_MODALS);
        this.relatives = file.words(RELATIVES);
        this.complementVerbs = file.words(COMPLEMENT_VERBS);
        this.pastAbility = file.words(PAST_ABILITY);
        this.clauseOpeners = file.words(CLAUSE_OPENERS);
        this.subjectPronouns = file.words(SUBJECT_PRONOUNS);
        this.verbPrefixes = file.words(VERB_PREFIXES);
        this.timePrepositions = file.words(TIME_PREPOSITIONS);
        this.dateSetting = file.words(DATE_SETTING);
        this.subordinators = file.words(SUBORDINATORS);
        this.scheduled = file.words(SCHEDULED);
        this.prepositions = file.words(PREPOSITIONS);
        this.comparisons = file.words(COMPARISONS);
        for (String w : pluralSchedule) {
            if (map.containsKey(w)) {
                throw new IllegalArgumentException(file.name() + ": '" + w + "' is both a cue and a plural schedule verb");
            }
        }
    }

    private static Tense parse(RuleFile.Block b, String key, String v) {
        try {
            return Tense.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw b.error(key, "expected PAST, PRESENT, FUTURE or NONE, got '" + v + "'");
        }
    }

    /** The English cue words. */
    public static TenseDetector english() {
        return Holder.ENGLISH;
    }

    /** Whether {@code word}, in lower case, is a verb that reports what someone said ("said", not "States"). */
    public boolean isReporting(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && reporting.contains(normalize(word));
    }

    /** The tense around {@code expression}, looking only inside {@code sentence}. */
    public Tense tenseAt(String text, Span sentence, Span expression) {
        int from = Math.max(0, sentence.start());
        int to = Math.min(text.length(), sentence.end());
        // "Friday's ruling was upheld": the verb after a possessive tells of the noun, not of the day,
        // and so does a modal before it ("would try to overturn Wednesday's ruling")
        boolean possessive = isPossessive(text, Math.max(expression.end(), from), to);
        // "will face her in Saturday's final": a modal does date a day whose event is held as planned
        boolean scheduledEvent = possessive && scheduled.contains(normalize(wordAfter(text, expression.end() + 2, to)));
        Scan scan = new Scan(text, sentence, expression, from, to, possessive, scheduledEvent);
        scanLeft(scan);
        scanRight(scan);
        Tense tense = decide(scan);
        if (tense == Tense.UNKNOWN && scan.leftWindowEnd >= 0 && !scan.right.found()) {
            tense = farModal(scan);
        }
        // "'Ask me again in January,' Ellery said": what the reader is bid do lies ahead
        return tense == Tense.UNKNOWN && opensWithImperative(text, from, expression.start()) ? Tense.FUTURE : tense;
    }

    /**
     * Whether the sentence, from {@code from}, opens with a verb that bids the reader do something and
     * its object or "back" ("Ask me", "Join us", "Check back"), before {@code before}.
     */
    private boolean opensWithImperative(String text, int from, int before) {
        String verb = wordAfter(text, from, before); // past an opening quotation mark
        if (verb.isEmpty() || !Character.isUpperCase(verb.charAt(0)) || !imperatives.contains(normalize(verb))) {
            return false;
        }
        int end = text.indexOf(verb, from) + verb.length();
        int next = end;
        while (next < before && text.charAt(next) == ' ') {
            next++;
        }
        return next > end && next < before && isWordChar(text.charAt(next))
                && imperativeObjects.contains(normalize(wordAfter(text, next, before)));
    }

    /**
     * Looks at the words left of the expression, nearest first, for the first cue or "-ed" guess
     * ({@code scan.left}, and the cue's word in {@code scan.leftCue}); a phrase that settles the tense,
     * a boundary or the end of the window stops the search.
     */
    private void scanLeft(Scan scan) {
        String text = scan.text;
        int from = scan.from;
        Side left = scan.left;
        boolean modalDates = !scan.possessive || scan.scheduledEvent;
        int distance = 0;
        int p = Math.min(scan.expression.start(), scan.to);
        String after = "";
        while (p > from && distance < WINDOW) {
            int end = wordEndBefore(text, from, p);
            int start = wordStartBefore(text, from, end);
            if (start == end || crossesBoundary(text, end, p) || isQuoteMark(text, start, end)
                    || contains(text, ',', end, p) && opensFrontedClause(text, from, end)) {
                // "Because no one cleared 50 percent, the top two advance to the Aug. 6 runoff": the
                // fronted clause's verb does not date the main one
                break;
            }
            String word = text.substring(start, end);
            if (!(isCapitalised(word) && isCapitalised(after)) && !isClockWord(text, start, end)) {
                // a name of several words ("the Space Shuttle Columbia") counts as one, and the numbers
                // of a time of day count for nothing ("runs from 10 a.m. to 7 p.m. Saturday and ...")
                distance++;
            }
            // "would be re-evaluated Friday": the word before a prefixed verb is the one before its prefix
            String before = percentBefore(text, from, start) ? "%" : wordBefore(text, from, prefixStart(text, from, start));
            Tense settled = settledLeft(scan, start, end, before, word, after);
            if (settled != null) {
                left.setCue(settled, distance);
                break;
            }
            boolean haveTime = after.isEmpty() && isHave(normalize(word)) && isBlank(text, end, scan.expression.start());
            if (haveTime && !normalize(before).equals("to") && !modals.contains(normalize(before))) {
                // "the soldiers have this weekend off": a time owned, not a perfect
                left.setCue(Tense.PRESENT, distance);
                break;
            }
            // "would be paid in January", "will be named in December": a participle after "be" is not
            // a past tense, the auxiliary before it decides; after "a" or "the" it is an adjective
            // "Until Thursday, they had not called him a suspect": a preposition that opens the
            // sentence leaves the tense to the clause after it
            boolean opener = before.isEmpty() && isUntil(normalize(word));
            // "would otherwise have this weekend to themselves": the modal decides
            if (!opener && !haveTime && !inCompound(text, start, end) && !haveItDone(text, from, start, word)
                    && !closedParticiple(scan, start, end, word)
                    && !inAsClause(text, from, start, word)
                    && !nounInPhrase(text, from, start, word)
                    && !negatedUntil(text, from, start, word)
                    && !notAVerb(before, word, isBlank(text, wordEndBefore(text, from, start), start))
                    && !(!modalDates && modals.contains(normalize(word)))) {
                if (note(left, word, distance)) {
                    scan.leftCue = normalize(word);
                }
            }
            after = word;
            if (left.found()) {
                break;
            }
            p = start;
        }
        if (!left.found() && distance >= WINDOW) {
            scan.leftWindowEnd = p;
        }
    }

    /**
     * Past the window on the left, when nothing decided: a modal that looks ahead, before any past verb,
     * still governs the clause ("the storm's remnants could drop 8 to 12 inches of rain on central
     * Texas over the next two days before crossing into Oklahoma by Friday morning").
     */
    private Tense farModal(Scan scan) {
        String text = scan.text;
        int p = scan.leftWindowEnd;
        String after = "";
        for (int distance = 0; p > scan.from && distance < WINDOW; distance++) {
            int end = wordEndBefore(text, scan.from, p);
            int start = wordStartBefore(text, scan.from, end);
            if (start == end || crossesBoundary(text, end, p) || isQuoteMark(text, start, end)) {
                return Tense.UNKNOWN;
            }
            String word = text.substring(start, end);
            String w = normalize(word);
            if (farModals.contains(w) && !word.equals("May")) {
                return w.equals("could") && !isVerbAhead(after) ? Tense.UNKNOWN : Tense.FUTURE;
            }
            Tense cue = listed(w);
            if (cue != null && cue != Tense.UNKNOWN || looksPast(w)) {
                return Tense.UNKNOWN; // a verb of its own comes first
            }
            after = word;
            p = start;
        }
        return Tense.UNKNOWN;
    }

    /**
     * The tense that {@code word}, left of the expression between {@code before} and {@code after},
     * settles by a rule of its own, or {@code null} when it is at most a cue.
     */
    private Tense settledLeft(Scan scan, int start, int end, String before, String word, String after) {
        String text = scan.text;
        int from = scan.from;
        if (STARTING.contains(normalize(word)) && (after.isEmpty() || after.equals("in") || after.equals("on"))) {
            // "the new fiscal year beginning April 1", "a physician on site beginning in January": a
            // start, like what is "effective" on a day, lies ahead; after a comma it is the start of
            // what the clause before tells, past when that is ("raised its rate seven times this
            // year, starting in March")
            boolean ofClauseBefore = contains(text, ',', wordEndBefore(text, from, start), start);
            return ofClauseBefore && tenseAt(text, scan.sentence, new Span(start, end)) == Tense.PAST
                    ? Tense.PAST : Tense.FUTURE;
        }
        Tense phrase = phraseAt(text, from, start, before, word, after);
        if (phrase != null) {
            return phrase;
        }
        if ((normalize(word).equals("is") || normalize(word).equals("are")) && (after.isEmpty() || after.equals("on"))
                && scheduled.contains(normalize(before))) {
            // "the primary is May 19", "the hearing is on Tuesday": the present of a timetable, said of an
            // event held on a day, looks ahead
            return Tense.FUTURE;
        }
        if (!after.isEmpty() && lookingAhead.contains(normalize(word) + "-" + normalize(after))) {
            // "owners said they were worried about Friday, usually their busiest day", "were counting on
            // a strong December": what one is worried about or counting on lies ahead
            return Tense.FUTURE;
        }
        if (isHave(normalize(word)) && after.equals("to")) {
            // "the days have to be made up in June", "would have to vote by March": what must be
            // done lies ahead
            return Tense.FUTURE;
        }
        if (isPastCue(word) && !isCapitalised(word) && normalize(before).equals("have")
                && COUNTERFACTUAL.contains(normalize(wordBefore(text, from,
                        wordStartBefore(text, from, wordEndBefore(text, from, start)))))) {
            // "the window would have closed in mid-November": what did not happen, then; the nearest
            // reading decides
            return Tense.UNKNOWN;
        }
        if (normalize(word).equals("have") && normalize(before).equals("to")
                && (after.equals("been") || isPastCue(after) && !isCapitalised(after))) {
            // "was likely to have been flat in the April-June period", "is believed to have died
            // Tuesday": a perfect infinitive tells of what is past
            return Tense.PAST;
        }
        if (isPossession(before, word, after)) {
            return Tense.PRESENT; // "the company has a plan for March"
        }
        return null;
    }

    /**
     * Looks at the words right of the expression, nearest first, for the first cue or "-ed" guess
     * ({@code scan.right}, two words farther than on the left, and in {@code scan.rightAfterComma}
     * whether a comma stands before the cue); another clause, a boundary or the end of the window
     * stops the search.
     */
    private void scanRight(Scan scan) {
        if (scan.possessive && !scan.scheduledEvent) {
            // the verb after a possessive tells of the noun; but "said Sunday's rally would be the
            // biggest": the verb after an event held as planned dates its day
            return;
        }
        String text = scan.text;
        int from = scan.from;
        int to = scan.to;
        Side right = scan.right;
        int distance = 0;
        int p = Math.max(scan.expression.end(), from);
        String previous = "";
        boolean comma = false;
        String opener = wordBefore(text, from, Math.max(from, scan.expression.start()));
        while (p < to && distance < WINDOW) {
            int start = p;
            while (start < to && !isWordChar(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < to && isWordChar(text.charAt(end))) {
                end++;
            }
            if (start == end || crossesBoundary(text, p, start) || isQuoteMark(text, start, end)
                    || endsHeading(text, p, start)) {
                break;
            }
            String word = text.substring(start, end);
            if (!(isCapitalised(word) && isCapitalised(previous)) && !isClockWord(text, start, end)) {
                distance++;
            }
            if (opensClauseRight(scan, opener, p, start, end, word, distance)) {
                break;
            }
            comma |= contains(text, ',', p, start);
            if (comma && reporting.contains(normalize(word))
                    && (scan.left.found() || !opensSentence(text, from, scan.expression.start()))) {
                // "will admit them in early March, an official said", "with the first round on April 24
                // ..., the league announced Wednesday": the saying is past, not March; but "On Wednesday,
                // Alarcon said" (the expression opens the sentence) dates the saying
                previous = word;
                p = end;
                continue;
            }
            int cueDistance = distance + AFTER_PENALTY;
            if (isPossession(previous, word, wordAfter(text, end, to))) {
                // "by Thanksgiving, it has a shot": "has" that owns a thing is a present, not a perfect
                right.setCue(Tense.PRESENT, cueDistance);
                break;
            }
            if (normalize(word).equals("could") && isVerbAhead(wordAfter(text, end, to))) {
                // "After a break Wednesday, another system could arrive": what may happen lies ahead
                right.setCue(Tense.FUTURE, cueDistance);
                scan.rightAfterComma = comma;
                break;
            }
            if (!inCompound(text, start, end)
                    && !notAVerb(percentBefore(text, p, start) ? "%" : previous, word, isBlank(text, p, start))) {
                if (note(right, word, cueDistance)) {
                    scan.rightAfterComma = comma;
                    if (right.cue == Tense.PRESENT && GOING_TO.matcher(text).region(end, to).lookingAt()) {
                        right.cue = Tense.FUTURE; // "in the summer, people are going to go under"
                    }
                }
            }
            previous = word;
            if (right.found()) {
                break;
            }
            p = end;
        }
    }

    /**
     * Whether {@code word} (at {@code start}, after a gap from {@code p}; the {@code distance}-th word
     * right of the expression) opens another clause, whose verbs do not date the expression;
     * {@code opener} is the word before the expression.
     */
    private boolean opensClauseRight(Scan scan, String opener, int p, int start, int end, String word, int distance) {
        String text = scan.text;
        if (scan.left.hasCue() && (word.equals("and") && !DATE_WORD.matcher(wordAfter(text, end, scan.to)).matches()
                || word.equals("but") || subordinators.contains(normalize(word))
                || normalize(word).equals("when") && contains(text, ',', p, start) && scan.leftCue != null
                        && !reporting.contains(scan.leftCue))) {
            // "planned a rally on Saturday and were planning to drive", "will post routes by April so
            // families have time", "will mature in October, when the bugs have given up": another
            // clause (not after a reporting verb: "said they could play this fall, when the team opens")
            return true;
        }
        boolean commaHere = contains(text, ',', p, start);
        if (distance == 1 && !commaHere && scan.left.found() && isBlank(text, p, start)
                && opensOtherClause(normalize(word))) {
            // "unveiled a music player Tuesday that it says can hold four hours of sound": the clause
            // after the expression tells of something else, the verb before it dates it
            return true;
        }
        if (commaHere && comparisons.contains(normalize(word))) {
            // "will travel for Thanksgiving, up from 37.6 million last Thanksgiving": the figure
            // compared with is of another time, whose words do not date the expression
            return true;
        }
        // "opened a shelter on Friday, where volunteers are serving meals", "based on its closing
        // price Thursday, it is worth $540 million": another clause ("Until Thursday, they had not
        // called him", "Friday night, she will march": the clause is the expression's own)
        return commaHere && (opensOtherClause(normalize(word))
                || subjectPronouns.contains(normalize(word)) && !opener.isEmpty()
                        && !timePrepositions.contains(normalize(opener)));
    }

    /**
     * The tense the cues found decide: first two readings that join the cues on both sides (a reported
     * event held as planned, a schedule word that is the subject of a past verb), then the nearer side.
     */
    private Tense decide(Scan scan) {
        Side left = scan.left;
        Side right = scan.right;
        if (scan.scheduledEvent && scan.leftCue != null && reporting.contains(scan.leftCue) && right.hasCue()) {
            // "protest leaders said Sunday's rally would be the biggest": the saying is not the rally
            return right.cue;
        }
        if (scan.leftCue != null && futureNouns.contains(scan.leftCue) && right.cue == Tense.PAST
                && !scan.rightAfterComma && right.cueDistance <= SUBJECT_VERB_WORDS + AFTER_PENALTY) {
            // "store visits from Thursday through Sunday were down": a past verb right after the
            // expression makes the schedule word before it a noun, the subject
            return Tense.PAST;
        }
        // the first cue on each side; an "-ed" guess counts as one word farther than a listed cue; on
        // a tie the left side wins
        return right.distance() < left.distance() ? right.tense() : left.tense();
    }

    /**
     * The state of one call of {@link #tenseAt}: where it looks and what it has found; made per call,
     * so that the detector stays immutable and thread-safe.
     */
    private static final class Scan {
        final String text;
        final Span sentence;
        final Span expression;
        /** The sentence's bounds, clipped to the text. */
        final int from;
        final int to;
        /** Whether a possessive "'s" follows the expression ("Friday's ruling"). */
        final boolean possessive;
        /** Whether what the expression's possessive owns is an event held as planned ("Saturday's final"). */
        final boolean scheduledEvent;
        final Side left = new Side();
        final Side right = new Side();
        /** The normalized word of the left cue, or {@code null}. */
        String leftCue;
        /** Whether a comma stands before the right cue. */
        boolean rightAfterComma;
        /** Where the left search stopped for the window's end with nothing found, or -1. */
        int leftWindowEnd = -1;

        Scan(String text, Span sentence, Span expression, int from, int to, boolean possessive, boolean scheduledEvent) {
            this.text = text;
            this.sentence = sentence;
            this.expression = expression;
            this.from = from;
            this.to = to;
            this.possessive = possessive;
            this.scheduledEvent = scheduledEvent;
        }
    }

    /**
     * The nearest listed cue and the nearest "-ed" guess on one side of the expression, each with its
     * distance in words; a {@code null} tense when none was found.
     */
    private static final class Side {
        Tense cue;
        int cueDistance = Integer.MAX_VALUE;
        Tense guess;
        int guessDistance = Integer.MAX_VALUE;

        boolean hasCue() {
            return cue != null;
        }

        /** Whether a cue or a guess was found, which ends the search on this side. */
        boolean found() {
            return cue != null || guess != null;
        }

        void setCue(Tense tense, int distance) {
            cue = tense;
            cueDistance = distance;
        }

        /** Whether the guess, counted one word farther, is nearer than the cue. */
        private boolean guessNearer() {
            return guess != null && (cue == null || guessDistance + 1 < cueDistance);
        }

        /** How far the reading of this side is, {@code Integer.MAX_VALUE} when there is none. */
        int distance() {
            return guessNearer() ? guessDistance + 1 : cueDistance;
        }

        /** The reading of this side: the cue, the guess when nearer, else unknown. */
        Tense tense() {
            return guessNearer() ? guess : cue != null ? cue : Tense.UNKNOWN;
        }
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * Whether the past cue {@code word} at {@code start} describes the object of a verb before it: "to
     * have the fire contained by Friday", "will have the road reopened", "will keep its stores closed
     * on Thanksgiving" (an object between the verb and the word; for "have", also "to" or a modal
     * before it), not "had contained" or "would have attended".
     */
    private boolean haveItDone(String text, int from, int start, String word) {
        if (!isPastCue(word)) {
            return false;
        }
        int after = start;
        int end = wordEndBefore(text, from, start);
        for (int words = 0; words < 6 && end > from; words++) {
            if (contains(text, ',', end, after) || contains(text, ';', end, after)) {
                return false; // "keeps his word, and he told me": another clause
            }
            int b = wordStartBefore(text, from, end);
            String w = normalize(text.substring(b, end));
            if (clauseOpeners.contains(w)) {
                return false; // "if the contractor keeps his word and he told me Friday": a subject, a clause
            }
            after = b;
            if (w.equals("have")) {
                String governor = normalize(wordBefore(text, from, b));
                return words > 0 && (governor.equals("to") || modals.contains(governor));
            }
            if (complementVerbs.contains(w)) {
                return words > 0;
            }
            end = wordEndBefore(text, from, b);
        }
        return false;
    }

    /**
     * Whether a verb of putting off stands before the word at {@code start}, right before it or
     * before a short object ("set sentencing for", "moved the vote to"), in the same clause.
     */
    private boolean deferredBefore(String text, int from, int start) {
        return clauseWordsBefore(text, from, start, DEFERRAL_OBJECT_WORDS + 1).stream().anyMatch(deferrals::contains);
    }

    /**
     * Up to {@code max} words before {@code start}, nearest first and normalised, as far as a comma or
     * semicolon (the end of the clause).
     */
    private static List<String> clauseWordsBefore(String text, int from, int start, int max) {
        List<String> words = new ArrayList<>(max);
        int after = start;
        int end = wordEndBefore(text, from, start);
        while (words.size() < max && end > from
                && !contains(text, ',', end, after) && !contains(text, ';', end, after)) {
            int b = wordStartBefore(text, from, end);
            words.add(normalize(text.substring(b, end)));
            after = b;
            end = wordEndBefore(text, from, b);
        }
        return words;
    }

    /**
     * Whether the word at {@code start} is the "until" of "not ... until", which tells when a thing
     * at last happened, not of a time ahead: "the race was not called until after 11 p.m.".
     */
    private boolean negatedUntil(String text, int from, int start, String word) {
        if (!isUntil(normalize(word))) {
            return false;
        }
        List<String> words = clauseWordsBefore(text, from, start, NOT_UNTIL_WORDS);
        for (int i = 0; i < words.size(); i++) {
            String v = words.get(i);
            if (v.equals("not") || v.equals("never") || v.endsWith("n't")) {
                // "asked evacuees not to return until the weekend": what one is not to do before a time
                return !(i > 0 && words.get(i - 1).equals("to"));
            }
            if (modals.contains(v)) {
                return false; // "did not say the plant would stay shut until May": the modal's clause
            }
        }
        return false;
    }

    private static boolean isUntil(String normalized) {
        return normalized.equals("until") || normalized.equals("till");
    }

    /** Whether a "%" sign comes right before the word at {@code start} ("30% contained"). */
    private static boolean percentBefore(String text, int from, int start) {
        int k = start;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > from && text.charAt(k - 1) == '%';
    }

    /** Whether {@code text} between {@code from} and {@code to} is white space only. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} occurs in {@code text} between {@code from} and {@code to}. */
    private static boolean contains(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text at {@code p} is a possessive "'s" ("Friday's ruling"). */
    private static boolean isPossessive(String text, int p, int to) {
        return p + 1 < to && (text.charAt(p) == '\'' || text.charAt(p) == '’')
                && (text.charAt(p + 1) == 's' || text.charAt(p + 1) == 'S')
                && (p + 2 == to || !Character.isLetterOrDigit(text.charAt(p + 2)));
    }

    /** The first word at or after {@code p}, or "" when none comes before {@code to}. */
    private static String wordAfter(String text, int p, int to) {
        int start = Math.min(p, to);
        while (start < to && !isWordChar(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * Whether a schedule word at {@code start} ends a noun phrase after a preposition: "both of his
     * postseason starts in October", "in the two home games" (a determiner and one word between).
     */
    private boolean nounInPhrase(String text, int from, int start, String word) {
        String w = normalize(word);
        if (!futureNouns.contains(w) || w.equals("will") || modals.contains(w)) {
            return false; // "on the stock will terminate": "will" is no noun here
        }
        int e1 = wordEndBefore(text, from, start);
        int s1 = wordStartBefore(text, from, e1);
        int e2 = wordEndBefore(text, from, s1);
        int s2 = wordStartBefore(text, from, e2);
        if (s1 == e1 || s2 == e2 || !determiners.contains(normalize(text.substring(s2, e2)))) {
            return false;
        }
        return prepositions.contains(normalize(wordBefore(text, from, s2)));
    }

    /**
     * Whether the clause that ends at {@code end}, before a comma, opens the sentence with a
     * subordinator ("Because no one cleared 50 percent,", "Although sales fell,").
     */
    private boolean opensFrontedClause(String text, int from, int end) {
        int clause = from;
        for (int i = end - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return false; // only a clause that opens the sentence
            }
        }
        while (clause < end && !isWordChar(text.charAt(clause))) {
            clause++;
        }
        int w = clause;
        while (w < end && isWordChar(text.charAt(w))) {
            w++;
        }
        return subordinators.contains(normalize(text.substring(clause, w)));
    }

    /** The word that ends before {@code start}, or "" at the start of the range. */
    private static String wordBefore(String text, int from, int start) {
        int end = wordEndBefore(text, from, start);
        return text.substring(wordStartBefore(text, from, end), end);
    }

    /** Where the last word before {@code p} ends: {@code p} moved back over what is not a word. */
    private static int wordEndBefore(String text, int from, int p) {
        int end = p;
        while (end > from && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Where the word that ends at {@code end} starts. */
    private static int wordStartBefore(String text, int from, int end) {
        int start = end;
        while (start > from && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Whether a cue word is no verb here: a past cue after "be" or a determiner is a
     * participle or an adjective ("would be paid", "a reported rise"), a present one after a determiner
     * a noun ("the votes Tuesday", not "the council votes Tuesday"), as are some future ones ("the plan");
     * a plural schedule verb is one only right after its plural subject ({@code adjacent}: nothing
     * but space between the two words).
     */
    private boolean notAVerb(String before, String word, boolean adjacent) {
        String w = normalize(word);
        String b = normalize(before);
        if (w.equals("have") && (b.equals("to") || b.equals("will") || b.endsWith("'ll") || b.equals("shall"))) {
            return true; // "hope to have it done by Friday", "will have it done": no present perfect
        }
        if (w.equals("last") && b.equals("to")) {
            return true; // "expected to last into early spring": the verb, not "last week"
        }
        if (isPastCue(word)) {
            // "will meet with displaced tenants": after a preposition a participle is an adjective
            return isParticipleAfter(before) || prepositions.contains(b);
        }
        if (pluralSchedule.contains(w)) {
            // "Alarcon, head of the assembly": a noun; "won the French Open in June": a name
            return !adjacent || Character.isUpperCase(word.charAt(0)) || !isPluralSubject(before);
        }
        Tense t = listed(w);
        if ((t == Tense.PRESENT || t == Tense.FUTURE) && adjacent && !b.isEmpty() && Character.isDigit(b.charAt(0))
                && !modals.contains(w) && !w.equals("will") && !w.equals("shall")) {
            return true; // "by 214 votes", "3 plans": a count before it makes a noun ("in 2026 will" does not)
        }
        return (t == Tense.PRESENT || t == Tense.FUTURE && futureNouns.contains(w)) && determiners.contains(normalize(before));
    }

    /**
     * Whether a past cue after {@code word} is a participle or an adjective: after "be", "the" or "if",
     * or after a percentage ("have the fire 30% contained by the weekend", "a 51 percent owned unit";
     * not after a count, "254,200 bought from Sept. 14").
     */
    private boolean isParticipleAfter(String word) {
        String w = normalize(word);
        return passiveAuxiliaries.contains(w) || determiners.contains(w) || conditionals.contains(w)
                || w.equals("percent") || w.equals("%");
    }

    /**
     * Whether {@code word} may be the plural subject of a present verb: "they", a plural noun
     * ("lawmakers", "talks") or a name ("He and Arafat meet Monday"), not "to", "not" or a cue.
     */
    private boolean isPluralSubject(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String w = normalize(word);
        if (pluralSubjects.contains(w)) {
            return true;
        }
        if (listed(w) != null || determiners.contains(w) || passiveAuxiliaries.contains(w) || conditionals.contains(w)) {
            return false;
        }
        return Character.isUpperCase(word.charAt(0)) || (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("'s") && !w.endsWith("us"));
    }

    /**
     * Whether {@code after}, after "could" or the "to" of what one is asked to do, is a verb of what may
     * yet happen ("could bring snow", "asked them to return"), not of what one could or could not do
     * then ("could not reach him", "could see the smoke", "asked to be").
     */
    private boolean isVerbAhead(String after) {
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        String w = normalize(after);
        Tense cue = listed(w);
        return !pastAbility.contains(w) && !isPastCue(after) && (cue == null || cue == Tense.FUTURE);
    }

    /** Whether a normalized word opens a clause of its own after the expression: "which", "where", "that". */
    private boolean opensOtherClause(String w) {
        return relatives.contains(w) || w.equals("that");
    }

    /** "have" or "has", normalized. */
    private static boolean isHave(String w) {
        return w.equals("have") || w.equals("has");
    }

    /**
     * The tense a phrase settles where it stands, looking left from the expression ({@code word} at
     * {@code start}, between {@code before} and {@code after}), or {@code null}.
     */
    private Tense phraseAt(String text, int from, int start, String before, String word, String after) {
        if (isProspective(before, word, after)) {
            // "agreed to buy the unit in February": what one agrees, plans or sets out to do lies
            // ahead; what one had planned was changed or gone through, either side of publication
            int governor = wordStartBefore(text, from, wordEndBefore(text, from, start));
            return hadBefore(text, from, governor) ? Tense.UNKNOWN : Tense.FUTURE;
        }
        if (word.equals("to") && (normalize(before).equals("was") || normalize(before).equals("were"))
                && !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && listed(normalize(after)) == null) {
            // "the theater was to reopen on New Year's Eve": a plan told in the past, for a time either
            // side of publication; the nearest reading decides
            return Tense.UNKNOWN;
        }
        String w = normalize(word);
        if (w.equals("early") && after.equals("as") && normalize(before).equals("as")) {
            return Tense.FUTURE; // "could come as early as Tuesday": the soonest it can happen lies ahead
        }
        if ((w.equals("for") || isUntil(w) || w.equals("to") || w.equals("through")) && after.isEmpty()
                && deferredBefore(text, from, start)) {
            // "the hearing was rescheduled for Dec. 3", "the judge set sentencing for April 19": what is
            // put off lies ahead (the day right after the word: "moved to Boston in May" is no deferral)
            return Tense.FUTURE;
        }
        if (w.equals("to") && isVerbAhead(after) && !determiners.contains(after)) {
            List<String> words = clauseWordsBefore(text, from, start, REQUEST_OBJECT_WORDS + 2);
            for (int k = 1; k < words.size() - 1 && k <= REQUEST_OBJECT_WORDS; k++) {
                if (requests.contains(words.get(k))) {
                    // "the mediator has asked both sides to return Saturday": what one is asked to do
                    // lies ahead; "the city commission ordered the company to install new brakes by May
                    // 1": ahead of the asking, which is past, so either side of publication
                    String asked = words.get(k);
                    String aux = words.get(k + 1);
                    return isPastCue(asked) && !isHave(aux) ? Tense.UNKNOWN : Tense.FUTURE;
                }
            }
        }
        if (after.isEmpty() && normalize(before).equals("for") && scheduled.contains(w)) {
            // "was cleared Monday for launch early Wednesday", "set for trial Monday": what a thing is
            // readied for lies ahead
            return Tense.FUTURE;
        }
        if (deferrals.contains(w) && (after.equals("for") || isUntil(normalize(after)))) {
            return Tense.FUTURE; // "a NATO summit set for Washington in April"
        }
        if (after.isEmpty() && dateSetting.contains(w)) {
            // "the judge set Oct. 15 as the deadline": the setting is past, the day set may be either
            // side of publication, and the nearest reading decides
            return Tense.UNKNOWN;
        }
        if (w.equals("could") && isVerbAhead(after)) {
            return Tense.FUTURE; // "a storm could bring snow Saturday night": what may happen lies ahead
        }
        if (w.equals("due") && !after.equals("to")) {
            // "her next one is due in the fall": what is due lies ahead, what was due is past
            String b = normalize(before);
            if (b.equals("is") || b.equals("are") || b.equals("am") || b.endsWith("'s") || b.endsWith("'re")) {
                return Tense.FUTURE;
            }
            if (b.equals("was") || b.equals("were")) {
                return Tense.PAST;
            }
        }
        if (w.equals("ahead") && after.equals("of")) {
            return Tense.FUTURE; // "stocks rose ahead of Tuesday's meeting": what one gets ahead of is to come
        }
        if (normalize(before).equals("have") && isPastCue(word)) {
            Tense perfect = perfect(text, from, start);
            if (perfect != null) {
                return perfect;
            }
        }
        if (listed(w) == Tense.FUTURE && hadBefore(text, from, start)) {
            // "had been scheduled to expire at midnight Friday": a plan told in the past perfect, changed or
            // gone through, either side of publication
            return Tense.UNKNOWN;
        }
        return null;
    }

    /**
     * The tense of a perfect whose "have" comes before the participle at {@code start}: a future
     * perfect after "will" or "shall" ("will have finished the repairs by Friday"), or after the "to"
     * of a governor that looks ahead ("expects to have completed the sale by March"); the past after
     * any other "to" ("is believed to have died Friday"); else {@code null}, for the words before
     * to decide ("would have attended Friday").
     */
    private Tense perfect(String text, int from, int start) {
        int have = wordStartBefore(text, from, wordEndBefore(text, from, start));
        String governor = normalize(wordBefore(text, from, have));
        if (governor.equals("will") || governor.equals("shall") || governor.equals("won't") || governor.endsWith("'ll")) {
            return Tense.FUTURE;
        }
        if (!governor.equals("to")) {
            return null;
        }
        int to = wordStartBefore(text, from, wordEndBefore(text, from, have));
        return prospective.contains(normalize(wordBefore(text, from, to))) ? Tense.FUTURE : Tense.PAST;
    }

    /** Whether "had" or "had been" comes right before the word that starts at {@code start}. */
    private static boolean hadBefore(String text, int from, int start) {
        String w = normalize(wordBefore(text, from, start));
        if (w.equals("been")) {
            w = normalize(wordBefore(text, from, wordStartBefore(text, from, wordEndBefore(text, from, start))));
        }
        return w.equals("had") || w.endsWith("'d");
    }

    /**
     * Whether {@code word} is the "to" of an infinitive that looks ahead: after a listed governor
     * ("agreed", "plan", "set") and before a lowercase word that is no determiner ("agreed to buy",
     * not "agreed to the terms").
     */
    private boolean isProspective(String before, String word, String after) {
        return word.equals("to") && prospective.contains(normalize(before)) && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0)) && !determiners.contains(after)
                && (listed(normalize(after)) == null || pluralSchedule.contains(normalize(after)) || after.equals("have")
                        || after.equals("last"));
    }

    /**
     * Whether {@code word} is "has" or "have" owning what a determiner opens ("it has a shot"), not a
     * perfect, nor the "have" of a thing done after "to" or a modal ("will have the road reopened").
     */
    private boolean isPossession(String before, String word, String after) {
        String w = normalize(word);
        String b = normalize(before);
        return (w.equals("has") || w.equals("have")) && determiners.contains(normalize(after))
                && !b.equals("to") && !modals.contains(b);
    }

    /**
     * Whether {@code word}, between {@code start} and {@code end} left of the expression, is a past
     * participle that opens a phrase after a comma, and the phrase has closed with another comma before
     * the expression ("She will shoot a film, set in Alaska, this summer"): it describes a noun and
     * dates nothing there, so the verb of the clause decides. One that holds the expression (", arrested
     * Tuesday,") does date it.
     */
    private boolean closedParticiple(Scan scan, int start, int end, String word) {
        String text = scan.text;
        int b = start;
        while (b > scan.from && text.charAt(b - 1) == ' ') {
            b--;
        }
        return b > scan.from && b < start && text.charAt(b - 1) == ',' && isPastCue(word) && !isCapitalised(word)
                && !reporting.contains(normalize(word)) && contains(text, ',', end, scan.expression.start());
    }

    /**
     * Whether {@code word}, which starts at {@code start}, is the participle of a clause of comparison
     * ("let the offensive begin as previously planned Saturday night", "opened as scheduled
     * Monday"): it dates nothing, and the verb before the clause decides.
     */
    private static boolean inAsClause(String text, int from, int start, String word) {
        String w = normalize(word);
        if (!w.endsWith("ed")) {
            return false;
        }
        int end = wordEndBefore(text, from, start);
        int s = wordStartBefore(text, from, end);
        String before = normalize(text.substring(s, end));
        if (before.length() > 4 && before.endsWith("ly")) {
            before = normalize(wordBefore(text, from, s)); // "as previously planned", "as originally scheduled"
        }
        return before.equals("as");
    }

    /** Whether a word would count as a past-tense cue: listed as PAST, or an unlisted "-ed" word. */
    private boolean isPastCue(String word) {
        String w = normalize(word);
        Tense t = listed(w);
        return t == Tense.PAST || (t == null && looksPast(w));
    }

    /**
     * Records a listed cue or an "-ed" guess if it is the first of its kind on its side; whether it
     * recorded a listed cue.
     */
    private boolean note(Side side, String word, int distance) {
        if (word.equals("May")) {
            return false; // the month, not the modal
        }
        String w = normalize(word);
        Tense t = listed(w);
        if (t != null) {
            if (t != Tense.UNKNOWN && !side.hasCue()) {
                side.setCue(t, distance);
                return true;
            }
            return false;
        }
        if (side.guess == null && looksPast(w) && !isCapitalised(word)) { // "Mohammed", "Ahmed": names
            side.guess = Tense.PAST;
            side.guessDistance = distance;
        }
        return false;
    }

    private static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The listed cue of a normalized word, or of its "'ll" ending; {@code null} when not listed. */
    private Tense listed(String w) {
        Tense t = cues.get(w);
        if (t == null && pluralSchedule.contains(w)) {
            return Tense.FUTURE; // the present of a timetable looks ahead, as "begins" does
        }
        if (t == null) {
            int apos = w.indexOf('\'');
            if (apos > 0) {
                t = cues.get(w.substring(apos));
            }
        }
        return t;
    }

    /** An unlisted word that looks like a past tense: longer than four letters, ending in "-ed". */
    private static boolean looksPast(String w) {
        return w.length() > 4 && w.endsWith("ed") && Character.isLetter(w.charAt(0));
    }

    /**
     * Whether the gap between two words closes or opens a quotation or ends a clause with a semicolon:
     * in "'He will leave Thursday,' Castro said" the reporting verb does not date the quoted words.
     */
    private static boolean crossesBoundary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == ';' || (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'')
                    || (c == '`' && i + 1 < to && text.charAt(i + 1) == '`')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a colon followed by a space stands between {@code from} and {@code to}: what follows it
     * ("Ridgeview at Port Ellis, 7 p.m. Saturday: Port Ellis has lost five straight") tells of something
     * else than the heading before it (a clock time's colon has no space after it).
     */
    private static boolean endsHeading(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == ':' && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A "word" of apostrophes only: the '' that some news wires write for a quotation mark. */
    private static boolean isQuoteMark(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return end - start >= 2;
    }

    /**
     * Whether the word between {@code start} and {@code end} is part of a hyphenated compound, which is
     * a noun or an adjective ("third-seeded", "flu-shot", "state-run", "closed-door"), not a verb;
     * "re-elected", "co-founded" keep their verb.
     */
    private boolean inCompound(String text, int start, int end) {
        int b = prefixStart(text, 0, start);
        if (b == start) {
            return end + 1 < text.length() && text.charAt(end) == '-' && isWordChar(text.charAt(end + 1));
        }
        return !verbPrefixes.contains(normalize(text.substring(b, start - 1)));
    }

    /** Where the hyphenated prefix of the word at {@code start} begins ("re-" of "re-evaluated"), else {@code start}. */
    private static int prefixStart(String text, int from, int start) {
        if (start - 2 < from || text.charAt(start - 1) != '-' || !isWordChar(text.charAt(start - 2))) {
            return start;
        }
        int b = start - 1;
        while (b > from && isWordChar(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** Whether only a preposition, if anything, stands before {@code start} in its sentence ("On Wednesday, ..."). */
    private boolean opensSentence(String text, int from, int start) {
        String before = wordBefore(text, from, Math.max(from, start));
        if (before.isEmpty()) {
            return true;
        }
        int end = wordEndBefore(text, from, Math.max(from, start));
        return timePrepositions.contains(normalize(before))
                && wordBefore(text, from, wordStartBefore(text, from, end)).isEmpty();
    }

    /** A number, or a letter of "a.m." or "p.m.". */
    private static boolean isClockWord(String text, int start, int end) {
        if (end - start == 1) {
            char c = Character.toLowerCase(text.charAt(start));
            if ((c == 'a' || c == 'p') && end + 1 < text.length() && text.charAt(end) == '.'
                    && Character.toLowerCase(text.charAt(end + 1)) == 'm') {
                return true;
            }
            if (c == 'm' && start >= 2 && text.charAt(start - 1) == '.'
                    && "ap".indexOf(Character.toLowerCase(text.charAt(start - 2))) >= 0) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }
}

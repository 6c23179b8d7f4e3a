package org.chronoline.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.temporal.TimeSpec.Qualifier;

/**
 * The rule-based finder: runs the {@link Grammar}'s rules over each sentence that is not page
 * furniture and keeps the longest non-overlapping matches, left to right.
 *
 * <p>To be fast it tries rules only at token starts (a token is a run of letters or digits), and only
 * the rules that can start with that token: a rule is a candidate for a token when its pattern
 * matches the token or runs off the token's end ({@link Matcher#hitEnd()}). Candidates are cached
 * per token text in a bounded map.
 *
 * <p>Qualifiers just before a match ("early", "mid-", "the end of", "about") join the extent and
 * wrap the spec; prepositions that TimeML leaves out ("by", "since", "until") only wrap it.
 *
 * <p>Immutable and thread-safe (the cache is concurrent; matchers are made per call).
 */
final class RuleBasedFinder implements ExpressionFinder {

    private static final int MAX_CACHED_TOKENS = 50_000;
    /** Longer tokens are judged every time: no rule starts with one, and they would bloat the cache. */
    private static final int MAX_CACHED_TOKEN_LENGTH = 32;
    private static final int MAX_JUDGED_TOKEN_LENGTH = 64;
    private static final int MAX_GAP = 3;
    /** A token with this many candidate rules or more is judged with the word after it too. */
    private static final int PAIR_THRESHOLD = 3;
    private static final int MAX_CACHED_PAIRS = 100_000;
    private static final int MAX_CACHED_PAIR_LENGTH = 40;

    private static final class Holder {
        static final RuleBasedFinder ENGLISH = new RuleBasedFinder(Grammar.english());
    }

    private final Grammar grammar;
    private final int pairThreshold;
    private final List<Rule> rules;
    private final SpecBuilder builder;
    /** Per rule, the pattern that decides whether a token can start it (see {@link #startTest}). */
    private final java.util.regex.Pattern[] startTests;
    /** Per rule, whether a prefix of two words can rule it out (see {@link #pairCandidates}). */
    private final boolean[] pairJudged;
    private final List<Prefix> inside;
    private final List<Prefix> outside;
    private final Map<String, int[]> candidates = new ConcurrentHashMap<>();
    /** Candidates of a common token judged together with the word after it ("the week"). */
    private final Map<String, int[]> pairs = new ConcurrentHashMap<>();
    /** Per first character of a token, the rules that can start with it; filled as characters are met. */
    private final AtomicReferenceArray<int[]> byFirstChar = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    private static final int[] NONE = new int[0];

    /** A qualifier word and what it means. */
    private record Prefix(String words, Qualifier qualifier) {
    }

    RuleBasedFinder(Grammar grammar) {
        this(grammar, PAIR_THRESHOLD);
    }

    /** With {@code pairThreshold} {@link Integer#MAX_VALUE}, tokens are judged alone (for a test). */
    RuleBasedFinder(Grammar grammar, int pairThreshold) {
        this.pairThreshold = pairThreshold;
        this.grammar = grammar;
        this.rules = grammar.rules();
        this.builder = new SpecBuilder(grammar);
        this.startTests = new java.util.regex.Pattern[rules.size()];
        this.pairJudged = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            startTests[i] = startTest(rules.get(i));
            // a positive look-behind needs the text before the token, which a cached prefix lacks
            pairJudged[i] = !startTests[i].pattern().contains("(?<=");
        }
        this.inside = prefixes(grammar, "qualifier-in");
        this.outside = prefixes(grammar, "qualifier-out");
    }

    static RuleBasedFinder english() {
        return Holder.ENGLISH;
    }

    Grammar grammar() {
        return grammar;
    }

    private static List<Prefix> prefixes(Grammar grammar, String list) {
        List<Prefix> out = new ArrayList<>();
        for (Map.Entry<String, String> e : grammar.list(list).entrySet()) {
            out.add(new Prefix(e.getKey(), Qualifier.valueOf(e.getValue())));
        }
        out.sort(Comparator.comparingInt((Prefix p) -> p.words().length()).reversed()
                .thenComparing(Prefix::words));
        return List.copyOf(out);
    }

    @Override
    public List<Timex> find(String text, List<Sentence> sentences) {
        List<Timex> out = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        if (sentences.isEmpty()) {
            scan(text, 0, text.length(), 0, matchers, out);
            return out;
        }
        for (Sentence s : sentences) {
            if (!s.boilerplate()) {
                scan(text, s.span().start(), Math.min(s.span().end(), text.length()), s.index(), matchers, out);
            }
        }
        return out;
    }

    private void scan(String text, int from, int to, int sentence, Matcher[] matchers, List<Timex> out) {
        int p = from;
        int lastEnd = from;
        List<int[]> found = new ArrayList<>();
        while (p < to) {
            if (!isWord(text.charAt(p)) || (p > from && isWord(text.charAt(p - 1)))) {
                p++;
                continue;
            }
            int tokenEnd = p;
            while (tokenEnd < to && isWord(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            int[] cands = candidates(text, p, tokenEnd);
            if (cands.length >= pairThreshold) {
                cands = pairCandidates(text, p, tokenEnd, to, cands);
            }
            found.clear();
            for (int r : cands) {
                Matcher m = matchers[r];
                if (m == null) {
                    m = rules.get(r).pattern().matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(p, to);
                if (!m.lookingAt()) {
                    continue;
                }
                int e = m.end();
                if (e <= p || (e < text.length() && isWord(text.charAt(e)) && isWord(text.charAt(e - 1)))) {
                    continue;
                }
                found.add(new int[] {r, e});
            }
            if (found.isEmpty()) {
                p = tokenEnd;
                continue;
            }
            found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            int next = tokenEnd;
            for (int[] f : found) {
                Rule rule = rules.get(f[0]);
                TimeSpec spec;
                try {
                    spec = builder.build(rule, matchers[f[0]]);
                } catch (RuntimeException e) {
                    continue; // the words do not make a time: try the next candidate
                }
                if (spec != null) {
                    out.add(withQualifiers(text, from, Math.max(lastEnd, from), p, f[1], sentence, spec, rule));
                }
                next = f[1];
                lastEnd = f[1];
                break;
            }
            p = next;
        }
    }

    private Timex withQualifiers(String text, int sentenceStart, int floor, int start, int end, int sentence,
                                 TimeSpec spec, Rule rule) {
        int s = start;
        TimeSpec result = spec;
        Prefix in = prefixBefore(text, Math.max(floor, sentenceStart), s, inside);
        boolean qualified = false;
        if (in != null && applies(in.qualifier(), spec)
                // "worry about the weeks ahead": "about" before "the" is a preposition, no approximation
                && !(in.qualifier() == Qualifier.APPROX && text.regionMatches(true, start, "the ", 0, 4))) {
            s = prefixStart(text, s, in);
            result = new TimeSpec.Qualified(in.qualifier(), result);
            qualified = true;
        }
        // TIMEX3 has one mod: a qualifier inside the extent ("the end of") wins over a preposition
        Prefix out = qualified ? null : prefixBefore(text, Math.max(floor, sentenceStart), s, outside);
        if (out != null && applies(out.qualifier(), spec)) {
            result = new TimeSpec.Qualified(out.qualifier(), result);
        }
        return new Timex(Span.of(s, end), text.substring(s, end), sentence, result, rule.name());
    }

    /** The qualifier whose words end just before {@code start} (after at most a few spaces), or null. */
    private static Prefix prefixBefore(String text, int floor, int start, List<Prefix> prefixes) {
        for (Prefix p : prefixes) {
            if (prefixStart(text, start, p) >= floor) {
                return p;
            }
        }
        return null;
    }

    /** Where the prefix's words start when they end just before {@code start}, or -1. */
    private static int prefixStart(String text, int start, Prefix p) {
        String w = p.words();
        int q = start;
        if (!w.endsWith("-")) { // "mid-1990s" is attached; other qualifiers stand a few spaces before
            int gap = 0;
            while (q > 0 && Character.isWhitespace(text.charAt(q - 1)) && gap <= MAX_GAP) {
                q--;
                gap++;
            }
            if (gap == 0 || gap > MAX_GAP) {
                return -1;
            }
        }
        int b = q - w.length();
        if (b < 0 || !text.regionMatches(true, b, w, 0, w.length())) {
            return -1;
        }
        if (b > 0 && isWord(text.charAt(b - 1))) {
            return -1;
        }
        return b;
    }

    /** Whether a qualifier makes sense on a spec ("more than" on a duration, "early" on a date). */
    private static boolean applies(Qualifier q, TimeSpec spec) {
        return switch (q) {
            case EARLY, MID, LATE, START_OF, END_OF, FIRST_HALF, SECOND_HALF, BY, UNTIL, SINCE, BEFORE, AFTER ->
                    spec instanceof TimeSpec.CalendarDate || spec instanceof TimeSpec.YearPart
                            || spec instanceof TimeSpec.RelativeYearPart
                            || spec instanceof TimeSpec.RelativeUnit || spec instanceof TimeSpec.Era
                            || spec instanceof TimeSpec.RelativeWeekday || spec instanceof TimeSpec.DeicticDay
                            || spec instanceof TimeSpec.NthWeekday || spec instanceof TimeSpec.EasterDay
                            || spec instanceof TimeSpec.FixedHoliday || spec instanceof TimeSpec.CalendarFeast
                            || spec instanceof TimeSpec.Shifted
                            || spec instanceof TimeSpec.WeekdayFrom
                            || spec instanceof TimeSpec.Anaphoric || spec instanceof TimeSpec.PartOfDay
                            || (spec instanceof TimeSpec.ClockTime && q.ordinal() >= Qualifier.BY.ordinal());
            // "earlier this month", "later that day"
            case EARLIER, LATER -> (spec instanceof TimeSpec.RelativeUnit ru && ru.offset() != null && ru.offset() == 0)
                    || (spec instanceof TimeSpec.DeicticDay d && d.offset() == 0) // "earlier today"
                    || (spec instanceof TimeSpec.Anaphoric a && a.offset() == 0);
            case APPROX -> spec instanceof TimeSpec.Duration || spec instanceof TimeSpec.ClockTime
                    || (spec instanceof TimeSpec.RelativeUnit ru && (ru.offset() == null || ru.offset() != 0))
                    || (spec instanceof TimeSpec.Anaphoric a && a.offset() != 0); // "about 70 years earlier"
            case MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST -> spec instanceof TimeSpec.Duration;
        };
    }

    /**
     * The pattern a token is tried against to decide whether the rule can start there: the rule's
     * own, or, when it opens with a positive look-behind (which cannot be judged on the token alone),
     * the rest of it. The look-behind is still checked when the rule is run on the text.
     */
    private static java.util.regex.Pattern startTest(Rule rule) {
        String source = rule.pattern().pattern();
        if (!source.startsWith("(?<=")) {
            return rule.pattern();
        }
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                try {
                    return java.util.regex.Pattern.compile(source.substring(i + 1), rule.pattern().flags());
                } catch (java.util.regex.PatternSyntaxException e) {
                    return ALWAYS; // cannot split it: try the rule at every token
                }
            }
        }
        return ALWAYS;
    }

    /** Matches the start of anything: a rule with this start test is tried at every token. */
    private static final java.util.regex.Pattern ALWAYS = java.util.regex.Pattern.compile("");

    private int[] candidates(String text, int start, int end) {
        int[] first = firstCharRules(text.charAt(start));
        if (first.length == 0) {
            return NONE; // most words: no rule starts with their first letter
        }
        // a rule pattern looks at most a few dozen characters into its first token
        String token = text.substring(start, Math.min(end, start + MAX_JUDGED_TOKEN_LENGTH));
        int[] c = candidates.get(token);
        if (c != null) {
            return c;
        }
        List<Integer> list = new ArrayList<>();
        for (int i : first) {
            Matcher m = startTests[i].matcher(token);
            if (m.lookingAt() || m.hitEnd()) {
                list.add(i);
            }
        }
        c = list.stream().mapToInt(Integer::intValue).toArray();
        if (candidates.size() < MAX_CACHED_TOKENS && token.length() <= MAX_CACHED_TOKEN_LENGTH) {
            candidates.put(token, c);
        }
        return c;
    }

    /**
     * Narrows the candidates of a common first token ("the", "a", a number) by the word after it: a
     * rule that matches at {@code start} matches, or runs off the end of, any prefix of the text from
     * there, so the longer prefix "the week" rules out what "the" alone could not. Rules with a
     * positive look-behind are kept: the prefix cannot show what comes before it.
     */
    private int[] pairCandidates(String text, int start, int tokenEnd, int to, int[] tokenCandidates) {
        int q = tokenEnd;
        int gapEnd = Math.min(to, tokenEnd + MAX_GAP);
        while (q < gapEnd && !isWord(text.charAt(q))) {
            q++;
        }
        if (q == tokenEnd || q >= to || !isWord(text.charAt(q))) {
            return tokenCandidates;
        }
        int end = q;
        while (end < to && isWord(text.charAt(end))) {
            end++;
        }
        if (end - start > MAX_CACHED_PAIR_LENGTH) {
            return tokenCandidates;
        }
        String pair = text.substring(start, end);
        int[] c = pairs.get(pair);
        if (c != null) {
            return c;
        }
        int kept = 0;
        int[] buffer = new int[tokenCandidates.length];
        for (int i : tokenCandidates) {
            if (!pairJudged[i]) {
                buffer[kept++] = i;
                continue;
            }
            Matcher m = startTests[i].matcher(pair);
            if (m.lookingAt() || m.hitEnd()) {
                buffer[kept++] = i;
            }
        }
        c = kept == buffer.length ? tokenCandidates : Arrays.copyOf(buffer, kept);
        if (pairs.size() < MAX_CACHED_PAIRS) {
            pairs.put(pair, c);
        }
        return c;
    }

    /**
     * The rules that can start with a token beginning with {@code c}: a rule that can start with a
     * token can start with its first character (its start test matches it or runs off its end).
     */
    private int[] firstCharRules(char c) {
        int[] r = byFirstChar.get(c);
        if (r != null) {
            return r;
        }
        String one = String.valueOf(c);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Matcher m = startTests[i].matcher(one);
            if (m.lookingAt() || m.hitEnd()) {
                list.add(i);
            }
        }
        r = list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
        byFirstChar.set(c, r);
        return r;
    }

    /** The rules the second cache cannot judge, as they look behind the start of their first token. */
    List<String> rulesNotJudgedByPairs() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!pairJudged[i]) {
                names.add(rules.get(i).name());
            }
        }
        return names;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }
}

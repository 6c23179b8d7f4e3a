package org.chronoline.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronoline.model.Article;
import org.chronoline.model.EventMention;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;
import org.chronoline.model.TemporalExpression;
import org.chronoline.model.Tense;
import org.chronoline.text.TenseDetector;

/**
 * The default extractor for English news text.
 *
 * <p><b>Triggers.</b> Each temporal expression with a calendar range dates one trigger: a verb of a
 * {@linkplain Lexicon trigger class}, an event noun, or failing both a past-tense verb. Every pair
 * of an expression and a candidate word in its sentence is scored by the word's kind, its distance
 * (crossing a comma, a colon, a dash, a quotation mark or another expression counts extra; a name of
 * several capitalised words counts as one word) and ties favour verbs and words before their
 * expression; the best pairs are taken first, each word and each expression once, and no link
 * crosses another. A reporting verb near the expression ("Noem said in August") thus dates the
 * saying; in "started in 1976, and launched the store in 2003" each year dates its own verb. An
 * expression used as a possessive ("Tuesday's shooting") dates the event noun after it; a month
 * name inside a name ("Judge April Perry") dates nothing; a line holding only a date (a dateline)
 * gives nothing.
 *
 * <p><b>Clause, participants, key terms, label.</b> A sentence with several expressions is split
 * half-way between them; each part (widened to its trigger) is the clause of its expression.
 * Participants are the capitalised name sequences of the clause (a capitalised word opening the
 * sentence counts only when the article never writes it in lower case, and not before a comma);
 * key terms are the stems of its content words; the label is the trigger with the words around it
 * up to a comma, a quote or the expression. The tense is {@link TenseDetector}'s, read at the
 * trigger.
 *
 * <p><b>Undated mentions.</b> A sentence with no dated expression gives an undated mention when it
 * reports one happening of a {@linkplain Lexicon.TriggerClass#strong() strong} class ("the arrest
 * of", "rammed") and names a participant, so that the merger can attach it to the same happening
 * dated elsewhere. Page furniture gives nothing.
 *
 * <p>Immutable and thread-safe.
 */
final class EnglishEventExtractor implements EventExtractor {
    static final EnglishEventExtractor INSTANCE = new EnglishEventExtractor(Lexicon.english(), TenseDetector.english());

    private static final int LABEL_WORDS_BEFORE = 8;
    /** What choosing an event noun over a verb costs, in words of distance. */
    private static final int NOUN_PENALTY = 4;
    /** What choosing a past-tense verb outside the trigger classes costs, in words of distance. */
    private static final int PAST_PENALTY = 8;
    /** What each other expression between a trigger and its expression costs, in words of distance. */
    private static final int OTHER_EXPRESSION_COST = 6;
    private static final int LABEL_WORDS_AFTER = 8;
    /** What linking an expression that ends a long subject to the verb after it costs. */
    private static final int SUBJECT_END_COST = 12;
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our",
            "this", "that", "these", "those", "any", "no", "every", "each");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "by", "since", "during", "from",
            "until", "till", "through", "throughout", "before", "after", "as", "of", "for", "within", "over");
    /** Words that may open a sentence before a capitalised time word ("In April Perry said" is rare). */
    private static final Set<String> OPENERS = Set.of("on", "in", "by", "since", "last", "next", "this", "early",
            "late", "until", "from", "through", "mid", "during");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    /** Words that start a clause with a subject of its own, or no clause ("..., he said", "..., and"). */
    private static final Set<String> NO_PREDICATE = Set.of("and", "but", "or", "he", "she", "it", "they", "we",
            "i", "you", "which", "who", "that", "the", "a", "an", "according", "as", "while", "when", "after",
            "before", "if", "because", "since", "although", "though", "where", "including", "officials", "police");
    /** Words at most in the noun phrase a set-off clause tells of ("The law, passed in June"). */
    private static final int SUBJECT_WORDS = 6;
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "while", "whereas", "yet");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("after", "when", "while", "that", "and", "but",
            "as", "since", "before", "because", "although", "though", "which", "who", "where", "whereas", "until");

    private final Lexicon lexicon;
    private final TenseDetector tenses;

    EnglishEventExtractor(Lexicon lexicon, TenseDetector tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
    }

    @Override
    public List<EventMention> extract(Article article, List<Sentence> sentences, List<TemporalExpression> expressions) {
        List<EventMention> out = new ArrayList<>();
        List<List<Token>> tokenized = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            tokenized.add(Token.of(s.text(), s.span().start()));
        }
        Vocabulary lowercaseWords = new Vocabulary(tokenized);
        List<List<TemporalExpression>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (TemporalExpression e : expressions) {
            if (e.sentence() >= 0 && e.sentence() < sentences.size()) {
                bySentence.get(e.sentence()).add(e);
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.boilerplate()) {
                continue;
            }
            List<Token> tokens = tokenized.get(k);
            List<TemporalExpression> all = new ArrayList<>();
            for (TemporalExpression e : bySentence.get(s.index())) {
                if (s.span().contains(e.span()) && !insideName(tokens, e)) {
                    all.add(e);
                }
            }
            all.sort((a, b) -> a.span().compareTo(b.span()));
            boolean[] time = timeTokens(tokens, all);
            List<TemporalExpression> clausal = new ArrayList<>();
            List<TemporalExpression> modifiers = new ArrayList<>();
            for (TemporalExpression e : all) {
                if (e.isResolved() && e.time().isAnchored()) {
                    (possessive(tokens, e) ? modifiers : clausal).add(e);
                }
            }
            if (clausal.isEmpty() && modifiers.isEmpty()) {
                EventMention m = undated(article, s, tokens, time, lowercaseWords);
                if (m != null) {
                    out.add(m);
                }
                continue;
            }
            out.addAll(sentenceMentions(article, s, tokens, time, clausal, modifiers, lowercaseWords));
        }
        return out;
    }

    /**
     * The mentions of one sentence. Each expression owns the tokens nearer to it than to the other
     * expressions and picks its trigger there; one that finds none there may take a trigger elsewhere
     * in the sentence that no other expression took, at a cost. An expression used as a possessive
     * ("Tuesday's attack") dates the event noun right after it, if any.
     */
    private List<EventMention> sentenceMentions(Article article, Sentence s, List<Token> tokens, boolean[] time,
                                                List<TemporalExpression> clausal, List<TemporalExpression> modifiers,
                                                Vocabulary lowercaseWords) {
        List<Share> shares = withoutStamps(tokens, extents(tokens, clausal));
        boolean[] taken = divideSentence(tokens, time, shares);
        shareCoordinatedTriggers(tokens, shares);
        List<TemporalExpression> order = new ArrayList<>(shares.size() + modifiers.size());
        Map<TemporalExpression, Share> shareOf = new IdentityHashMap<>();
        for (Share share : shares) {
            order.add(share.expression);
            shareOf.put(share.expression, share);
        }
        order.addAll(modifiers);
        order.sort((a, b) -> a.span().compareTo(b.span()));
        List<EventMention> out = new ArrayList<>();
        for (TemporalExpression e : order) {
            Share share = shareOf.get(e);
            EventMention m = share != null ? clausalMention(article, s, tokens, time, share, lowercaseWords)
                    : possessiveMention(article, s, tokens, time, e, taken, lowercaseWords);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A clausal expression of a sentence while its mentions are made: its first and last token, its
     * share of the sentence (tokens {@code lo} to {@code hi}, exclusive) and its trigger, or -1.
     * Mutable, and local to one call.
     */
    private static final class Share {
        final TemporalExpression expression;
        final int first;
        final int last;
        int lo;
        int hi;
        int trigger = -1;

        Share(TemporalExpression expression, int[] extent) {
            this.expression = expression;
            this.first = extent[0];
            this.last = extent[1];
        }
    }

    /** The expressions with their first and last token, in text order; their shares are yet to be made. */
    private static List<Share> extents(List<Token> tokens, List<TemporalExpression> clausal) {
        List<Share> shares = new ArrayList<>(clausal.size());
        for (TemporalExpression e : clausal) {
            shares.add(new Share(e, extent(tokens, e)));
        }
        return shares;
    }

    /**
     * The expressions without update time stamps, when any other is left. "8:42 a.m. CT — Schools will
     * be closed today": an update's time stamp dates what it says only when nothing else in it does;
     * it takes no share of the sentence.
     */
    private static List<Share> withoutStamps(List<Token> tokens, List<Share> shares) {
        if (shares.size() <= 1) {
            return shares;
        }
        List<Share> kept = new ArrayList<>(shares.size());
        for (Share share : shares) {
            if (!isStamp(tokens, share.first, share.last)) {
                kept.add(share);
            }
        }
        return kept.isEmpty() ? shares : kept;
    }

    /**
     * Gives each expression its share of the sentence, the tokens from half-way after the previous
     * expression to half-way before the next, and its trigger (see {@link #assignTriggers}), widening
     * the share to the trigger. Returns which tokens were taken as triggers.
     */
    private boolean[] divideSentence(List<Token> tokens, boolean[] time, List<Share> shares) {
        int n = shares.size();
        for (int i = 0; i < n; i++) {
            Share share = shares.get(i);
            share.lo = i == 0 ? 0 : shares.get(i - 1).hi;
            share.hi = i == n - 1 ? tokens.size()
                    : middle(tokens, share.expression.span().end(), shares.get(i + 1).expression.span().start());
        }
        boolean[] taken = assignTriggers(tokens, time, shares);
        for (Share share : shares) {
            if (share.trigger >= 0) {
                share.lo = Math.min(share.lo, share.trigger);
                share.hi = Math.max(share.hi, share.trigger + 1);
            }
        }
        return taken;
    }

    /**
     * "closed today and Friday", "In the 1970s and '80s she recorded": two times joined by "and" or
     * "or" date the same happening, the trigger before them or the one after them; both take the
     * trigger and the union of their shares.
     */
    private static void shareCoordinatedTriggers(List<Token> tokens, List<Share> shares) {
        for (int i = 0; i + 1 < shares.size(); i++) {
            Share a = shares.get(i);
            Share b = shares.get(i + 1);
            if (!coordinated(tokens, a.last, b.first)) {
                continue;
            }
            // the nearer of the triggers before the pair, else the second's after it in the same clause
            Share giver = null;
            if (a.trigger >= 0 && a.trigger < a.first) {
                giver = a;
            }
            if (b.trigger >= 0 && b.trigger < a.first && (giver == null || b.trigger > giver.trigger)) {
                giver = b;
            }
            if (giver == null && b.trigger > b.last && !hasBoundary(tokens, b.last, b.trigger)) {
                giver = b;
            }
            if (giver != null) {
                Share other = giver == a ? b : a;
                other.trigger = giver.trigger;
                int lo = Math.min(a.lo, b.lo);
                int hi = Math.max(a.hi, b.hi);
                a.lo = lo;
                b.lo = lo;
                a.hi = hi;
                b.hi = hi;
            }
        }
    }

    /** The mention a clausal expression dates, or null for a dateline or a stamp with nothing after it. */
    private EventMention clausalMention(Article article, Sentence s, List<Token> tokens, boolean[] time, Share share,
                                        Vocabulary lowercaseWords) {
        if (share.trigger < 0 && !hasWords(tokens, time, share.lo, share.hi)
                || isDateline(tokens, share.first, share.last)) {
            return null; // a dateline: the expression and nothing else, or a place and an agency
        }
        if (isStamp(tokens, share.first, share.last)) {
            // the stamp alone dates what the update says: the words after it are the label
            share.lo = share.last + 2;
            if (share.trigger >= 0 && share.trigger < share.lo || !hasWords(tokens, time, share.lo, share.hi)) {
                return null;
            }
        }
        return build(article, s, tokens, time, share.lo, share.hi, share.trigger, share.expression, lowercaseWords);
    }

    /**
     * The mention a possessive expression dates ("Tuesday's attack"): the event noun among the four
     * tokens after it that no clausal expression took as its trigger, or null.
     */
    private EventMention possessiveMention(Article article, Sentence s, List<Token> tokens, boolean[] time,
                                           TemporalExpression e, boolean[] taken, Vocabulary lowercaseWords) {
        int[] fl = extent(tokens, e);
        for (int k = fl[1] + 1; k < Math.min(tokens.size(), fl[1] + 5); k++) {
            if (tokens.get(k).word() && !tokens.get(k).capitalised() && !taken[k]
                    && lexicon.nounClass(tokens.get(k).text()) != null) {
                return build(article, s, tokens, time, fl[0], Math.min(tokens.size(), k + 6), k, e, lowercaseWords);
            }
        }
        return null;
    }

    /** The first and last token of an expression. */
    private static int[] extent(List<Token> tokens, TemporalExpression e) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < e.span().end() && e.span().start() < tokens.get(i).end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {first, last};
    }

    /** Whether a comma, a quote or a strong boundary lies strictly between tokens {@code from} and {@code to}. */
    private static boolean hasBoundary(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).comma() || tokens.get(k).quote() || tokens.get(k).strongBoundary()) {
                return true;
            }
        }
        return false;
    }

    /** Whether only "and" or "or" (and commas) lie between two expressions. */
    private static boolean coordinated(List<Token> tokens, int lastOfFirst, int firstOfSecond) {
        boolean conjunction = false;
        for (int k = lastOfFirst + 1; k < firstOfSecond; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("and") || w.equals("or")) {
                conjunction = true;
            } else if (!tokens.get(k).comma()) {
                return false;
            }
        }
        return conjunction;
    }

    /** Whether an expression opens its sentence and a dash or colon follows it, as an update's time stamp. */
    private static boolean isStamp(List<Token> tokens, int first, int last) {
        if (last + 2 >= tokens.size()) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            if (tokens.get(k).word() && !tokens.get(k).text().equalsIgnoreCase("update")
                    && !tokens.get(k).text().equalsIgnoreCase("updated")) {
                return false;
            }
        }
        String next = tokens.get(last + 1).text();
        return next.equals("—") || next.equals("–") || next.equals("--") || next.equals(":") || next.equals("-");
    }

    private static boolean hasWords(List<Token> tokens, boolean[] time, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (tokens.get(i).word() && !time[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression (tokens {@code first..last}) dates a dateline: a place in capitals before
     * it from the start of the sentence, and the agency in brackets and a dash after it ("WASHINGTON,
     * Oct 15 (Reuters) -", "BEIJING, Oct. 14 (Xinhua) --"). It dates the report, not an event.
     */
    private static boolean isDateline(List<Token> tokens, int first, int last) {
        if (first == 0 || last + 4 >= tokens.size()) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            Token t = tokens.get(k);
            if (!t.comma() && !(t.word() && t.text().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c)))) {
                return false;
            }
        }
        return tokens.get(last + 1).text().equals("(") && tokens.get(last + 2).word()
                && tokens.get(last + 3).text().equals(")") && "-—–_".indexOf(tokens.get(last + 4).text().charAt(0)) >= 0;
    }

    /** Whether the expression is used as a possessive ("this year's conference", "Tuesday’s attack"). */
    private static boolean possessive(List<Token> tokens, TemporalExpression e) {
        int[] fl = extent(tokens, e);
        if (tokens.isEmpty()) {
            return false;
        }
        Token lastToken = tokens.get(fl[1]);
        return possessive(lastToken) && lastToken.end() > e.span().end();
    }

    /**
     * Whether a one-word expression is part of a name ("Judge April Perry"): a capitalised word
     * between two capitalised words, the first of which is not a sentence-opening preposition.
     */
    private static boolean insideName(List<Token> tokens, TemporalExpression e) {
        int[] fl = extent(tokens, e);
        if (tokens.isEmpty() || fl[0] != fl[1] || fl[0] == 0 || fl[1] + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(fl[0] - 1);
        Token after = tokens.get(fl[1] + 1);
        return tokens.get(fl[0]).capitalised() && before.capitalised() && after.capitalised()
                && !OPENERS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private EventMention undated(Article article, Sentence s, List<Token> tokens, boolean[] time,
                                 Vocabulary lowercaseWords) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || time[i]) {
                continue;
            }
            Lexicon.TriggerClass c = classAt(tokens, i);
            if (c != null && c.strong() && reportsOneHappening(tokens, i)) {
                List<String> participants = participants(s, tokens, time, 0, tokens.size(), lowercaseWords);
                if (participants.isEmpty()) {
                    return null;
                }
                return build(article, s, tokens, time, 0, tokens.size(), i, null, lowercaseWords);
            }
        }
        return null;
    }

    private EventMention build(Article article, Sentence s, List<Token> tokens, boolean[] time, int lo, int hi,
                               int trigger, TemporalExpression e, Vocabulary lowercaseWords) {
        List<String> participants = participants(s, tokens, time, lo, hi, lowercaseWords);
        TreeSet<String> terms = new TreeSet<>();
        for (int i = lo; i < hi; i++) {
            Token t = tokens.get(i);
            if (t.word() && !time[i] && t.text().length() >= 3 && Character.isLetter(t.text().charAt(0))
                    && !lexicon.isStopWord(t.text())) {
                // interned: a story of a million mentions repeats a few thousand words
                terms.add(Lexicon.stem(t.text()).intern());
            }
        }
        String triggerText = trigger < 0 ? null : tokens.get(trigger).text();
        Span triggerSpan = trigger < 0 ? null : Span.of(tokens.get(trigger).start(), tokens.get(trigger).end());
        String label = label(s, tokens, time, lo, hi, trigger);
        if (label.chars().noneMatch(Character::isLetterOrDigit)) {
            // the sentence, cut at a word within 80 characters
            int cut = s.text().length() <= 80 ? s.text().length() : s.text().lastIndexOf(' ', 80);
            label = s.text().substring(0, cut > 0 ? cut : Math.min(80, s.text().length())).strip();
        }
        return new EventMention(article.id(), s, triggerText, triggerSpan, participants, List.copyOf(terms), label,
                tense(article, s, trigger < 0 ? null : triggerSpan, e), e);
    }

    /**
     * Gives each expression (its tokens {@code first..last}, in text order) its trigger, or leaves it
     * -1; returns which tokens were taken.
     * Every pair of an expression and a candidate word is scored by the candidate's kind (a verb of
     * a trigger class, an event noun, another past-tense verb), its distance and the expressions in
     * between (and the verb after an expression that ends a long subject costs more); the best pairs
     * are taken first, each expression and each word at most once, and no
     * link crossing another (a later expression never takes a word before an earlier one's).
     */
    private boolean[] assignTriggers(List<Token> tokens, boolean[] time, List<Share> shares) {
        int n = shares.size();
        int[] cost = costs(tokens);
        List<int[]> pairs = new ArrayList<>();
        int rank = 0; // expressions entirely before the candidate
        for (int c = 0; c < tokens.size(); c++) {
            while (rank < n && shares.get(rank).last < c) {
                rank++;
            }
            int penalty = candidatePenalty(tokens, time, c);
            if (penalty < 0) {
                continue;
            }
            boolean verb = penalty == 0;
            for (int i = Math.max(0, rank - 3); i < Math.min(n, rank + 3); i++) {
                int first = shares.get(i).first;
                int last = shares.get(i).last;
                int between = c < first ? i - rank : rank - 1 - i;
                if (between < 0 || between > 2) {
                    continue;
                }
                // ties: a verb before a noun ("In a July 16 press conference, Jobs said" dates the saying),
                // then a verb before its expression ("started in 1976, and launched the store in 2003")
                int score = 4 * (penalty + OTHER_EXPRESSION_COST * between + distance(cost, c, first, last)
                        + (c > last && endsSubject(tokens, first, last) ? SUBJECT_END_COST : 0)
                        + (c > last && reportedInRelative(tokens, last, c) ? SUBJECT_END_COST : 0))
                        + (verb ? 0 : 2) + (c < first ? 0 : 1);
                pairs.add(new int[] {score, i, c});
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
        boolean[] used = new boolean[tokens.size()];
        for (int[] p : pairs) {
            Share share = shares.get(p[1]);
            if (share.trigger < 0 && !used[p[2]] && !crosses(shares, p[1], p[2])) {
                share.trigger = p[2];
                used[p[2]] = true;
            }
        }
        return used;
    }

    /**
     * Whether the expression (tokens {@code first..last}) ends a long subject: a word before it that is
     * no preposition, and an auxiliary right after it ("a man accused of shooting two officers during
     * a traffic stop last weekend was ordered held"): the verb after it is the subject's, and the
     * expression dates something inside the subject. "Police on Tuesday arrested" and "Police last
     * week arrested" are not such ends (a preposition before, or no auxiliary after).
     */
    private static boolean endsSubject(List<Token> tokens, int first, int last) {
        if (first < 2 || last + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        String after = tokens.get(last + 1).text().toLowerCase(Locale.ROOT);
        return before.word() && !TIME_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))
                && AUXILIARIES.contains(after);
    }

    /**
     * Whether token {@code c}, after an expression that ends at {@code last}, is a saying inside a
     * relative clause ("sentenced him Friday for a scheme that prosecutors said billed ..."): it
     * reports on the noun, and the verb before the expression is the better trigger.
     */
    private boolean reportedInRelative(List<Token> tokens, int last, int c) {
        Lexicon.TriggerClass k = lexicon.verbClass(tokens.get(c).text());
        if (k == null || !k.speech()) {
            return false;
        }
        for (int j = last + 1; j < c; j++) {
            if (opensRelative(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lowercased word opens a relative clause ("that", "which", "who"). */
    private static boolean opensRelative(String w) {
        return w.equals("that") || RELATIVE_PRONOUNS.contains(w);
    }

    /** Whether linking expression {@code i} to token {@code c} would cross a link already made. */
    private static boolean crosses(List<Share> shares, int i, int c) {
        for (int j = 0; j < shares.size(); j++) {
            int trigger = shares.get(j).trigger;
            if (trigger >= 0 && ((j < i && trigger > c) || (j > i && trigger < c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What choosing token {@code i} as a trigger costs before distance: 0 for a verb of a trigger
     * class, {@value #NOUN_PENALTY} for an event noun, {@value #PAST_PENALTY} for another past-tense
     * verb; -1 when it cannot be a trigger (punctuation, part of an expression, a name).
     */
    private int candidatePenalty(List<Token> tokens, boolean[] time, int i) {
        Token t = tokens.get(i);
        // capitalised words inside a sentence are names ("the Apple Worldwide Developers Conference"),
        // and so is one before another ("Fire Chief Maria Lopez")
        if (!t.word() || time[i] || (t.capitalised() && (i > 0 && tokens.get(i - 1).word()
                || i + 1 < tokens.size() && tokens.get(i + 1).word() && tokens.get(i + 1).capitalised()))) {
            return -1;
        }
        if (!determined(tokens, i) && lexicon.verbClass(t.text()) != null) {
            return 0;
        }
        if (lexicon.nounClass(t.text()) != null) {
            return NOUN_PENALTY;
        }
        if (infinitive(tokens, i)) {
            return NOUN_PENALTY; // "is scheduled to begin Monday"
        }
        return looksPast(tokens, i) ? PAST_PENALTY : -1;
    }

    /** Whether token {@code i} is the verb of an infinitive after a governor ("scheduled to begin"). */
    private boolean infinitive(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i).word() && !tokens.get(i).capitalised() && tokens.get(i - 1).text().equals("to")
                && lexicon.governsInfinitive(tokens.get(i - 2).text());
    }

    /**
     * Word distance from token {@code i} to the expression, plus the cost of the boundaries crossed,
     * from the prefix sums of the token costs.
     */
    private static int distance(int[] cost, int i, int first, int last) {
        int from = i < first ? i + 1 : last + 1;
        int to = i < first ? first : i;
        return 1 + (to > from ? cost[to] - cost[from] : 0);
    }

    /**
     * Prefix sums of token costs: a word 1 (a name of several capitalised words counts once), a
     * comma 2 (6 before "and", "but" ...), a colon or dash 6, a quotation mark 8.
     */
    private static int[] costs(List<Token> tokens) {
        int[] cost = new int[tokens.size() + 1];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int c = 0;
            if (t.word()) {
                c = t.capitalised() && k > 0 && tokens.get(k - 1).capitalised() ? 0 : 1;
            } else if (t.comma()) {
                // ", and launched ..." starts a clause of its own
                c = k + 1 < tokens.size() && CLAUSE_CONJUNCTIONS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))
                        ? 6 : 2;
            } else if (t.strongBoundary()) {
                c = 6;
            } else if (t.quote()) {
                c = 8;
            }
            cost[k + 1] = cost[k] + c;
        }
        return cost;
    }

    /**
     * Whether an undated trigger reports one happening rather than a kind of thing: a noun followed
     * by "of" ("the arrest of an MS-13 member"), or a verb in the past not after "being" or "be"
     * ("rammed", but not "for assaults or kidnappings" or "an agent being killed").
     */
    private boolean reportsOneHappening(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean ofFollows = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of");
        if (ofFollows && lexicon.nounClass(t.text()) != null) {
            return true;
        }
        if (determined(tokens, i) || lexicon.verbClass(t.text()) == null) {
            return false;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!(w.endsWith("ed") || lexicon.isIrregularPast(w))) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        return !before.equals("being") && !before.equals("be") && !before.equals("to");
    }

    private Lexicon.TriggerClass classAt(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (!determined(tokens, i)) {
            Lexicon.TriggerClass v = lexicon.verbClass(w);
            if (v != null) {
                return v;
            }
        }
        return lexicon.nounClass(w);
    }

    private static boolean determined(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word() && DETERMINERS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    private boolean looksPast(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (determined(tokens, i) || !Character.isLowerCase(w.charAt(0)) || w.indexOf('-') >= 0) {
            return false;
        }
        return (w.length() > 4 && w.endsWith("ed")) || lexicon.isIrregularPast(w);
    }

    /**
     * The tense of the trigger's clause, by {@link TenseDetector}: read from the trigger itself
     * leftwards ("will publish", "arrested"), or around the expression when there is no trigger.
     */
    private Tense tense(Article article, Sentence s, Span trigger, TemporalExpression e) {
        Span at = trigger != null ? Span.of(trigger.end(), trigger.end()) : e.span();
        return tenses.tenseAt(article.text(), s.span(), at);
    }

    /** Capitalised name sequences of tokens {@code lo..hi}, as written, in text order, without repeats. */
    private List<String> participants(Sentence s, List<Token> tokens, boolean[] time, int lo, int hi,
                                      Vocabulary lowercaseWords) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = lo;
        while (i < hi) {
            if (!isNameWord(tokens, time, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            // "Chicago’s Pilsen" is two names, "Cook County Sheriff’s Office" one
            while (j < hi && !(possessive(tokens.get(j - 1)) && j - 1 == i)) {
                if (isNameWord(tokens, time, j)) {
                    j++;
                } else if (j + 1 < hi && isConnector(tokens.get(j)) && isNameWord(tokens, time, j + 1)
                        && !(tokens.get(j).text().equals("and")
                        && (isAcronym(tokens.get(j - 1)) || isAcronym(tokens.get(j + 1))
                        || camelCase(tokens.get(j - 1).text()) || camelCase(tokens.get(j + 1).text())))) {
                    j += 2;
                } else {
                    break;
                }
            }
            int a = i;
            // a capitalised stop word opening the sequence ("The", "According") is not part of the name
            while (a < j && lexicon.isStopWord(tokens.get(a).text())) {
                a++;
            }
            boolean sentenceInitial = a == 0 || (a > 0 && !tokens.get(a - 1).word() && a == 1);
            if (a < j && sentenceInitial && j - a == 1) {
                String w = tokens.get(a).text();
                String lower = w.toLowerCase(Locale.ROOT);
                boolean commaAfter = j < tokens.size() && tokens.get(j).comma();
                if (commaAfter || lower.endsWith("ly") || lowercaseWords.contains(Lexicon.stem(lower))) {
                    a = j;
                }
            }
            if (a < j) {
                String name = cleanName(s.text().substring(tokens.get(a).start() - s.span().start(),
                        tokens.get(j - 1).end() - s.span().start()));
                if (!name.isEmpty() && seen.add(name)) {
                    out.add(name.intern());
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean isNameWord(List<Token> tokens, boolean[] time, int i) {
        Token t = tokens.get(i);
        if (time[i] || !t.word()) {
            return false;
        }
        int c = t.text().codePointAt(0);
        return Character.isUpperCase(c)
                || (Character.isDigit(c) && t.text().chars().anyMatch(Character::isLetter)
                && i > 0 && tokens.get(i - 1).capitalised());
    }

    /** A product name written in camel case: "iCloud", "iOS", "eBay" (not a participant, but never joined by "and"). */
    private static boolean camelCase(String w) {
        if (w.length() < 3 || !Character.isLowerCase(w.charAt(0)) || !Character.isUpperCase(w.charAt(1))) {
            return false;
        }
        for (int k = 2; k < w.length(); k++) {
            if (!Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(Token t) {
        return t.text().endsWith("’s") || t.text().endsWith("'s");
    }

    private static boolean isAcronym(Token t) {
        String w = t.text().replace(".", "");
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    /** A name without a possessive ("Justice’s") or a lowercase suffix ("DHS-led"). */
    private static String cleanName(String name) {
        String n = name;
        if (n.endsWith("’s") || n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        }
        int dash = n.lastIndexOf('-');
        if (dash > 0 && dash + 1 < n.length() && n.indexOf(' ', dash) < 0 && Character.isLowerCase(n.charAt(dash + 1))) {
            n = n.substring(0, dash);
        }
        return n.strip();
    }

    private static boolean isConnector(Token t) {
        return t.word() && (t.text().equals("of") || t.text().equals("and") || t.text().equals("for")
                || t.text().equals("de") || t.text().equals("the"));
    }

    /** A label: the words of the trigger's clause, without the temporal expression. */
    private String label(Sentence s, List<Token> tokens, boolean[] time, int lo, int hi, int trigger) {
        int from;
        int to;
        if (trigger < 0) {
            // no trigger: the words of the clause, back to where it starts ("..., faces reelection in
            // November", whose share of the sentence may begin inside the clause)
            from = clauseStart(tokens, time, lo, 0, LABEL_WORDS_BEFORE);
            // and on to where it ends: a quotation or a strong boundary after the expression
            to = clauseEnd(tokens, time, lo, hi);
        } else {
            // "The committee expects to introduce the bill": the clause is counted from the governor
            from = clauseStart(tokens, time, infinitive(tokens, trigger) ? trigger - 2 : trigger, lo, LABEL_WORDS_BEFORE);
            to = labelEnd(tokens, time, trigger, hi);
        }
        // the subject a set-off clause tells of, and the tokens left out between ("The law, passed in
        // June, goes into effect": "The law goes into effect")
        int[] cut = setOffSubject(tokens, time, from, trigger);
        if (cut[1] < 0 && trigger >= 0) {
            cut = shortenedSubject(tokens, time, from, lo, trigger);
        }
        int cutFrom = cut[1];
        int cutTo = cut[2];
        from = cut[0];
        boolean[] keep = keptTokens(tokens, time, from, to, cutFrom, cutTo);
        return tidied(keptText(s, tokens, keep, from, to), trigger < 0 ? null : tokens.get(trigger).text());
    }

    /**
     * Where the clause of an expression with no trigger ends: at the first quotation mark or strong
     * boundary after the expression, counting from {@code lo}, and at most at {@code hi} or 40 tokens on.
     */
    private static int clauseEnd(List<Token> tokens, boolean[] time, int lo, int hi) {
        int limit = Math.min(hi, lo + 40);
        boolean passed = false;
        int to = lo;
        while (to < limit && !(passed && (tokens.get(to).quote() || tokens.get(to).strongBoundary()))) {
            passed |= time[to];
            to++;
        }
        return to;
    }

    /**
     * Where the label of a trigger ends: after at most {@value #LABEL_WORDS_AFTER} words, before an
     * expression, a comma, a strong boundary, a quotation mark or a full stop, and at most at {@code hi}.
     */
    private static int labelEnd(List<Token> tokens, boolean[] time, int trigger, int hi) {
        int to = trigger + 1;
        int words = 0;
        while (to < hi && words < LABEL_WORDS_AFTER) {
            Token t = tokens.get(to);
            if (time[to] || t.comma() || t.strongBoundary() || t.quote() || t.text().equals(".")) {
                break;
            }
            to++;
            if (t.word()) {
                words++;
            }
        }
        // a name is not cut in two ("north of Los Angeles", not "north of Los")
        for (int more = 0; more < 3 && to < hi && to > 0 && !time[to] && tokens.get(to).word()
                && tokens.get(to).capitalised() && tokens.get(to - 1).capitalised(); more++) {
            to++;
        }
        return to;
    }

    /**
     * The tokens of {@code from..to} (exclusive) a label keeps: not those of an expression, nor those
     * left out ({@code cutFrom..cutTo}), nor what only introduced an expression.
     */
    private static boolean[] keptTokens(List<Token> tokens, boolean[] time, int from, int to, int cutFrom, int cutTo) {
        boolean[] keep = new boolean[tokens.size()];
        for (int i = from; i < to; i++) {
            keep[i] = !time[i] && (i < cutFrom || i > cutTo);
        }
        // drop the preposition and commas that only introduced the removed expression
        for (int i = from; i < to; i++) {
            if (time[i]) {
                int k = i - 1;
                while (k >= from && keep[k] && !tokens.get(k).word()) {
                    keep[k] = false;
                    k--;
                }
                if (k >= from && keep[k] && TIME_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                    keep[k] = false;
                }
            }
        }
        return keep;
    }

    /** The kept tokens of {@code from..to} (exclusive) as written, spaced as in the sentence. */
    private static String keptText(Sentence s, List<Token> tokens, boolean[] keep, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        for (int i = from; i < to; i++) {
            if (!keep[i]) {
                continue;
            }
            if (previous >= 0) {
                if (previous == i - 1) {
                    sb.append(s.text(), tokens.get(previous).end() - s.span().start(), tokens.get(i).start() - s.span().start());
                } else if (tokens.get(i).word()) {
                    sb.append(' '); // across the removed expression; "resume ." would keep a stray space
                }
            }
            sb.append(tokens.get(i).text());
            previous = i;
        }
        return sb.toString().strip();
    }

    /** The label without the stop words, conjunctions and punctuation that would dangle at its ends. */
    private String tidied(String text, String trigger) {
        String label = dropTrailingStopWords(text, trigger);
        label = dropLeadingConjunctions(label);
        while (!label.isEmpty() && ",;:—–-\"“”".indexOf(label.charAt(0)) >= 0) {
            label = label.substring(1).strip();
        }
        while (!label.isEmpty() && (",;:—–-\"“”".indexOf(label.charAt(label.length() - 1)) >= 0
                || (label.length() > 1 && label.endsWith(".") && Character.isLowerCase(label.charAt(label.length() - 2))))) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return label;
    }

    /**
     * "A fast-moving wildfire in the high desert east of Bend had burned ...": a label whose eight
     * words before the verb start inside a long subject keeps the subject's head and the verb group
     * ("A fast-moving wildfire had burned"). Returns {start of the label, first and last token left
     * out}, or {@code from} unchanged and -1, -1.
     */
    private int[] shortenedSubject(List<Token> tokens, boolean[] time, int from, int floor, int trigger) {
        int[] none = {from, -1, -1};
        if (from <= floor || !isVerb(tokens, trigger)) {
            return none;
        }
        int start = clauseStart(tokens, time, trigger, floor, 3 * LABEL_WORDS_BEFORE);
        if (start == from || start > 0 && !opensClause(tokens.get(start - 1))) {
            return none; // the clause starts farther back still, or after an expression: no subject to find
        }
        // the verb group: "had burned", "are scheduled to be sentenced"
        int verb = verbGroupStart(tokens, from, trigger);
        // the head: a noun phrase of two to six words with no verb of its own but a participle at its
        // end ("Most employees affected"); "Whitfield is being held in the jail and is scheduled ..." and
        // "A spokesman said herbicide use ..." have none to shorten
        int head = start;
        int words = 0;
        while (head < verb && !(head > start && tokens.get(head).word() && lexicon.endsSubjectHead(tokens.get(head).text()))) {
            Token t = tokens.get(head);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (time[head] || !t.word() && !t.text().equals("-") || t.word() && (lexicon.inVerbGroup(w)
                    || CLAUSE_CONJUNCTIONS.contains(w) || LEADING_CONJUNCTIONS.contains(w))) {
                return none;
            }
            words += t.word() ? 1 : 0;
            head++;
        }
        if (head >= verb || words < 2 || words > SUBJECT_WORDS || verb - head < 2
                || isVerb(tokens, start) || tokens.get(start).text().endsWith("ing")) {
            return none;
        }
        for (int i = start; i < head; i++) {
            boolean participle = i == head - 1 && words >= 3 && tokens.get(i).text().endsWith("ed");
            if (tokens.get(i).word() && isVerb(tokens, i) && !participle) {
                return none; // "Clinton said at the ceremony ...": a verb, not a head
            }
        }
        // what is left out only modifies the head: a phrase, or a relative clause before an auxiliary
        // ("managers who cooperated with investigators are scheduled"); no other verb, clause,
        // pronoun or name of its own ("a proposal that has drawn comment the district has heard",
        // "Director of the FBI Louis Freeh said")
        if (!onlyModifiesHead(tokens, time, head, verb)
                || tokens.get(verb - 1).capitalised() && tokens.get(verb - 2).capitalised()) {
            return none;
        }
        return new int[] {start, head, verb - 1};
    }

    /** The first token of the verb group that ends at the trigger, not before {@code from}. */
    private int verbGroupStart(List<Token> tokens, int from, int trigger) {
        int verb = trigger;
        while (verb > from && tokens.get(verb - 1).word() && (lexicon.inVerbGroup(tokens.get(verb - 1).text())
                || tokens.get(verb - 1).text().equals("to") || isVerb(tokens, verb - 1))) {
            verb--;
        }
        return verb;
    }

    /**
     * Whether tokens {@code head} to {@code verb} (exclusive) are a phrase, or a relative clause before
     * an auxiliary at {@code verb}, with no other verb, clause or pronoun.
     */
    private boolean onlyModifiesHead(List<Token> tokens, boolean[] time, int head, int verb) {
        boolean relative = false;
        for (int i = head; i < verb; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (time[i] || !t.word() && !t.text().equals("-") && !t.text().equals("'s") && !t.text().equals("’s")) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            relative |= opensRelative(w);
            if (lexicon.inVerbGroup(w) || CLAUSE_CONJUNCTIONS.contains(w) || SUBJECT_PRONOUNS.contains(w)
                    || isVerb(tokens, i) && !(relative && lexicon.inVerbGroup(tokens.get(verb).text()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a clause starts after the token: a comma, a quote, a strong boundary or "when". */
    private boolean opensClause(Token t) {
        return t.comma() || t.strongBoundary() || t.quote() || t.word() && lexicon.isSubordinator(t.text());
    }

    /** Whether the token is a verb: a verb of a trigger class, or a past form, with no determiner before it. */
    private boolean isVerb(List<Token> tokens, int i) {
        return !determined(tokens, i) && (lexicon.verbClass(tokens.get(i).text()) != null || looksPast(tokens, i));
    }

    /**
     * Where the clause that holds token {@code at} starts: back over at most {@code maxWords} words,
     * not before {@code floor}, and stopping after a comma, a quote, a strong boundary, a word that
     * opens a clause of its own ("when she was struck") or the expression itself.
     */
    private int clauseStart(List<Token> tokens, boolean[] time, int at, int floor, int maxWords) {
        int from = at;
        int words = 0;
        while (from > floor && words < maxWords) {
            Token t = tokens.get(from - 1);
            if (time[from - 1] || opensClause(t)) {
                break;
            }
            from--;
            if (t.word()) {
                words++;
            }
        }
        return from;
    }

    /**
     * "The law, passed in June, ...", "The results, which were announced Friday, ...": a clause set off
     * after the sentence's first noun phrase tells of that noun, which is its subject ("The law passed");
     * so does the clause after it ("The law, passed in June, goes into effect in January": "The law goes
     * into effect"). Returns {new start of the label, first and last token left out}, or the label's
     * start unchanged and -1, -1 when the clause at {@code from} is no such clause.
     */
    private static int[] setOffSubject(List<Token> tokens, boolean[] time, int from, int trigger) {
        if (from <= 1 || !tokens.get(from - 1).comma()) {
            return new int[] {from, -1, -1};
        }
        if (subjectBefore(tokens, time, from - 1) > 0) {
            String w = tokens.get(from).text().toLowerCase(Locale.ROOT);
            boolean pronoun = RELATIVE_PRONOUNS.contains(w);
            boolean participle = trigger >= 0 && (from == trigger
                    || from + 1 == trigger && (w.endsWith("ly") || w.equals("first")));
            return pronoun || participle ? new int[] {0, from - 1, pronoun ? from : from - 1} : new int[] {from, -1, -1};
        }
        int opening = firstComma(tokens);
        if (startsPredicate(tokens.get(from)) && opening > 0 && opening < from - 1
                && subjectBefore(tokens, time, opening) > 0
                && tokens.get(opening + 1).word() && !tokens.get(opening + 1).capitalised()
                && firstComma(tokens.subList(opening + 1, tokens.size())) == from - 2 - opening) {
            return new int[] {0, opening, from - 1};
        }
        return new int[] {from, -1, -1};
    }

    /**
     * The number of words before the comma at {@code comma} when they open the sentence and are no
     * more than a noun phrase ("The law", "Investigators"), or -1.
     */
    private static int subjectBefore(List<Token> tokens, boolean[] time, int comma) {
        for (int k = 0; k < comma; k++) {
            if (!tokens.get(k).word() || time[k]) {
                return -1;
            }
        }
        return comma <= SUBJECT_WORDS ? comma : -1;
    }

    /** The index of the first comma in {@code tokens}, or -1. */
    private static int firstComma(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).comma()) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a clause starting with {@code t} may be the predicate of the sentence's subject. */
    private static boolean startsPredicate(Token t) {
        return t.word() && !t.capitalised() && !NO_PREDICATE.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** "after a CBP agent shot a woman" loses its "after". */
    private static String dropLeadingConjunctions(String label) {
        String out = label;
        while (true) {
            int space = out.indexOf(' ');
            if (space < 0 || !LEADING_CONJUNCTIONS.contains(out.substring(0, space).toLowerCase(Locale.ROOT))) {
                return out;
            }
            out = out.substring(space + 1).strip();
        }
    }

    /** "arrested for allegedly attempting to injure agents with" loses its last "with". */
    private String dropTrailingStopWords(String label, String trigger) {
        String out = label;
        while (true) {
            int space = out.lastIndexOf(' ');
            if (space < 0) {
                return out;
            }
            String lastWord = out.substring(space + 1);
            if (!lexicon.isStopWord(lastWord) || lastWord.equals(trigger)) {
                return out;
            }
            String before = out.substring(out.lastIndexOf(' ', space - 1) + 1, space);
            if (lexicon.isParticle(lastWord) && !lexicon.isStopWord(before)) {
                return out; // "The fire broke out", not "The fire broke"
            }
            out = out.substring(0, space).strip();
        }
    }

    private static boolean[] timeTokens(List<Token> tokens, List<TemporalExpression> expressions) {
        boolean[] time = new boolean[tokens.size()];
        for (TemporalExpression e : expressions) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() < e.span().end() && e.span().start() < t.end()) {
                    time[i] = true;
                }
            }
        }
        return time;
    }

    /** The index of the first token starting at or after the middle of {@code [a, b)}. */
    private static int middle(List<Token> tokens, int a, int b) {
        int mid = a + (b - a) / 2;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= mid) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * The stems of the article's lowercase words, gathered on first use: a capitalised word that
     * opens a sentence is a name only if the article never writes it in lowercase.
     */
    private static final class Vocabulary {
        private final List<List<Token>> sentences;
        private Set<String> stems;

        Vocabulary(List<List<Token>> sentences) {
            this.sentences = sentences;
        }

        boolean contains(String stem) {
            if (stems == null) {
                stems = new HashSet<>();
                for (List<Token> tokens : sentences) {
                    for (Token t : tokens) {
                        if (t.word() && Character.isLowerCase(t.text().charAt(0))) {
                            stems.add(Lexicon.stem(t.text()));
                        }
                    }
                }
            }
            return stems.contains(stem);
        }
    }
}

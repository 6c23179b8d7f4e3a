package org.chronoline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Sentence;
import org.chronoline.model.Span;

/**
 * Sentence splitting for English news text: every line break ends a paragraph, and within a
 * paragraph a sentence ends at '.', '!' or '?' (with any closing quotes) followed by white space and
 * a capital, digit or opening quote, unless the word before the period is a known abbreviation or an
 * initial. Whole lines of page furniture are marked {@linkplain Sentence#boilerplate() boilerplate}.
 * Immutable and thread-safe.
 */
final class EnglishSentenceSplitter implements SentenceSplitter {

    static final String ABBREVIATIONS = "/org/chronoline/rules/en/abbreviations.rules";

    private static final String ABBREVIATION_LIST = "abbreviations";
    private static final String OPENERS = "sentence-openers";

    static final EnglishSentenceSplitter INSTANCE = load(RuleFile.load(EnglishSentenceSplitter.class, ABBREVIATIONS));

    private final Set<String> abbreviations;
    /** Words that, capitalised after an abbreviation, open a new sentence ("... at 6 p.m. On Monday, ..."). */
    private final Set<String> openers;
    private final Boilerplate boilerplate;

    EnglishSentenceSplitter(Set<String> abbreviations, Set<String> openers, Boilerplate boilerplate) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.openers = Set.copyOf(openers);
        this.boilerplate = boilerplate;
    }

    /** The splitter of the lists in {@code abbreviations.rules}, read once. */
    private static EnglishSentenceSplitter load(RuleFile lists) {
        return new EnglishSentenceSplitter(lists.words(ABBREVIATION_LIST), lists.words(OPENERS), Boilerplate.english());
    }

    @Override
    public List<Sentence> split(String text, int maxSentenceLength) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, maxSentenceLength, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, int max, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        if (start >= to) {
            return;
        }
        boolean furniture = boilerplate.isFurniture(text.subSequence(start, to));
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i - start < max) {
                int end = i + 1;
                while (end < to && isClosing(text.charAt(end))) {
                    end++;
                }
                if (end < to && Character.isWhitespace(text.charAt(end))) {
                    int next = skipSpace(text, end, to);
                    if (next < to && startsSentence(text.charAt(next))
                            && !(c == '.' && isAbbreviation(text, start, i) && !opensSentence(text, next, to))) {
                        add(text, start, end, furniture, out);
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            if (i - start >= max) {
                int cut = cutPoint(text, start, i);
                add(text, start, cut, furniture, out);
                start = skipSpace(text, cut, to);
                i = start;
                continue;
            }
            i++;
        }
        if (start < to) {
            add(text, start, to, furniture, out);
        }
    }

    /** The last white space in the second half of {@code [start, limit)}, or {@code limit} (kept off surrogates). */
    private static int cutPoint(String text, int start, int limit) {
        for (int j = limit; j > start + (limit - start) / 2; j--) {
            if (Character.isWhitespace(text.charAt(j - 1))) {
                return j;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static void add(String text, int start, int end, boolean furniture, List<Sentence> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), Span.of(start, end), text.substring(start, end), furniture));
        }
    }

    private boolean isAbbreviation(String text, int sentenceStart, int period) {
        int w = period;
        // "Oct. 30-Nov. 2": the word after a hyphen or dash is the one that may be abbreviated
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '('
                && text.charAt(w - 1) != '-' && text.charAt(w - 1) != '–') {
            w--;
        }
        String word = text.substring(w, period).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "Gregory K. Bovino"
        }
        return abbreviations.contains(word);
    }

    /** Whether the capitalised word at {@code at} is one that opens a sentence ("On", "The", "He"). */
    private boolean opensSentence(String text, int at, int to) {
        if (!Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        int end = at;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return openers.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘'
                || c == '\'' || c == '(' || c == '[' || c == '«' || Character.isTitleCase(c);
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

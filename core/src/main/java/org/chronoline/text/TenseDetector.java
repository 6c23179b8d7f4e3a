package org.chronoline.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chronoline.internal.RuleFile;
import org.chronoline.model.Span;
import org.chronoline.model.Tense;

/**
 * Guesses the tense of the clause around a temporal expression from cue words in its sentence
 * ({@code rules/en/tense.rules}): "warned Tuesday" is past, "will meet Tuesday" future. The cue
 * nearest to the expression wins; a cue after the expression counts as slightly farther than one
 * before it. Words ending in "-ed" count as past unless the cue list says otherwise.
 *
 * <p>A heuristic without a parser: good enough to pick the direction of "Tuesday" or "in August".
 *
 * <p>Immutable and thread-safe.
 */
public final class TenseDetector {

    static final String RESOURCE = "/org/chronoline/rules/en/tense.rules";
    private static final int WINDOW = 12;
    private static final int AFTER_PENALTY = 2;

    private static final class Holder {
        static final TenseDetector ENGLISH = new TenseDetector(RuleFile.load(TenseDetector.class, RESOURCE));
    }

    private final Map<String, Tense> cues;

    TenseDetector(RuleFile file) {
        Map<String, Tense> map = new LinkedHashMap<>();
        for (RuleFile.Block b : file.blocks()) {
            for (Map.Entry<String, java.util.List<String>> e : b.fields().entrySet()) {
                String v = e.getValue().get(0);
                if (e.getValue().size() > 1) {
                    throw b.error(e.getKey(), "cue listed twice");
                }
                Tense t = v.equals("NONE") ? Tense.UNKNOWN : parse(b, e.getKey(), v);
                map.put(e.getKey(), t);
            }
        }
        this.cues = Map.copyOf(map);
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

    /** The tense around {@code expression}, looking only inside {@code sentence}. */
    public Tense tenseAt(String text, Span sentence, Span expression) {
        int from = Math.max(0, sentence.start());
        int to = Math.min(text.length(), sentence.end());
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        // left of the expression, nearest first
        int distance = 0;
        int p = Math.min(expression.start(), to);
        while (p > from && distance < WINDOW) {
            int end = p;
            while (end > from && !isWordChar(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > from && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            distance++;
            Tense t = classify(text.substring(start, end));
            if (t != Tense.UNKNOWN) {
                best = t;
                bestDistance = distance;
                break;
            }
            p = start;
        }
        distance = AFTER_PENALTY;
        p = Math.max(expression.end(), from);
        while (p < to && distance < Math.min(WINDOW, bestDistance)) {
            int start = p;
            while (start < to && !isWordChar(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < to && isWordChar(text.charAt(end))) {
                end++;
            }
            if (start == end) {
                break;
            }
            distance++;
            Tense t = classify(text.substring(start, end));
            if (t != Tense.UNKNOWN && distance < bestDistance) {
                best = t;
                break;
            }
            p = end;
        }
        return best;
    }

    private Tense classify(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        Tense t = cues.get(w);
        if (t != null) {
            return t;
        }
        int apos = w.indexOf('\'');
        if (apos > 0) {
            t = cues.get(w.substring(apos));
            if (t != null) {
                return t;
            }
        }
        if (w.length() > 4 && w.endsWith("ed") && Character.isLetter(w.charAt(0))) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }
}

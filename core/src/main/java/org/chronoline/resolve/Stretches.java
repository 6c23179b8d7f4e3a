package org.chronoline.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.internal.RuleFile;

/**
 * Tells a count after "in" that measures a stretch ("her first album in six years", "the earliest
 * start at Hawk Ridge in a decade") from one that dates a time ahead ("the first phase will open in
 * two years"), with the word lists of {@code rules/en/stretch.rules}.
 *
 * <p>Immutable and thread-safe.
 */
final class Stretches {

    static final String RESOURCE = "/org/chronoline/rules/en/stretch.rules";
    static final Stretches ENGLISH = new Stretches(RuleFile.load(Stretches.class, RESOURCE));

    /** A superlative, "first", "last" or "only", then up to four words, then "in", right before a count. */
    private static final Pattern STRETCH_PHRASE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:first|last|only|\\p{L}{2,}est)\\s+((?:[\\p{L}'’-]+\\s+){1,4})in\\s+$");
    /** How far back from a count the phrase is looked for. */
    private static final int REACH = 80;

    private final RuleFile rules;
    private final Set<String> lookalikes;
    private final Set<String> clauseWords;

    private Stretches(RuleFile rules) {
        this.rules = rules;
        this.lookalikes = rules.words("superlative-lookalikes");
        this.clauseWords = rules.words("clause-words");
    }

    /** The rule file the lists came from (for the test that runs its examples). */
    RuleFile rules() {
        return rules;
    }

    /**
     * Whether a superlative noun phrase ends in the "in" right before {@code start}: "her first album
     * in", not "the first phase will open in".
     */
    boolean measuresStretch(String text, int start) {
        Matcher m = STRETCH_PHRASE.matcher(text).region(Math.max(0, start - REACH), start);
        if (!m.find()) {
            return false;
        }
        if (lookalikes.contains(text.substring(m.start(), m.start(1)).strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (clauseWords.contains(words[i]) || i > 0 && (words[i].endsWith("s") || words[i].endsWith("ed"))) {
                return false;
            }
        }
        return true;
    }
}

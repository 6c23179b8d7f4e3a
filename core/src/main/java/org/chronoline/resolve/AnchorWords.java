package org.chronoline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.chronoline.ChronolineException;
import org.chronoline.internal.RuleFile;

/**
 * The word lists of {@code rules/en/anchors.rules}, which the standard resolver reads the words
 * around an expression with: where a saying was made ("said in a statement Monday"), a period that
 * ends on a date ("the quarter ended June 30"), a word that makes a count a stretch ("its third gain
 * in four weeks"), and the like. The patterns that join the words are in {@link Surroundings} (and
 * {@link ResolutionPass}); each list fills one place in one of them.
 *
 * <p>Immutable and thread-safe.
 */
final class AnchorWords {

    static final String RESOURCE = "/org/chronoline/rules/en/anchors.rules";
    static final AnchorWords ENGLISH = new AnchorWords(RuleFile.load(AnchorWords.class, RESOURCE));

    /** An entry of several words, matched with any white space between them ("greenwich mean"). */
    private static final String PHRASE = "phrase";
    /** One class of words that name the same kind of thing ("murder killed slain"). */
    private static final String CLASS = "class";

    private final RuleFile rules;

    AnchorWords(RuleFile rules) {
        this.rules = rules;
    }

    /** The rule file the lists came from (for the test that runs its examples). */
    RuleFile rules() {
        return rules;
    }

    /**
     * The one-word entries of {@code list}, lowercase; fails naming the file and list when there is
     * no such list, and its file, line and name when it has no words.
     */
    Set<String> words(String list) {
        return rules.words(list);
    }

    /**
     * The classes of {@code list}, each the lowercase words of one of its {@code class} lines ("murder
     * killed slain ..."); fails naming the file and list when there is no such list, and its file,
     * line and name when it has no classes.
     */
    List<Set<String>> classes(String list) {
        List<Set<String>> out = new ArrayList<>();
        for (RuleFile.Block b : rules.blocks()) {
            if (b.name().equals(list)) {
                if (b.all(CLASS).isEmpty()) {
                    throw b.error("'" + CLASS + "' is missing");
                }
                for (String line : b.all(CLASS)) {
                    if (line.isBlank()) {
                        throw b.error(CLASS, "an empty class");
                    }
                    out.add(Set.copyOf(List.of(line.strip().toLowerCase(Locale.ROOT).split("\\s+"))));
                }
                return List.copyOf(out);
            }
        }
        throw new ChronolineException(rules.name() + ": no [" + list + "] block");
    }

    /**
     * A group, {@code (?:...)}, that matches any entry of {@code list}: each word quoted, the words of
     * a phrase joined by {@code \s+}, longer entries first so that none stops short at one that begins
     * it. Whether case counts is left to the pattern it goes in.
     */
    String alternation(String list) {
        List<String> entries = new ArrayList<>(words(list));
        for (RuleFile.Block b : rules.blocks()) {
            if (b.name().equals(list)) {
                for (String phrase : b.all(PHRASE)) {
                    if (phrase.isBlank()) {
                        throw b.error(PHRASE, "an empty phrase");
                    }
                    entries.add(phrase.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        entries.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringJoiner alternatives = new StringJoiner("|", "(?:", ")");
        for (String entry : entries) {
            StringJoiner words = new StringJoiner("\\s+");
            for (String word : entry.split("\\s+")) {
                words.add(Pattern.quote(word));
            }
            alternatives.add(words.toString());
        }
        return alternatives.toString();
    }
}

package org.chronoline.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronoline.internal.RuleFile;

/**
 * The English word lists of event extraction and matching: trigger classes
 * ({@code rules/en/events-triggers.rules}) and the stop words, titles and irregular past forms
 * ({@code rules/en/events-words.rules}). The tense of a clause is {@code text.TenseDetector}'s.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {

    static final String TRIGGERS = "/org/chronoline/rules/en/events-triggers.rules";
    static final String WORDS = "/org/chronoline/rules/en/events-words.rules";

    private static final Lexicon ENGLISH = new Lexicon(RuleFile.load(Lexicon.class, TRIGGERS),
            RuleFile.load(Lexicon.class, WORDS));

    /** One class of trigger words that report the same kind of happening. */
    public record TriggerClass(String name, boolean strong, boolean speech) {
    }

    private final RuleFile triggerRules;
    private final RuleFile wordRules;
    private final Map<String, TriggerClass> verbs;
    private final Map<String, TriggerClass> nouns;
    private final Map<String, Set<String>> lists;

    private Lexicon(RuleFile triggerRules, RuleFile wordRules) {
        this.triggerRules = triggerRules;
        this.wordRules = wordRules;
        Map<String, TriggerClass> v = new LinkedHashMap<>();
        Map<String, TriggerClass> n = new LinkedHashMap<>();
        for (RuleFile.Block b : triggerRules.blocks()) {
            TriggerClass c = new TriggerClass(b.name(), yes(b, "strong"), yes(b, "speech"));
            if (b.get("verbs") == null && b.get("nouns") == null) {
                throw b.error("a trigger class needs 'verbs' or 'nouns'");
            }
            for (String w : words(b.get("verbs"))) {
                if (v.putIfAbsent(w, c) != null) {
                    throw b.error("verbs", "'" + w + "' is already in class [" + v.get(w).name() + "]");
                }
            }
            for (String w : words(b.get("nouns"))) {
                if (n.putIfAbsent(w, c) != null) {
                    throw b.error("nouns", "'" + w + "' is already in class [" + n.get(w).name() + "]");
                }
            }
        }
        Map<String, Set<String>> l = new LinkedHashMap<>();
        for (RuleFile.Block b : wordRules.blocks()) {
            l.put(b.name(), Collections.unmodifiableSet(new TreeSet<>(words(b.require("words")))));
        }
        for (String required : List.of("stop-words", "particles", "titles", "past-verbs", "subordinators",
                "subject-ends", "verb-group", "infinitive-governors")) {
            if (!l.containsKey(required)) {
                throw new org.chronoline.ChronolineException(WORDS + ": block [" + required + "] is missing");
            }
        }
        this.verbs = Collections.unmodifiableMap(v);
        this.nouns = Collections.unmodifiableMap(n);
        this.lists = Collections.unmodifiableMap(l);
    }

    private static boolean yes(RuleFile.Block b, String key) {
        String v = b.get(key);
        if (v == null) {
            return false;
        }
        if (!v.equals("yes") && !v.equals("no")) {
            throw b.error(key, "must be 'yes' or 'no', was '" + v + "'");
        }
        return v.equals("yes");
    }

    private static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String w : value.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The English lists. */
    public static Lexicon english() {
        return ENGLISH;
    }

    /** The rule files the lists came from, for tests that run their examples. */
    public List<RuleFile> ruleFiles() {
        return List.of(triggerRules, wordRules);
    }

    /** The class of a trigger word used as a verb, or {@code null}. */
    public TriggerClass verbClass(String word) {
        return verbs.get(word.toLowerCase(Locale.ROOT));
    }

    /** The class of a trigger word used as a noun, or {@code null}. */
    public TriggerClass nounClass(String word) {
        return nouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** The class of a trigger word, verb first, or {@code null}. */
    public TriggerClass triggerClass(String word) {
        if (word == null) {
            return null;
        }
        TriggerClass c = verbClass(word);
        return c != null ? c : nounClass(word);
    }

    public boolean isStopWord(String word) {
        return lists.get("stop-words").contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** Whether a word may be the particle of a phrasal verb ("broke out", "called off"). */
    public boolean isParticle(String word) {
        return listed("particles", word);
    }

    public boolean isTitle(String word) {
        return listed("titles", word);
    }

    public boolean isIrregularPast(String word) {
        return listed("past-verbs", word);
    }

    /** Whether a word opens a clause of its own ("when", "because"). */
    public boolean isSubordinator(String word) {
        return listed("subordinators", word);
    }

    /** Whether a word ends the head of a subject ("in", "of", "who": "A wildfire in the hills"). */
    public boolean endsSubjectHead(String word) {
        return listed("subject-ends", word);
    }

    /** Whether the verb of an infinitive after a word is what is dated ("scheduled to begin"). */
    public boolean governsInfinitive(String word) {
        return listed("infinitive-governors", word);
    }

    /** Whether a word may come in a verb group before its verb ("had", "was", "reportedly"). */
    public boolean inVerbGroup(String word) {
        return listed("verb-group", word);
    }

    private boolean listed(String list, String word) {
        return lists.get(list).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A light stem for matching: lowercase, possessive and plural endings, {@code -ing} and
     * {@code -ed} removed from words long enough to keep a stem ("arrested", "arrests" and "arrest"
     * meet; "officers" and "officer" meet).
     */
    public static String stem(String word) {
        String w = suffixless(word.toLowerCase(Locale.ROOT));
        if (w.length() > 4 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String suffixless(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, n - 2));
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}

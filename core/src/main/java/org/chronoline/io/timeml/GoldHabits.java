package org.chronoline.io.timeml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gold annotation of a corpus does with the same words elsewhere, to tell the errors that
 * measure the gold's own habits from the others: a false positive whose words the gold tags in other
 * places, a miss whose words it leaves untagged in other places, a wrong value whose words it writes
 * elsewhere in the form of the system's value ("a year ago" is {@code 1988-Q3} in one file of
 * TimeBank and {@code 1988} in another). The words are compared lower-cased, with runs of white space
 * as one space; a value's form is the value with every digit made a 9.
 *
 * <p>Not thread-safe: collects one corpus.
 */
final class GoldHabits {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Map<String, List<String>> valuesByWords = new HashMap<>();
    /** Each document's text, lower-cased, with its gold annotations blanked out. */
    private final List<String> untaggedTexts = new ArrayList<>();
    private final Map<String, Integer> untaggedCounts = new HashMap<>();

    /** Adds one document's gold annotations, and its text when known ({@code null} otherwise). */
    void add(String text, List<GoldTimex> gold) {
        for (GoldTimex g : gold) {
            valuesByWords.computeIfAbsent(words(g.text()), k -> new ArrayList<>()).add(g.value());
        }
        if (text != null) {
            char[] chars = new char[text.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(text.charAt(i)); // char by char: the offsets stay
            }
            for (GoldTimex g : gold) {
                for (int i = Math.max(0, g.span().start()); i < Math.min(chars.length, g.span().end()); i++) {
                    chars[i] = ' ';
                }
            }
            untaggedTexts.add(new String(chars));
            untaggedCounts.clear();
        }
    }

    /** Whether any document was added with its text, so that untagged words can be counted. */
    boolean hasTexts() {
        return !untaggedTexts.isEmpty();
    }

    /** How many gold annotations have these words. */
    int tagged(String text) {
        List<String> values = valuesByWords.get(words(text));
        return values == null ? 0 : values.size();
    }

    /** How many times these words stand in the texts outside every gold annotation. */
    int untagged(String text) {
        String w = words(text);
        if (w.isEmpty()) {
            return 0;
        }
        return untaggedCounts.computeIfAbsent(w, k -> {
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] parts = k.split(" ");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            Pattern p = Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
            int n = 0;
            for (String t : untaggedTexts) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    n++;
                }
            }
            return n;
        });
    }

    /** How many gold annotations with these words have a value of the form of {@code value}. */
    int inForm(String text, String value) {
        List<String> values = valuesByWords.get(words(text));
        if (values == null) {
            return 0;
        }
        String form = form(value);
        int n = 0;
        for (String v : values) {
            if (form(v).equals(form)) {
                n++;
            }
        }
        return n;
    }

    /** A value with every digit made a 9: "1988-Q3" and "2025-Q1" have one form, "1988" another. */
    static String form(String value) {
        return DIGIT.matcher(value).replaceAll("9");
    }

    private static String words(String text) {
        return SPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}

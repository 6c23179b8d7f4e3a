package org.chronoline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a sentence, with its offsets in the article text.
 *
 * @param text  the token as written
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param word  whether it is a word (letters or digits) rather than punctuation
 */
record Token(String text, int start, int end, boolean word) {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S.
                    + "|\\p{N}+(?:[,.]\\p{N}+)*(?:[-–][\\p{L}\\p{N}]+)*" // 1,000  9.3  24-hour  27-year-old
                    + "|[\\p{L}\\p{N}]+(?:[-'’&.][\\p{L}\\p{N}]+)*"   // Espinoza-Martinez  MS-13  it's
                    + "|\\S");

    /** The tokens of {@code text}, whose first character is at {@code offset} in the article. */
    static List<Token> of(String text, int offset) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            out.add(new Token(t, offset + m.start(), offset + m.end(), word));
        }
        return out;
    }

    /** Whether it starts with a capital letter. */
    boolean capitalised() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether it ends a clause for the purpose of choosing a trigger and a label. */
    boolean strongBoundary() {
        return !word && (text.equals(";") || text.equals(":") || text.equals("—") || text.equals("–")
                || text.equals("-"));
    }

    boolean comma() {
        return text.equals(",");
    }

    boolean quote() {
        return !word && "\"“”‘’'«»".contains(text);
    }
}

package org.chronoline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronoline.internal.RuleFile;

/**
 * Recognises page furniture ("Ad Blocker Detected!", "5 hours ago", "Read Entire Article") from the
 * patterns in {@code rules/en/boilerplate.rules}. Immutable and thread-safe.
 */
public final class Boilerplate {

    static final String RESOURCE = "/org/chronoline/rules/en/boilerplate.rules";

    private static final Boilerplate ENGLISH = new Boilerplate(RuleFile.load(Boilerplate.class, RESOURCE));

    private final List<Pattern> patterns;
    private final RuleFile rules;

    private Boilerplate(RuleFile rules) {
        this.rules = rules;
        List<Pattern> list = new ArrayList<>();
        for (RuleFile.Block block : rules.blocks()) {
            try {
                boolean sensitive = "sensitive".equals(block.get("case"));
                list.add(Pattern.compile(block.require("pattern"),
                        sensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw block.error("pattern", "invalid regular expression: " + e.getDescription());
            }
        }
        this.patterns = List.copyOf(list);
    }

    /** The English page-furniture patterns. */
    public static Boilerplate english() {
        return ENGLISH;
    }

    /** The rule file the patterns came from (for tests that run each rule's examples). */
    public RuleFile rules() {
        return rules;
    }

    /** Whether a whole line (paragraph) of text is page furniture. */
    public boolean isFurniture(CharSequence line) {
        String s = line.toString().strip();
        if (s.isEmpty() || s.length() > 200) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}

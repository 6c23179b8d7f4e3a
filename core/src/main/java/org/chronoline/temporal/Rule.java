package org.chronoline.temporal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoline.internal.RuleFile;

/**
 * One compiled rule of the grammar: a pattern whose named groups fill slots, fixed slot values given
 * in the rule file, and the kind of {@link TimeSpec} it builds.
 *
 * <p>Immutable and thread-safe (patterns are; matchers are made per use).
 */
record Rule(String name, String file, int line, int order, Kind kind, String source, Pattern pattern, List<String> groups,
            Map<String, String> fixed, List<Example> examples) {

    /** What a rule builds. */
    enum Kind {
        DATE, TIME, MONTH, SEASON, QUARTER, HALF, RELATIVE_YEAR_PART, DECADE, CENTURY, WEEKDAY, HOLIDAY, DEICTIC, RELATIVE, ANAPHORIC,
        PART_OF_DAY, DURATION, SET, REF, RANGE, PERIOD_OF, SHIFTED, NTH_WEEKDAY, WEEKDAY_FROM, REPORTED_PERIOD, SEMESTER,
        /** Matches text that must not be read as a time ("22-year-old", "$2,000", "MS-13"). */
        REJECT
    }

    /** Slot names: a pattern group is named after a slot, optionally followed by digits ({@code month2}). */
    static final Set<String> SLOTS = Set.of("year", "month", "day", "weekday", "hour", "minute", "second", "ampm",
            "n", "unit", "dir", "season", "quarter", "half", "part", "decade", "century", "deictic", "ref", "freq",
            "times", "sign", "every", "workdays", "qualifier", "holiday", "plushalf", "endyear", "endmonth", "endday", "endhour",
            "period", "comparative", "nth", "same", "full", "restn", "restunit", "thirdn", "thirdunit", "era");

    /** Keys of a rule block that are not slots. */
    static final Set<String> KEYS = Set.of("kind", "pattern", "example", "expect", "note");

    /** The slot a group name fills: {@code month2} fills {@code month}. */
    static String slotOf(String group) {
        int end = group.length();
        while (end > 0 && Character.isDigit(group.charAt(end - 1))) {
            end--;
        }
        return group.substring(0, end);
    }

    /**
     * An example sentence and what the rule must find in it: the expression text and its value
     * against the example reference time (Wednesday 2025-10-15), or nothing at all.
     *
     * @param sentence the example text
     * @param text     the expected expression text, or {@code null} when nothing may be found
     * @param value    the expected TIMEX3 value, or {@code null}
     * @param mod      the expected TIMEX3 mod, or {@code null}
     */
    record Example(String sentence, String text, String value, String mod) {
        static final String NONE = "(none)";

        static Example parse(RuleFile.Block b, String sentence, String expect) {
            if (expect.equals(NONE)) {
                return new Example(sentence, null, null, null);
            }
            int arrow = expect.indexOf("=>");
            if (arrow < 0) {
                throw b.error("expect", "expected 'TEXT => VALUE [MOD]' or '" + NONE + "', got: " + expect);
            }
            String text = expect.substring(0, arrow).strip();
            String[] rest = expect.substring(arrow + 2).strip().split("\\s+");
            if (rest.length == 0 || rest.length > 2 || rest[0].isEmpty()) {
                throw b.error("expect", "expected 'TEXT => VALUE [MOD]', got: " + expect);
            }
            if (!sentence.contains(text)) {
                throw b.error("expect", "'" + text + "' does not occur in the example");
            }
            return new Example(sentence, text, rest[0], rest.length == 2 ? rest[1] : null);
        }
    }
}

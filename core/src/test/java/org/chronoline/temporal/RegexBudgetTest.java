package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds adversarial strings (long runs of what a pattern's pieces accept, almost matching) to every
 * rule of the grammar and to the whole engine, and fails when any takes longer than a budget: a
 * guard against catastrophic backtracking in a rule someone adds later.
 */
class RegexBudgetTest {

    /** Generous on a loaded 2-core CI machine; a backtracking pattern takes seconds to hours. */
    static final long BUDGET_MILLIS = 1_500;

    static List<String> adversarial() {
        List<String> out = new ArrayList<>();
        String[] pieces = {"1", "12", "2025", "-", "/", ".", " ", ",", "a", "the ", "last ", "next ",
            "week ", "October ", "Tuesday ", "and ", "or ", "to ", "of ", "early ", "mid-", "'", "’", "s",
            "1-", "10/", "2025-", "Oct. ", "day ", "days ", "ago ", "later ", "a.m. ", "p.m. ", "x"};
        for (String p : pieces) {
            out.add(p.repeat(5_000 / p.length()) + "!");
        }
        out.add("1 2 3 4 5 6 7 8 9 ".repeat(300) + "years");
        out.add("the last ".repeat(600) + "week of");
        out.add("October 6, 2025, ".repeat(300));
        out.add("early mid late ".repeat(400) + "2025");
        out.add("two three four five ".repeat(300) + "days");
        out.add("10:00 ".repeat(800));
        out.add("-1".repeat(2_500));
        return out;
    }

    static Stream<Rule> rules() {
        return Grammar.english().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleIsBounded(Rule rule) {
        for (String input : adversarial()) {
            long t0 = System.nanoTime();
            Matcher m = rule.pattern().matcher(input);
            for (int i = 0; i < input.length(); i += 7) {
                m.region(i, input.length());
                m.lookingAt();
            }
            while (m.find()) {
                // scan every match
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(millis).as("rule [%s] (%s:%d) on %s...", rule.name(), rule.file(), rule.line(),
                    input.substring(0, Math.min(30, input.length()))).isLessThan(BUDGET_MILLIS);
        }
    }

    @ParameterizedTest
    @MethodSource("adversarial")
    void theEngineIsBounded(String input) {
        long t0 = System.nanoTime();
        Chronoline.create().analyze(Article.of("adversarial", "2025-10-15T10:00:00-05:00", input));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(BUDGET_MILLIS * 2);
    }
}

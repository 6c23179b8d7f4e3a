package org.chronoline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chronoline.Fixtures;
import org.chronoline.model.Article;
import org.chronoline.model.Sentence;
import org.chronoline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The finder judges a common token together with the word after it to try fewer rules there; that
 * must never change what it finds. Compared with a finder that judges tokens alone, over every rule
 * example, the seed articles and texts shuffled from the examples' words.
 */
class PairCacheTest {

    @Test
    void findsWhatTheFinderWithoutItFinds() {
        Grammar grammar = Grammar.english();
        RuleBasedFinder paired = new RuleBasedFinder(grammar);
        RuleBasedFinder alone = new RuleBasedFinder(grammar, Integer.MAX_VALUE);
        List<String> texts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Rule rule : grammar.rules()) {
            for (Rule.Example e : rule.examples()) {
                texts.add(e.sentence());
                words.addAll(List.of(e.sentence().split(" ")));
            }
        }
        for (Article a : Fixtures.seedArticles()) {
            texts.add(a.text());
        }
        Random random = new Random(20251125);
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = random.nextInt(60); w > 0; w--) {
                sb.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? ", " : " ");
            }
            texts.add(sb.toString());
        }
        int found = 0;
        for (String text : texts) {
            List<Sentence> sentences = SentenceSplitter.english().split(text, 10_000);
            List<Timex> expected = alone.find(text, sentences);
            assertThat(paired.find(text, sentences)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the texts have expressions to find").isGreaterThan(1_500);
    }

    /**
     * A positive look-behind inside a rule (not opening it) keeps the rule out of the second cache,
     * so it is tried at every "the" and "a": once in a macro it halved tagging speed. Only the rule
     * whose look-behind is there by design may have one.
     */
    @Test
    void onlyTheMonthRuleEscapesTheSecondCache() {
        assertThat(new RuleBasedFinder(Grammar.english()).rulesNotJudgedByPairs()).containsExactly("month");
    }
}

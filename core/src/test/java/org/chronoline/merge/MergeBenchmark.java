package org.chronoline.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chronoline.model.EventMention;

/**
 * Generates many mentions of many happenings and times the merge. Run its {@code main} for a figure;
 * {@link StandardMergerTest#mergesOneHundredThousandMentions()} runs the same input as a test.
 *
 * <p>Measured on the shared 2-core build machine (load average around 9 from other sessions):
 * 100,000 mentions (20,000 happenings, five reports each, over three years) merge into 20,000 events
 * in 2.6 to 3.3 seconds once warm, about 6 seconds on the first run. On 62,938 mentions of 5,000
 * generated news articles ({@code examples.bench.StoryGenerator}, 50 stories), 1.8 seconds warm.
 */
public final class MergeBenchmark {

    private static final String[] TRIGGERS = {"arrested", "warned", "shot", "launched", "ruled", "met", "said"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ran", "te", "vo", "sun", "der", "bel", "gor",
            "pa", "ni", "stra", "mon", "ki", "zu"};

    private MergeBenchmark() {
    }

    private static String word(Random r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String name(Random r) {
        String first = word(r, 2);
        String last = word(r, 3);
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " "
                + Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    /** {@code count} mentions: {@code count / 5} happenings, each reported by five articles, in text order. */
    static List<EventMention> generate(int count, long seed) {
        Random r = new Random(seed);
        List<EventMention> out = new ArrayList<>(count);
        LocalDate base = LocalDate.of(2023, 1, 1);
        int happenings = count / 5;
        for (int h = 0; h < happenings; h++) {
            LocalDate day = base.plusDays(r.nextInt(1000));
            String trigger = TRIGGERS[r.nextInt(TRIGGERS.length)];
            String who = name(r);
            String other = name(r);
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                terms.add(word(r, 3));
            }
            for (int k = 0; k < 5; k++) {
                String article = String.format("a%06d", (h * 5 + k) % (count / 10 + 1));
                String text = who + " " + trigger + " " + String.join(" ", terms) + " with " + other + " on "
                        + (k == 4 ? "that week" : day.toString()) + ".";
                var time = k == 4
                        ? Mentions.week("W", day.minusDays(day.getDayOfWeek().getValue() - 1L).toString())
                        : Mentions.day(day.toString());
                String expression = k == 4 ? "that week" : day.toString();
                List<String> myTerms = new ArrayList<>(terms.subList(0, 4 + r.nextInt(3)));
                myTerms.add(trigger);
                out.add(Mentions.of(article, h % 1000, text, trigger, expression, time, List.of(who, other), myTerms));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<EventMention> mentions = generate(n, 42);
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            MergeResult r = EventMerger.standard().merge(mentions, Map.of());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println(n + " mentions -> " + r.events().size() + " events, " + r.undated().size()
                    + " undated, in " + ms + " ms");
        }
    }
}

package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random texts mixing temporal words, numbers, names, punctuation and odd characters, run
 * through the engine; every analysis must keep the {@link Invariants}. Each batch uses its own seed,
 * so a failure names a seed that reproduces it.
 */
class RandomTextTest {

    static final int BATCHES = 40;
    static final int TEXTS_PER_BATCH = 75;

    private static final Chronoline ENGINE = Chronoline.create();

    private static final String[] TEMPORAL = {
        "Tuesday", "last week", "two weekends ago", "earlier this month", "this fall", "in August",
        "since January 2023", "By October 3", "On October 6", "September 8, 2025", "yesterday", "today",
        "tomorrow", "the next day", "two days later", "that week", "the same weekend", "the day before",
        "last Friday", "next Monday", "this week", "in early December", "late 2024", "mid-2019", "the 1990s",
        "'90s", "2009-2010", "Oct. 6", "10/6", "6 October 2025", "2025-10-06", "three years earlier",
        "a decade", "several years", "every Tuesday", "monthly", "quarterly", "the third quarter", "Q3",
        "fiscal 1998", "now", "recently", "in the future", "at 10 a.m.", "Tuesday morning", "tonight",
        "the past three years", "more than two weeks", "about a month", "until March", "the end of 2025",
        "week 53", "February 29", "the 35th", "noon", "midnight", "this spring", "last winter", "2025-W41",
        "the following week", "the previous year", "a year ago", "decades", "the 21st century", "1-866-DHS-2-ICE",
        "22-year-old", "$2,000", "MS-13", "38 percent", "1,550", "Monday through Friday", "to Sunday",
        "the week after Thanksgiving", "the weekend before Christmas", "twice an hour", "five times a week",
        "weekends", "six weeks later", "Person of the Year", "8 p.m. Eastern time on", "last Tuesday night",
        "two weeks from today", "90 miles an hour", "in the 90s"
    };
    private static final String[] WORDS = {
        "police", "arrested", "warned", "will", "meet", "said", "the", "a", "agents", "DHS", "Noem", "Chicago",
        "Bovino", "court", "ruled", "has", "had", "is", "was", "would", "and", "of", "on", "in", "by", "since",
        "until", "at", "to", "Juan", "Espinoza-Martinez", "Latin", "Kings", "shooting", "launched", "I", "U.S.",
        "Mr.", "Dr.", "Inc.", "e.g.", "(", ")", "\"", "“", "”", "—", "-", ",", ";", ":", ".", "!", "?", "\n",
        "\r\n", "\t", "😀", "é", "ñ", "Ω", "\u200f", "\u0301", "\u00a0", "&amp;", "<p>", "0", "7", "12", "31",
        "1999", "2025", "99999", "-5"
    };

    static Stream<Integer> seeds() {
        return IntStream.range(0, BATCHES).boxed();
    }

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int tokens = r.nextInt(120);
        for (int i = 0; i < tokens; i++) {
            int kind = r.nextInt(10);
            if (kind < 3) {
                String t = TEMPORAL[r.nextInt(TEMPORAL.length)];
                sb.append(r.nextInt(4) == 0 ? t.toUpperCase(java.util.Locale.ROOT) : t);
            } else if (kind < 9) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            } else {
                sb.append((char) r.nextInt(0x3000));
            }
            sb.append(r.nextInt(8) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    static OffsetDateTime randomPublished(Random r) {
        int year = r.nextInt(10) == 0 ? 1 + r.nextInt(9998) : 1990 + r.nextInt(40);
        return OffsetDateTime.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), 0, 0,
                ZoneOffset.ofTotalSeconds((r.nextInt(26 * 4 + 1) - 12 * 4) * 15 * 60));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTextsKeepTheInvariants(int seed) {
        Random r = new Random(seed);
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < TEXTS_PER_BATCH; i++) {
            Article article = Article.of("r" + seed + "-" + i, randomPublished(r), randomText(r));
            ArticleAnalysis analysis = ENGINE.analyze(article);
            Invariants.check(article, analysis);
            assertThat(ENGINE.analyze(article)).isEqualTo(analysis);
            batch.add(article);
        }
        String once = TimelineJsonWriter.compact().toJson(ENGINE.timeline(batch));
        assertThat(TimelineJsonWriter.compact().toJson(ENGINE.timeline(batch))).isEqualTo(once);
    }

    @Test
    void theValueValidatorKnowsTimeMl() {
        for (String ok : List.of("2025-10-14", "2025-W41", "2025-W41-WE", "2025-10", "2025-FA", "2025-Q3", "2025-H1",
                "199", "19", "P3D", "PXY", "P2W", "PT3H", "XXXX-WXX-2", "PAST_REF", "2025-10-14TMO",
                "2025-10-14T10:00", "XXXX-10-06", "2025", "2009/2010", "2025-10-06/2025-10-07")) {
            assertThat(Invariants.isTimexValue(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("", "October", "2025-10-14-", "P", "2025-W41-WEX", "UNDEF-year-03-12", "2010/2009",
                "2009/", "/2010", "P3D/2010")) {
            assertThat(Invariants.isTimexValue(bad)).as(bad).isFalse();
        }
    }
}

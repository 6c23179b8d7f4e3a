package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.chronoline.Chronoline;
import org.chronoline.io.ReadResult;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50,000 short generated articles in several stories, spread over several JSONL files: the pipeline
 * on the direct runner gives, for every story, the bytes the single-machine path gives for that
 * story's articles.
 */
class ScaleTest {

    static final int ARTICLES = Integer.getInteger("chronoline.beam.scale", 50_000);
    static final int FILES = 4;
    /** Named stories; every 50th article names none and joins the default story. */
    static final String[] STORIES = {"chicago-raids", "broadview protests", "Portland/deployment", "city budget",
        "court: bounties", "storm"};

    private static final String[] WHO = {"federal agents", "the city council", "state police", "protesters",
        "the mayor", "a federal judge", "the governor", "prosecutors"};
    private static final String[] DID = {"arrested two men", "approved the plan", "blocked the order",
        "gathered outside the facility", "announced new charges", "filed a lawsuit", "held a hearing",
        "released a statement"};

    @TempDir
    Path dir;

    @Test
    void fiftyThousandArticlesGiveTheSingleMachineTimelinePerStory() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeArticles(in);

        long start = System.nanoTime();
        Path out = dir.resolve("out");
        // the direct runner's element checks (immutability, encodability) run in the seed test; off here,
        // where they would re-encode every element a few more times
        TimelinePipelineTest.run(in.resolve("*.jsonl").toString(), out, "--targetParallelism=2",
                "--enforceImmutability=false", "--enforceEncodability=false");
        long pipelineMillis = (System.nanoTime() - start) / 1_000_000;

        // the single-machine path, story by story, from the same files
        start = System.nanoTime();
        ReadResult read = ArticleJsonReader.create().readAll(List.of(in));
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).hasSize(ARTICLES);
        Map<String, List<Article>> byStory = new TreeMap<>();
        for (Article a : read.articles()) {
            byStory.computeIfAbsent(StoryTimelines.storyOf(a), k -> new ArrayList<>()).add(a);
        }
        Chronoline chronoline = Chronoline.builder().parallelism(2).build();
        List<String> expectedFiles = new ArrayList<>();
        for (Map.Entry<String, List<Article>> story : byStory.entrySet()) {
            String expected = TimelineJsonWriter.pretty().toJson(chronoline.timeline(story.getValue()));
            String file = StoryFiles.fileName(story.getKey());
            expectedFiles.add(file);
            assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8))
                    .as("timeline of story %s", story.getKey()).isEqualTo(expected);
        }
        long singleMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(byStory).hasSize(STORIES.length + 1);
        assertThat(TimelinePipelineTest.listing(out)).containsExactlyInAnyOrderElementsOf(expectedFiles);
        System.out.printf(Locale.ROOT, "beam scale test: %,d articles, %d stories, %d files: direct runner %,d ms;"
                + " single machine (read, %d timelines, compare) %,d ms%n", ARTICLES, byStory.size(), FILES,
                pipelineMillis, byStory.size(), singleMillis);
    }

    /** Short news-like articles, the same for every run, round-robin over {@link #FILES} files. */
    static void writeArticles(Path in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<BufferedWriter> writers = new ArrayList<>();
        try {
            for (int f = 0; f < FILES; f++) {
                writers.add(Files.newBufferedWriter(in.resolve(String.format(Locale.ROOT, "part-%02d.jsonl", f)),
                        StandardCharsets.UTF_8));
            }
            for (int i = 0; i < ARTICLES; i++) {
                SplittableRandom r = new SplittableRandom(1_000_003L * i + 17);
                int story = i % STORIES.length;
                LocalDate published = LocalDate.of(2025, 3, 1).plusDays(story * 23L + r.nextInt(40));
                ObjectNode node = json.createObjectNode();
                node.put("id", String.format(Locale.ROOT, "art-%06d", i));
                node.put("published", OffsetDateTime.of(published.atTime(6 + r.nextInt(14), r.nextInt(60)),
                        ZoneOffset.ofHours(-5 - r.nextInt(3))).toString());
                node.put("title", "Update " + i);
                node.put("source", "Source " + (i % 13));
                if (i % 50 != 0) {
                    node.put("story", STORIES[story]);
                }
                node.put("text", text(r, story, published));
                BufferedWriter w = writers.get(i % FILES);
                w.write(json.writeValueAsString(node));
                w.write('\n');
            }
        } finally {
            for (BufferedWriter w : writers) {
                w.close();
            }
        }
    }

    private static String text(SplittableRandom r, int story, LocalDate published) {
        String who = WHO[(story + r.nextInt(3)) % WHO.length];
        String did = DID[(story * 2 + r.nextInt(3)) % DID.length];
        LocalDate day = published.minusDays(1 + r.nextInt(10));
        String when;
        switch (r.nextInt(4)) {
            case 0:
                when = "on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
                break;
            case 1:
                when = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                break;
            case 2:
                when = "last week";
                break;
            default:
                when = "yesterday";
                break;
        }
        return capitalize(who) + " " + did + " " + when + ", officials said. "
                + "The next hearing is set for " + published.plusDays(3 + r.nextInt(20)).getMonth()
                        .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

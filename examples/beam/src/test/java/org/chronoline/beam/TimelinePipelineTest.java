package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.chronoline.Chronoline;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Article;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable pipeline on the embedded direct runner, against the single-machine path. */
class TimelinePipelineTest {

    @TempDir
    Path dir;

    /** Runs the pipeline main's pipeline on the direct runner and waits for it. */
    static void run(String input, Path output, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--runner=DirectRunner";
        args[1] = "--input=" + input;
        args[2] = "--output=" + output;
        System.arraycopy(more, 0, args, 3, more.length);
        PipelineOptionsFactory.register(TimelinePipeline.Options.class);
        TimelinePipeline.Options options = PipelineOptionsFactory.fromArgs(args).withValidation()
                .as(TimelinePipeline.Options.class);
        PipelineResult.State state = TimelinePipeline.create(options).run().waitUntilFinish();
        assertThat(state).isEqualTo(PipelineResult.State.DONE);
    }

    @Test
    void seedsGiveTheSingleMachineTimelineByteForByte() throws IOException {
        List<Article> seeds = ArticleJsonReader.create().readAll(List.of(ModelCoderTest.SEEDS)).articles();
        Timeline timeline = Chronoline.create().timeline(seeds);
        assertThat(timeline.events()).as("a seed timeline worth comparing").isNotEmpty();
        String expected = TimelineJsonWriter.pretty().toJson(timeline);

        Path out = dir.resolve("out");
        run(ModelCoderTest.SEEDS.toString(), out);

        // the seeds name no story, so they all form the default story
        assertThat(listing(out)).containsExactly("default.json");
        assertThat(Files.readString(out.resolve("default.json"), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void badRecordsAreSkippedAndListedInProblemsAndCompressedFilesRead() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"published\":\"2025-10-15T10:00:00-05:00\",\"text\":\"Police arrested him Tuesday.\","
                        + "\"story\":\"raids / Chicago\"}",
                "{\"id\":\"b\",\"published\":\"yesterday\",\"text\":\"x\"}",
                "not json",
                "{\"id\":\"c\",\"published\":\"2025-10-16T10:00:00-05:00\",\"text\":\"It rained on Monday.\"}",
                ""), StandardCharsets.UTF_8);
        String gz = "{\"id\":\"d\",\"published\":\"2025-10-16T10:00:00-05:00\",\"text\":\"Agents left on Monday.\","
                + "\"story\":\"gz\"}\n";
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(dir.resolve("more.jsonl.gz")))) {
            os.write(gz.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        run(dir.resolve("*.jsonl*").toString(), out, "--compact=true");

        assertThat(listing(out))
                .containsExactly("default.json", "gz.json", "problems.txt", "raids%20%2F%20Chicago.json");
        List<String> problems = Files.readAllLines(out.resolve("problems.txt"), StandardCharsets.UTF_8);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("in.jsonl:2").contains("published");
        assertThat(problems.get(1)).contains("in.jsonl:3");

        Article a = Article.of("a", "2025-10-15T10:00:00-05:00", "Police arrested him Tuesday.")
                .withStory("raids / Chicago");
        assertThat(Files.readString(out.resolve("raids%20%2F%20Chicago.json"), StandardCharsets.UTF_8))
                .isEqualTo(TimelineJsonWriter.compact().toJson(Chronoline.create().timeline(List.of(a))));
    }

    static List<String> listing(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.chronoline.Chronoline;
import org.chronoline.Limits;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryTimelinesTest {

    @Test
    void articlesWithoutAStoryFormTheDefaultStory() {
        Article a = Article.of("a", "2025-10-15T10:00:00-05:00", "text");
        assertThat(StoryTimelines.storyOf(a)).isEqualTo(StoryTimelines.DEFAULT_STORY).isEqualTo("default");
        assertThat(StoryTimelines.storyOf(a.withStory(" "))).isEqualTo("default");
        assertThat(StoryTimelines.storyOf(a.withStory("raids"))).isEqualTo("raids");
    }

    @Test
    void aRepeatedIdKeepsTheSameAnalysisWhateverTheArrivalOrder() throws CoderException {
        Chronoline chronoline = Chronoline.create();
        ArticleAnalysis first = chronoline.analyze(Article.of("dup", "2025-10-15T10:00:00-05:00",
                "Police arrested two men on Tuesday.")).forMerge();
        ArticleAnalysis second = chronoline.analyze(Article.of("dup", "2025-10-16T10:00:00-05:00",
                "The council voted on Monday.")).forMerge();
        ArticleAnalysis other = chronoline.analyze(Article.of("b", "2025-10-16T10:00:00-05:00",
                "It rained yesterday.")).forMerge();

        Timeline one = merged(chronoline, List.of(first, other, second));
        Timeline two = merged(chronoline, List.of(second, first, other));
        assertThat(one).isEqualTo(two);
        assertThat(one.articles()).hasSize(2);
        assertThat(one.diagnostics()).anyMatch(d -> d.code().equals("duplicate-id"));
    }

    @Test
    void theTransformUsesTheGivenEngineOnEveryWorker(@TempDir Path out) throws IOException {
        List<Article> articles = List.of(
                Article.of("a1", "2025-10-15T10:00:00-05:00", "Federal agents arrested two men on Tuesday in Chicago.")
                        .withStory("raids"),
                Article.of("a2", "2025-10-16T09:00:00-05:00", "On October 14, agents arrested two men in Chicago.")
                        .withStory("raids"),
                Article.of("b1", "2025-10-16T09:00:00-05:00", "The council voted on Monday to approve the budget."));
        EngineFactory shortArticles = () -> Chronoline.builder()
                .limits(Limits.DEFAULTS.withMaxArticleLength(30)).build();

        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        pipeline.apply(Create.of(articles).withCoder(ModelCoder.of(Article.class)))
                .apply(StoryTimelines.create().withEngine(shortArticles))
                .apply(WriteTimelines.to(out.toString()).compact());
        assertThat(pipeline.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);

        Chronoline expected = shortArticles.create();
        String raids = TimelineJsonWriter.compact().toJson(expected.timeline(articles.subList(0, 2)));
        assertThat(raids).contains("limit-article-length");
        assertThat(Files.readString(out.resolve("raids.json"), StandardCharsets.UTF_8)).isEqualTo(raids);
        assertThat(Files.readString(out.resolve("default.json"), StandardCharsets.UTF_8))
                .isEqualTo(TimelineJsonWriter.compact().toJson(expected.timeline(articles.subList(2, 3))));
    }

    private static Timeline merged(Chronoline chronoline, List<ArticleAnalysis> arrived) throws CoderException {
        List<byte[]> encoded = new ArrayList<>();
        for (ArticleAnalysis a : arrived) {
            encoded.add(ModelCoder.of(ArticleAnalysis.class).toBytes(a));
        }
        return chronoline.merge(StoryTimelines.decodeInMergeOrder(encoded));
    }
}

package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.chronoline.Chronoline;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelCoderTest {

    static final Path SEEDS = Path.of("../data/seeds/seeds.json");

    private static List<Article> seeds;
    private static List<ArticleAnalysis> analyses;

    @BeforeAll
    static void analyzeSeeds() {
        seeds = ArticleJsonReader.create().readAll(List.of(SEEDS)).articles();
        assertThat(seeds).isNotEmpty();
        analyses = Chronoline.create().analyzeAll(seeds);
    }

    @Test
    void articlesRoundTrip() throws Exception {
        for (Article a : seeds) {
            assertRoundTrip(ModelCoder.of(Article.class), a);
            assertRoundTrip(ModelCoder.of(Article.class), a.withStory("story \u00e9 / 1").withUrl(null));
        }
    }

    @Test
    void seedAnalysesRoundTrip() throws Exception {
        ModelCoder<ArticleAnalysis> coder = ModelCoder.of(ArticleAnalysis.class);
        for (ArticleAnalysis a : analyses) {
            assertRoundTrip(coder, a);
            assertRoundTrip(coder, a.forMerge());
        }
    }

    @Test
    void seedTimelineRoundTrips() throws Exception {
        Timeline timeline = Chronoline.create().merge(analyses);
        assertRoundTrip(ModelCoder.of(Timeline.class), timeline);
    }

    @Test
    void everyModelTypeRoundTrips() throws Exception {
        // the seeds may not exercise every record yet; this value fills every component
        assertRoundTrip(ModelCoder.of(ArticleAnalysis.class), Fixtures.fullAnalysis());
        assertRoundTrip(ModelCoder.of(Timeline.class), Fixtures.fullTimeline());
    }

    @Test
    void theEncodingIsTheDocumentedJson() throws Exception {
        Article a = Article.of("x", "2025-10-15T10:00:00-05:00", "t").withStory("s");
        String json = new String(ModelCoder.of(Article.class).toBytes(a), java.nio.charset.StandardCharsets.UTF_8);
        // component order, nulls left out, [epochDay, nanoOfDay, offsetSeconds]
        assertThat(json).isEqualTo("{\"id\":\"x\",\"published\":[20376,36000000000000,-18000],\"text\":\"t\","
                + "\"story\":\"s\"}");
    }

    @Test
    void offsetsAreKept() throws Exception {
        Article a = Article.of("x", "2025-10-15T10:00:00.123456789-05:00", "text");
        Article back = CoderUtils.decodeFromByteArray(ModelCoder.of(Article.class),
                CoderUtils.encodeToByteArray(ModelCoder.of(Article.class), a));
        assertThat(back.published().toString()).isEqualTo("2025-10-15T10:00:00.123456789-05:00");
    }

    @Test
    void coderIsDeterministicAndNestable() throws Exception {
        ModelCoder<ArticleAnalysis> coder = ModelCoder.of(ArticleAnalysis.class);
        coder.verifyDeterministic();
        for (ArticleAnalysis a : analyses) {
            assertThat(CoderUtils.encodeToByteArray(coder, a)).isEqualTo(CoderUtils.encodeToByteArray(coder, a));
        }
        // two values back to back in one stream: each decode must stop at its own end
        Coder<List<ArticleAnalysis>> list = org.apache.beam.sdk.coders.ListCoder.of(coder);
        assertThat(CoderUtils.decodeFromByteArray(list, CoderUtils.encodeToByteArray(list, analyses)))
                .isEqualTo(analyses);
    }

    @Test
    void codersOfOneTypeAreEqual() {
        assertThat(ModelCoder.of(Article.class)).isEqualTo(ModelCoder.of(Article.class))
                .isNotEqualTo(ModelCoder.of(Timeline.class));
    }

    private static <T extends Record> void assertRoundTrip(ModelCoder<T> coder, T value) throws Exception {
        byte[] bytes = CoderUtils.encodeToByteArray(coder, value);
        T back = CoderUtils.decodeFromByteArray(coder, bytes);
        assertThat(back).isEqualTo(value);
        assertThat(CoderUtils.encodeToByteArray(coder, back)).isEqualTo(bytes);
    }
}

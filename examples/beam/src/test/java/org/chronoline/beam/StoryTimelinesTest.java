package org.chronoline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.Chronoline;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class StoryTimelinesTest {

    @Test
    void articlesWithoutAStoryFormTheDefaultStory() {
        Article a = Article.of("a", "2025-10-15T10:00:00-05:00", "text");
        assertThat(StoryTimelines.storyOf(a)).isEqualTo(StoryTimelines.DEFAULT_STORY).isEqualTo("default");
        assertThat(StoryTimelines.storyOf(a.withStory(" "))).isEqualTo("default");
        assertThat(StoryTimelines.storyOf(a.withStory("raids"))).isEqualTo("raids");
    }

    @Test
    void aRepeatedIdKeepsTheSameAnalysisWhateverTheArrivalOrder() {
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

    private static Timeline merged(Chronoline chronoline, List<ArticleAnalysis> arrived) {
        List<ArticleAnalysis> list = new ArrayList<>(arrived);
        StoryTimelines.sortForMerge(list);
        return chronoline.merge(list);
    }
}

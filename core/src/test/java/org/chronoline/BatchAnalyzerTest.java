package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class BatchAnalyzerTest {

    @Test
    void givesEveryResultInInputOrderWhateverTheBatchSize() {
        List<Article> articles = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (Article a : Fixtures.seedArticles()) {
                articles.add(Article.of(a.id() + "-" + copy, a.published(), a.text()));
            }
        }
        Chronoline engine = Chronoline.builder().parallelism(2).build();
        List<ArticleAnalysis> expected = engine.analyzeAll(articles);
        for (int size : new int[] {1, 4, 15, 16, 1000}) {
            List<ArticleAnalysis> got = new ArrayList<>();
            try (BatchAnalyzer batches = engine.inBatches(size, got::add)) {
                articles.forEach(batches);
                assertThat(got.size()).as("whole batches only before close").isEqualTo(articles.size() / size * size);
            }
            assertThat(got).as("batch size %d", size).isEqualTo(expected);
        }
    }

    @Test
    void refusesABatchSizeBelowOne() {
        Chronoline engine = Chronoline.create();
        assertThatThrownBy(() -> engine.inBatches(0, a -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}

package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;

class ChronolineTest {

    private static final String PUBLISHED = "2025-10-15T10:00:00-05:00";

    @Test
    void articleLengthLimitKeepsThePrefixAndNamesTheLimit() {
        Chronoline engine = Chronoline.builder().limits(Limits.DEFAULTS.withMaxArticleLength(100)).build();
        ArticleAnalysis a = engine.analyze(Article.of("long", PUBLISHED, "Officials spoke. ".repeat(50)));
        assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("limit-article-length");
        assertThat(a.diagnostics().get(0).message()).contains("raise Limits.maxArticleLength");
        assertThat(a.sentences()).allSatisfy(s -> assertThat(s.span().end()).isLessThanOrEqualTo(100));
    }

    @Test
    void aFailingStageIsContainedAndReported() {
        Chronoline engine = Chronoline.builder().expressionFinder((text, sentences) -> {
            throw new IllegalStateException("boom");
        }).build();
        ArticleAnalysis a = engine.analyze(Article.of("x", PUBLISHED, "Officials warned Tuesday."));
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("stage-failed");
            assertThat(d.message()).startsWith("expression finding failed (IllegalStateException: boom)");
        });
    }

    @Test
    void duplicateIdsKeepTheFirstAndReportTheRest() {
        Chronoline engine = Chronoline.create();
        ArticleAnalysis first = engine.analyze(Article.of("same", PUBLISHED, "One."));
        ArticleAnalysis second = engine.analyze(Article.of("same", PUBLISHED, "Two."));
        Timeline t = engine.merge(List.of(first, second));
        assertThat(t.articles()).hasSize(1);
        assertThat(t.diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-id");
    }

    @Test
    void rebuildMakesAVariantWithoutChangingTheOriginal() {
        Chronoline engine = Chronoline.create();
        Chronoline small = engine.rebuild().limits(Limits.DEFAULTS.withMaxSentenceLength(100)).build();
        assertThat(engine.limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(small.limits().maxSentenceLength()).isEqualTo(100);
    }

    @Test
    void invalidSettingsSayWhatToChange() {
        assertThatThrownBy(() -> Chronoline.builder().parallelism(0))
                .hasMessage("parallelism must be at least 1, was 0");
        assertThatThrownBy(() -> Limits.DEFAULTS.withMaxMentionsPerArticle(-1))
                .hasMessage("Limits.maxMentionsPerArticle must be positive, was -1");
    }
}

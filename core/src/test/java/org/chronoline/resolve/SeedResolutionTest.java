package org.chronoline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.chronoline.Chronoline;
import org.chronoline.Fixtures;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the resolution of the seed articles' expressions (fixtures/seeds, see its README). */
class SeedResolutionTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // article, expression, value, range, mod
                Arguments.of("000", "Tuesday", "2025-10-14", "2025-10-14", ""),
                Arguments.of("001", "Last week", "2025-W41", "2025-10-06..2025-10-12", ""),
                Arguments.of("001", "last weekend", "2025-W41-WE", "2025-10-11..2025-10-12", ""),
                Arguments.of("001", "this fall", "2025-FA", "2025-09-01..2025-11-30", ""),
                Arguments.of("001", "August", "2025-08", "2025-08-01..2025-08-31", ""),
                Arguments.of("002", "Earlier this month", "2025-10", "2025-10-01..2025-10-16", ""),
                Arguments.of("002", "October 3", "2025-10-03", "2025-10-03", "ON_OR_BEFORE"),
                Arguments.of("002", "October 6", "2025-10-06", "2025-10-06", ""),
                Arguments.of("002", "September 8, 2025", "2025-09-08", "2025-09-08", ""),
                Arguments.of("002", "October 15, 2025", "2025-10-15", "2025-10-15", ""),
                Arguments.of("002", "Tuesday", "2025-10-14", "2025-10-14", ""),
                Arguments.of("003", "Tuesday", "2025-10-14", "2025-10-14", ""),
                Arguments.of("003", "Last week", "2025-W41", "2025-10-06..2025-10-12", ""),
                Arguments.of("003", "two weekends ago", "2025-W40-WE", "2025-10-04..2025-10-05", ""),
                Arguments.of("003", "the same weekend", "2025-W40-WE", "2025-10-04..2025-10-05", ""),
                Arguments.of("004", "January 2023", "2023-01", "2023-01-01..2025-10-16", "ON_OR_AFTER"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void seedExpression(String article, String text, String value, String range, String mod) {
        ArticleAnalysis a = Chronoline.create().analyze(Fixtures.seed(article));
        TemporalExpression e = a.expressions().stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + a.expressions()));
        assertThat(e.time().value()).isEqualTo(value);
        String[] r = range.split("\\.\\.");
        assertThat(e.time().startDate()).hasToString(r[0]);
        assertThat(e.time().endDate()).hasToString(r.length == 2 ? r[1] : r[0]);
        assertThat(e.time().modifier() == null ? "" : e.time().modifier().name()).isEqualTo(mod);
    }

    @Test
    void pageFurnitureDatesNothing() {
        for (Article article : Fixtures.seedArticles()) {
            List<TemporalExpression> found = Chronoline.create().analyze(article).expressions();
            assertThat(found).noneMatch(e -> e.text().contains("ago") && e.text().matches(".*\\d+ \\w+ ago.*"));
        }
    }
}

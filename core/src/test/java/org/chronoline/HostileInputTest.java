package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.chronoline.model.Diagnostic;
import org.chronoline.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text in {@code fixtures/hostile/} and a few generated ones, under publication times in odd
 * zones, far away and across DST changes: the engine must survive with sane offsets and values.
 */
class HostileInputTest {

    private static final Chronoline ENGINE = Chronoline.create();

    static final List<String> FILES = List.of("invalid-utf8.txt", "bom-and-line-ends.txt", "html-left-in.txt",
            "rtl-and-combining.txt", "emoji.txt", "not-dates.txt", "impossible-dates.txt", "every-word-a-year.txt",
            "ten-thousand-dates.txt", "only-punctuation.txt", "deep-nesting.txt", "many-dots.txt", "numbers.txt");

    /** Publication times: usual, far past and future, extreme and half-hour offsets, around DST changes. */
    static final List<String> PUBLISHED = List.of(
            "2025-10-15T10:00:00-05:00",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59+14:00",
            "2025-12-31T23:30:00-12:00",
            "2025-01-01T00:15:00+14:00",
            "2025-06-15T12:00:00+05:30",
            "2025-06-15T12:00:00+05:45",
            "2025-03-09T03:30:00-05:00",
            "2025-11-02T01:30:00-06:00",
            "2026-12-31T12:00:00+00:00");

    static String fixture(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/fixtures/hostile/" + name)) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String file : FILES) {
            for (String published : PUBLISHED) {
                out.add(Arguments.of(file, published));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} published {1}")
    @MethodSource("cases")
    void survivesFixture(String file, String published) throws IOException {
        survive(Article.of(file, OffsetDateTime.parse(published), fixture(file)));
    }

    static Stream<Arguments> generated() {
        Random random = new Random(20251015);
        byte[] binary = new byte[200_000];
        random.nextBytes(binary);
        StringBuilder surrogates = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            surrogates.append(random.nextBoolean() ? '\uD83D' : '\uDE00').append(i % 7 == 0 ? " Tuesday " : "x");
        }
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace only", " \t\n\r\u00a0\u2003\n  "),
                Arguments.of("binary bytes", new String(binary, StandardCharsets.ISO_8859_1)),
                Arguments.of("lone surrogates", surrogates.toString()),
                Arguments.of("NUL and controls", "On Tuesday\u0000 police\u0007 arrested\u001b[31m a man last week\u0000"),
                Arguments.of("one long word", "x".repeat(100_000) + " Tuesday"),
                Arguments.of("dates glued", "2025-10-062025-10-07October6Tuesday,Monday;yesterday.today"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void survivesGenerated(String name, String text) {
        for (String published : PUBLISHED) {
            survive(Article.of("gen", OffsetDateTime.parse(published), text));
        }
    }

    @Test
    void survivesTenMegabytesOfOneLine() {
        String sentence = "Officials warned Tuesday, and on October 6 last week agents arrested a man; ";
        String text = sentence.repeat(10 * 1024 * 1024 / sentence.length());
        Article article = Article.of("ten-mb", "2025-10-15T10:00:00-05:00", text);
        ArticleAnalysis analysis = survive(article);
        assertThat(analysis.diagnostics()).extracting(Diagnostic::code).contains("limit-article-length");
    }

    @Test
    void theWholeTimelineSurvivesAllFixturesTogether() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String file : FILES) {
            articles.add(Article.of(file, "2025-10-15T10:00:00-05:00", fixture(file)));
        }
        Timeline timeline = ENGINE.timeline(articles);
        assertThat(timeline.articles()).hasSize(FILES.size());
        assertThat(timeline.diagnostics()).noneMatch(d -> d.code().equals("stage-failed"));
    }

    private static ArticleAnalysis survive(Article article) {
        ArticleAnalysis analysis = ENGINE.analyze(article);
        Invariants.check(article, analysis);
        assertThat(ENGINE.analyze(article)).as("same input, same result").isEqualTo(analysis);
        return analysis;
    }
}

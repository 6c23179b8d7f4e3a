package org.chronoline.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronoline.io.ArticleSink;
import org.chronoline.io.ReadResult;
import org.chronoline.model.Article;
import org.chronoline.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleJsonReaderTest {

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("mixed.jsonl", List.of("a1", "a3", "a12"), List.of(
                        "bad-json@2:null",
                        "missing-field@4:published",
                        "bad-published@5:published",
                        "empty-text@6:text",
                        "duplicate-id@8:id",
                        "not-an-object@9:null",
                        "bad-published@10:published",
                        "missing-field@11:id",
                        "wrong-type@12:text",
                        "missing-field@12:text",
                        "wrong-type@13:source")),
                Arguments.of("truncated-array.json", List.of("t1"), List.of("bad-json@4:null")),
                Arguments.of("not-json.json", List.of(), List.of("bad-json@1:null")),
                Arguments.of("empty.json", List.of(), List.of("empty-file@0:null")),
                Arguments.of("scalar.json", List.of(), List.of("bad-json@1:null")),
                Arguments.of("single-object.json", List.of("s1"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void reportsEveryBadRecordAndKeepsTheGoodOnes(String file, List<String> ids, List<String> problems)
            throws URISyntaxException {
        Path path = Path.of(getClass().getResource("/fixtures/malformed/" + file).toURI());
        ReadResult result = ArticleJsonReader.create().readAll(List.of(path));
        assertThat(result.articles()).extracting(Article::id).containsExactlyElementsOf(ids);
        assertThat(result.problems()).extracting(d -> d.code() + "@" + d.line() + ":" + d.field())
                .containsExactlyElementsOf(problems);
        assertThat(result.problems()).allSatisfy(d -> assertThat(d.file()).endsWith(file));
    }

    @Test
    void messagesSayWhatAndWhere() throws URISyntaxException {
        Path path = Path.of(getClass().getResource("/fixtures/malformed/mixed.jsonl").toURI());
        ReadResult result = ArticleJsonReader.create().readAll(List.of(path));
        assertThat(result.problems().get(2).toString())
                .endsWith("mixed.jsonl:5: field 'published': article 'a5': cannot parse 'yesterday' as ISO-8601"
                        + " with an offset, such as 2025-10-15T10:00:00-05:00; record skipped [bad-published]");
        assertThat(result.skipped()).isEqualTo(9);
    }

    @ParameterizedTest
    @MethodSource("loosePublished")
    void readsPublishedWrittenForPeopleOnlyWhenAsked(String published, String expected, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("scraped.jsonl");
        Files.writeString(file, "{\"id\":\"s1\",\"published\":\"" + published + "\",\"text\":\"Agents left Tuesday.\"}\n");
        ReadResult strict = ArticleJsonReader.create().readAll(List.of(file));
        assertThat(strict.articles()).isEmpty();
        assertThat(strict.problems()).extracting(Diagnostic::code).containsExactly("bad-published");
        ReadResult loose = ArticleJsonReader.create().withLoosePublished(java.time.ZoneOffset.ofHours(-5))
                .readAll(List.of(file));
        if (expected == null) {
            assertThat(loose.articles()).isEmpty();
            assertThat(loose.problems()).extracting(Diagnostic::code).containsExactly("bad-published");
            return;
        }
        assertThat(loose.articles()).extracting(a -> a.published().toString()).containsExactly(expected);
        assertThat(loose.problems()).extracting(Diagnostic::severity).containsExactly(Diagnostic.Severity.WARNING);
        assertThat(loose.problems().get(0).toString()).contains("scraped.jsonl:1: field 'published'",
                "read as " + expected, "loose-published");
        assertThat(loose.skipped()).isZero();
    }

    static Stream<Arguments> loosePublished() {
        return Stream.of(
                Arguments.of("Oct 15, 2025 10:00 AM", "2025-10-15T10:00-05:00"),
                Arguments.of("October 15, 2025", "2025-10-15T00:00-05:00"),
                Arguments.of("Wednesday, October 15, 2025 3:30 PM", "2025-10-15T15:30-05:00"),
                // relative or yearless: nothing to read it against
                Arguments.of("2 hours ago", null),
                Arguments.of("Oct 15", null),
                Arguments.of("yesterday", null));
    }

    @Test
    void keepsOffsetsAndOptionalFields() throws URISyntaxException {
        Path path = Path.of(getClass().getResource("/fixtures/malformed/mixed.jsonl").toURI());
        List<Article> articles = ArticleJsonReader.create().readAll(List.of(path)).articles();
        assertThat(articles.get(1).title()).isEqualTo("Arrest");
        assertThat(articles.get(1).published().getOffset().getId()).isEqualTo("Z");
        assertThat(articles.get(2).published().toString()).isEqualTo("2025-10-15T10:00-05:00");
        assertThat(articles.get(2).source()).isNull();
    }

    @Test
    void readsADirectoryInNameOrderAndReportsOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.jsonl"),
                "{\"id\":\"b\",\"published\":\"2025-01-01T00:00:00Z\",\"text\":\"B.\"}\n");
        Files.writeString(dir.resolve("a.json"),
                "[{\"id\":\"a\",\"published\":\"2025-01-01T00:00:00Z\",\"text\":\"A.\"}]");
        Files.writeString(dir.resolve("notes.txt"), "not articles");
        ReadResult result = ArticleJsonReader.create().readAll(List.of(dir, dir.resolve("missing.json")));
        assertThat(result.articles()).extracting(Article::id).containsExactly("a", "b");
        assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("not-articles", "not-found");
        assertThat(result.skipped()).isEqualTo(1);
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws IOException {
        byte[] prefix = "{\"id\":\"x\",\"published\":\"2025-01-01T00:00:00Z\",\"text\":\"bad ".getBytes(
                StandardCharsets.UTF_8);
        byte[] suffix = " byte\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        all[prefix.length] = (byte) 0xC3;
        all[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, all, prefix.length + 2, suffix.length);
        List<Article> out = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(all)) {
            ArticleJsonReader.create().read("bytes.jsonl", in, true, new ArticleSink() {
                @Override
                public void article(Article article) {
                    out.add(article);
                }

                @Override
                public void problem(Diagnostic diagnostic) {
                    throw new AssertionError(diagnostic.toString());
                }
            });
        }
        assertThat(out).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("bad \uFFFD( byte"));
    }
}

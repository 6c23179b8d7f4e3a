package org.chronoline.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.chronoline.io.ArticleSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSONL input far larger than the heap is read as a stream: a child JVM with a 40 MB heap reads
 * 160 MB of articles (the benchmark reads a gigabyte the same way).
 */
class StreamingReadTest {

    static final int ARTICLES = 40_000;
    static final String HEAP = "-Xmx40m";

    /** Entry point of the child JVM: counts the articles and problems of the files given. */
    public static void main(String[] args) {
        AtomicLong articles = new AtomicLong();
        AtomicLong problems = new AtomicLong();
        ArticleJsonReader.create().read(List.of(Path.of(args[0])),
                ArticleSink.of(a -> articles.incrementAndGet(), d -> problems.incrementAndGet()));
        System.out.println(articles.get() + " " + problems.get());
    }

    @Test
    void readsAFileMuchLargerThanTheHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("big.jsonl");
        String text = "Federal agents arrested a man last week in Chicago, officials said on Tuesday. ".repeat(50);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                w.write("{\"id\":\"a" + i + "\",\"published\":\"2025-10-15T10:00:00-05:00\",\"text\":\"" + text + i
                        + "\"}\n");
                if (i == ARTICLES / 2) {
                    w.write("{\"id\":\"broken\",\"published\":\n");
                }
            }
        }
        assertThat(Files.size(file)).isGreaterThan(150_000_000L);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), StreamingReadTest.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo(ARTICLES + " 1");
    }
}

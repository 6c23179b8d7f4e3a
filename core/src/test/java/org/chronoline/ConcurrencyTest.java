package org.chronoline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.chronoline.io.json.TimelineJsonWriter;
import org.chronoline.io.timeml.TimeMlDocument;
import org.chronoline.model.Article;
import org.chronoline.model.ArticleAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by eight threads gives exactly the single-threaded results, on the TBAQ corpus
 * (256 news documents; {@code ../shared/corpora/tbaq} beside the repository, or the directory named
 * by {@code -Dchronoline.tbaq}) plus the seed articles; and the timeline is byte-identical across
 * thread counts and input orders.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    private static final Chronoline ENGINE = Chronoline.create();
    private static List<Article> corpus;

    @BeforeAll
    static void load() throws IOException {
        corpus = new ArrayList<>(Fixtures.seedArticles());
        Path tbaq = Path.of(System.getProperty("chronoline.tbaq", "../../shared/corpora/tbaq"));
        if (Files.isDirectory(tbaq)) {
            try (Stream<Path> files = Files.walk(tbaq)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    TimeMlDocument doc = TimeMlDocument.read(f);
                    corpus.add(Article.of(f.getFileName().toString(),
                            doc.reference(OffsetDateTime.parse("2000-01-01T00:00:00Z")), doc.text()));
                }
            }
        } else {
            System.err.println("ConcurrencyTest: no TBAQ corpus at " + tbaq.toAbsolutePath()
                    + "; using the seed articles only");
        }
    }

    @Test
    void eightThreadsGiveTheSingleThreadedResults() throws Exception {
        List<ArticleAnalysis> single = new ArrayList<>();
        for (Article a : corpus) {
            single.add(ENGINE.analyze(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<ArticleAnalysis>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int shift = t * corpus.size() / THREADS;
                futures.add(pool.submit(() -> {
                    // each thread walks the corpus from a different start, so threads overlap on articles
                    ArticleAnalysis[] out = new ArticleAnalysis[corpus.size()];
                    for (int i = 0; i < corpus.size(); i++) {
                        int k = (i + shift) % corpus.size();
                        out[k] = ENGINE.analyze(corpus.get(k));
                    }
                    return List.of(out);
                }));
            }
            for (Future<List<ArticleAnalysis>> f : futures) {
                assertThat(f.get()).isEqualTo(single);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timelineIsByteIdenticalAcrossThreadCountsAndInputOrders() {
        String reference = TimelineJsonWriter.compact().toJson(ENGINE.timeline(corpus));
        List<Article> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(7));
        for (int threads : new int[] {2, THREADS}) {
            Chronoline engine = Chronoline.builder().parallelism(threads).build();
            assertThat(TimelineJsonWriter.compact().toJson(engine.timeline(shuffled))).isEqualTo(reference);
        }
    }
}

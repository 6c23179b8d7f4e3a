package org.chronoline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.ArticleSink;
import org.chronoline.io.json.ArticleJsonReader;
import org.chronoline.model.Article;

/** Shared test fixtures (see {@code src/test/resources/fixtures/README.md}). */
public final class Fixtures {
    private Fixtures() {
    }

    /** The five seed articles, in id order. */
    public static List<Article> seedArticles() {
        return articles("/fixtures/seeds/seeds.json");
    }

    /** The seed article whose id starts with {@code prefix} ("001"). */
    public static Article seed(String prefix) {
        return seedArticles().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Articles from a JSON test resource; fails the test on any problem. */
    public static List<Article> articles(String resource) {
        List<Article> out = new ArrayList<>();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            ArticleJsonReader.create().read(resource, in, resource.endsWith(".jsonl"), ArticleSink.of(out::add, d -> {
                throw new AssertionError("fixture " + resource + ": " + d);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

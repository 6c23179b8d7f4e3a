package org.chronoline.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Timeline;

/**
 * A timeline's articles by id, for writers that name the source of each mention. Lookups only: no
 * output is ever produced in map order. Immutable and thread-safe.
 */
public final class ArticleIndex {
    private final Map<String, ArticleInfo> byId = new HashMap<>();

    private ArticleIndex(List<ArticleInfo> articles) {
        for (ArticleInfo a : articles) {
            byId.put(a.id(), a);
        }
    }

    public static ArticleIndex of(Timeline timeline) {
        return new ArticleIndex(timeline.articles());
    }

    /** The article, or {@code null} when the timeline does not list it. */
    public ArticleInfo get(String id) {
        return byId.get(id);
    }

    /** The article's source, or its id when the source is unknown or the article is not listed. */
    public String source(String id) {
        ArticleInfo a = byId.get(id);
        return a == null || a.source() == null || a.source().isBlank() ? id : a.source();
    }

    /** The distinct sources of an event's mentions, sorted. */
    public List<String> sources(Event e) {
        TreeSet<String> out = new TreeSet<>();
        for (EventMention m : e.mentions()) {
            out.add(source(m.article()));
        }
        return List.copyOf(out);
    }
}

package org.chronoline.model;

import java.util.List;

/**
 * The merged, ordered timeline of a story.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles    the articles it was built from, sorted by id
 * @param events      the events in timeline order
 * @param undated     event mentions that could not be dated and were not attached to a dated event
 * @param diagnostics what could not be read or resolved, in article order
 */
public record Timeline(List<ArticleInfo> articles, List<Event> events, List<EventMention> undated,
                       List<Diagnostic> diagnostics) {
    public Timeline {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        undated = List.copyOf(undated);
        diagnostics = List.copyOf(diagnostics);
    }
}

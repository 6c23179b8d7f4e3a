package org.chronoline.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronoline.model.ArticleInfo;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;
import org.chronoline.model.Placement;

/** Interim merger: one event per dated mention. Replaced by the merge work. */
final class StandardMerger implements EventMerger {
    static final StandardMerger INSTANCE = new StandardMerger();

    @Override
    public MergeResult merge(List<EventMention> mentions, Map<String, ArticleInfo> articles) {
        List<Event> events = new ArrayList<>();
        List<EventMention> undated = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.isDated()) {
                events.add(new Event("?", m.time(), Placement.EXACT, m.label(), m.trigger(), m.participants(),
                        List.of(m), List.of()));
            } else {
                undated.add(m);
            }
        }
        return new MergeResult(events, undated);
    }
}

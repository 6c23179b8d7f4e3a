package org.chronoline.merge;

import java.util.List;
import org.chronoline.model.Event;
import org.chronoline.model.EventMention;

/**
 * What merging gives: events (not yet in timeline order, ids not yet final) and the mentions that
 * could be neither dated nor attached to a dated event.
 */
public record MergeResult(List<Event> events, List<EventMention> undated) {
    public MergeResult {
        events = List.copyOf(events);
        undated = List.copyOf(undated);
    }
}

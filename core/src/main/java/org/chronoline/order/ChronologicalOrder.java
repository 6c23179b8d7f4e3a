package org.chronoline.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronoline.model.Event;

/** Interim order: by start, then end, then label. Replaced by the ordering work. */
final class ChronologicalOrder implements TimelineOrder {
    static final ChronologicalOrder INSTANCE = new ChronologicalOrder();

    @Override
    public List<Event> order(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        out.sort(Comparator.comparing((Event e) -> e.time().start()).thenComparing(e -> e.time().end())
                .thenComparing(Event::label));
        return out;
    }
}

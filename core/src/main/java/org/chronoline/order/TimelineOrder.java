package org.chronoline.order;

import java.util.List;
import org.chronoline.model.Event;

/** Puts events in timeline order. The order must be total and deterministic. */
@FunctionalInterface
public interface TimelineOrder {

    /** The events in timeline order; ids are assigned by the caller afterwards. */
    List<Event> order(List<Event> events);

    /** The default order; see {@link ChronologicalOrder} for the rule. Thread-safe. */
    static TimelineOrder chronological() {
        return ChronologicalOrder.INSTANCE;
    }
}
